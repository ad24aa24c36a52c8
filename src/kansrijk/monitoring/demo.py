"""Demo data of steps 6 and 7 for the Utrecht coalition (fictional, idempotent).

Goals with measurements, borging status, embeddings, a multi-year plan, earlier step
declarations (so that the national share over time has a history) and, when the
questionnaire engine is installed, a closed round of the collaboration survey.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TextIO

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from kansrijk.coalitions.models import Coalition, StepStatusEntry
from kansrijk.monitoring.models import (
    AttentionAssessment,
    AttentionPoint,
    Embedding,
    EmbeddingKind,
    Goal,
    Measurement,
    MultiYearPlan,
)

GOALS: list[dict[str, Any]] = [
    {
        "statement": "Meer zwangeren beginnen vóór tien weken met hun zwangerschapszorg.",
        "source": "startfoto",
        "source_key": "start_zorg_voor_10_weken",
        "indicator": "Start zwangerschapsbegeleiding voor 10 weken",
        "unit": "%",
        "baseline": "71.0",
        "baseline_date": date(2023, 1, 1),
        "target": "80.0",
        "deadline": date(2026, 12, 31),
        "owner": "VSV Utrecht Stad (fictief)",
        "measurements": [(date(2024, 1, 15), "73.5"), (date(2025, 1, 15), "76.0")],
    },
    {
        "statement": "Elke zwangere in een kwetsbare situatie krijgt een prenataal huisbezoek "
        "aangeboden.",
        "source": "prenatal_visits",
        "source_key": "offered",
        "indicator": "Aangeboden prenatale huisbezoeken per kwartaal",
        "unit": "aantal",
        "baseline": "10",
        "baseline_date": date(2023, 1, 1),
        "target": "40",
        "deadline": date(2026, 12, 31),
        "owner": "JGZ Utrecht (fictief)",
        "measurements": [(date(2024, 1, 10), "18"), (date(2025, 1, 10), "24")],
    },
    {
        "statement": "Partners scoren de samenwerking in de coalitie gemiddeld minstens 4.",
        "source": "analysetool",
        "source_key": "collaboration",
        "indicator": "Gemiddelde score deel samenwerking",
        "unit": "score 1-5",
        "baseline": "3.2",
        "baseline_date": date(2023, 3, 1),
        "target": "4.0",
        "deadline": date(2025, 12, 31),
        "owner": "Gemeente Utrecht (fictief)",
        "measurements": [(date(2024, 3, 1), "3.7"), (date(2025, 3, 1), "4.1")],
    },
]

ATTENTION = {
    "gedeelde-ambitie": ("arranged", "Gezamenlijke visie 'Kansrijk Utrecht 2030' (fictief)."),
    "bestuurlijk-draagvlak": ("arranged", "Raadsinformatiebrief en jaarlijks bestuurlijk overleg."),
    "afspraken-op-alle-niveaus": ("arranged", "Intentieverklaring en werkafspraken zorgpaden."),
    "meerjarenplan": ("arranged", "Meerjarenplan 2025-2028 vastgesteld in de stuurgroep."),
    "ingebed-in-beleid": ("in_progress", "Opgenomen in de gezondheidsnota; regioplan volgt."),
    "structurele-financiering": (
        "in_progress",
        "Coördinatie structureel, interventies deels SPUK.",
    ),
    "continuiteit-bij-wisselingen": ("in_progress", "Tweede trekker ingewerkt (fictief)."),
    "monitoren-en-bijsturen": ("arranged", "Doelen elk kwartaal besproken in de coalitie."),
    "ouders-blijven-betrokken": ("arranged", "Ouderpanel van acht moeders en vaders (fictief)."),
}

# Earlier declarations (appended before the foundation's current ones), so that the national
# share of municipalities with a chain approach has a history.
HISTORY = {
    "rotterdam": [(date(2021, 5, 1), 3), (date(2022, 10, 1), 5)],
    "utrecht": [(date(2022, 2, 1), 3), (date(2023, 9, 1), 5)],
    "zwolle": [(date(2023, 4, 1), 2)],
}


def _aware(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def _history(stdout: TextIO) -> None:
    for slug, moments in HISTORY.items():
        coalition = Coalition.objects.filter(slug=slug).first()
        if coalition is None or coalition.step_entries.filter(note__startswith="[demo]").exists():
            continue
        for day, steps_in_place in moments:
            for step in range(1, 8):
                status = "in_place" if step <= steps_in_place else "in_progress"
                entry = StepStatusEntry.objects.create(
                    coalition=coalition, step=step, status=status, note="[demo] eerdere stand"
                )
                StepStatusEntry.objects.filter(pk=entry.pk).update(created_at=_aware(day))
        stdout.write(f"monitoring: earlier step declarations for {slug}.\n")


def _utrecht(coalition: Coalition) -> None:
    for spec in GOALS:
        goal, created = Goal.objects.get_or_create(
            coalition=coalition,
            statement=spec["statement"],
            defaults={
                k: (Decimal(v) if k in {"baseline", "target"} else v)
                for k, v in spec.items()
                if k not in {"statement", "measurements"}
            },
        )
        if created:
            for day, value in spec["measurements"]:
                Measurement.objects.create(goal=goal, measured_on=day, value=Decimal(value))
    if not coalition.attention_assessments.exists():
        for key, (status, evidence) in ATTENTION.items():
            point = AttentionPoint.objects.filter(key=key).first()
            if point is not None:
                AttentionAssessment.objects.create(
                    coalition=coalition, point=point, status=status, evidence=evidence
                )
    if not coalition.embeddings.exists():
        for key, title, day in (
            ("gezondheidsnota", "Gezondheidsnota Utrecht 2024-2027 (fictief)", date(2024, 2, 1)),
            ("preventieakkoord", "Lokaal preventieakkoord Utrecht (fictief)", date(2023, 6, 1)),
        ):
            kind = EmbeddingKind.objects.filter(key=key).first()
            if kind is not None:
                Embedding.objects.create(
                    coalition=coalition, kind=kind, title=title, adopted_on=day
                )
    if not coalition.multi_year_plans.exists():
        MultiYearPlan.objects.create(
            coalition=coalition,
            first_year=2025,
            last_year=2028,
            ambition="Elk kind in Utrecht krijgt een kansrijke start; geen gezin valt tussen "
            "geboortezorg en sociaal domein (fictief).",
            activities="2025: zorgpaden schulden en psychische problemen herzien.\n"
            "2026: prenataal huisbezoek in alle wijken.\n"
            "2027: ouderpanel in elke wijk.\n2028: evaluatie en nieuw plan.",
            financing="Gemeente (structureel), SPUK GALA, zorgverzekeraar (fictief).",
        )


def load(*, stdout: TextIO) -> None:
    with transaction.atomic():
        _history(stdout)
        utrecht = Coalition.objects.filter(slug="utrecht").first()
        if utrecht is None:
            stdout.write("monitoring: no Utrecht coalition; demo skipped.\n")
            return
        _utrecht(utrecht)
        if apps.is_installed("kansrijk.assessments"):
            from kansrijk.monitoring import survey

            survey.demo_round(utrecht, stdout=stdout)
    stdout.write("monitoring: demo goals, borging and plan ready.\n")
