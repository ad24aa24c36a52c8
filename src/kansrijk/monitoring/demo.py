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
from django.utils import timezone, translation

from kansrijk.coalitions.models import Coalition, StepStatusEntry
from kansrijk.monitoring import sources
from kansrijk.monitoring.models import (
    AttentionAssessment,
    AttentionPoint,
    Embedding,
    EmbeddingKind,
    Goal,
    Measurement,
    MultiYearPlan,
)

# The measurements of a goal linked to a source are read from that source (the other apps'
# demo data), so that a goal never shows a figure its source contradicts: "baseline": None
# takes the oldest figure the source has as the baseline.
GOALS: list[dict[str, Any]] = [
    {
        "statement": "Meer zwangeren beginnen vóór tien weken met hun zwangerschapszorg.",
        "source": "startfoto",
        "source_key": "start_zorg_voor_10_weken",
        "indicator": "Start zwangerschapsbegeleiding voor 10 weken",
        "unit": "%",
        "baseline": None,
        "baseline_date": date(2023, 1, 1),
        "target": "80.0",
        "deadline": date(2028, 12, 31),
        "owner": "VSV Utrecht Stad (fictief)",
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
        "target": "75",
        "deadline": date(2027, 12, 31),
        "owner": "JGZ Utrecht (fictief)",
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
        "deadline": date(2027, 12, 31),
        "owner": "Gemeente Utrecht (fictief)",
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


def _period_day(period: str) -> date:
    """The day a source's figure of ``period`` could first be read: a date as it is, the
    day after a quarter (``2026-Q3``), mid-next-year for a year (published later)."""
    today = date.today()
    day = today
    if len(period) == 10:
        day = date.fromisoformat(period)
    elif "-Q" in period:
        year, quarter = (int(part) for part in period.split("-Q"))
        day = date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    elif period.isdigit():
        day = date(int(period) + 1, 6, 1)
    return min(day, today)


def _source_history(goal: Goal) -> list[sources.Reading]:
    """The figures the source shows over time, oldest first (the current one last)."""
    history: list[sources.Reading] = []
    if goal.source == "prenatal_visits" and apps.is_installed("kansrijk.signalling"):
        from kansrijk.signalling.selectors import home_visit_quarters

        for quarter in reversed(home_visit_quarters(goal.coalition, owner=True)):
            figure = getattr(quarter, goal.source_key or "realised")
            if figure.value is not None:
                period = f"{quarter.year}-Q{quarter.quarter}"
                history.append(sources.Reading(goal.source, True, Decimal(figure.value), period))
    if goal.source == "analysetool" and apps.is_installed("kansrijk.assessments"):
        history.extend(_earlier_analysetool(goal))
    current = sources.current_value(goal, owner=True)
    if current is not None and current.recordable and current not in history:
        history.append(current)
    return history


def _earlier_analysetool(goal: Goal) -> list[sources.Reading]:
    """The part's mean of every closed Analysetool round but the latest (the current one)."""
    from kansrijk.assessments.models import Round
    from kansrijk.assessments.selectors import round_result

    closed = list(
        Round.objects.filter(
            coalition=goal.coalition, questionnaire__key="analysetool", closed_at__isnull=False
        ).order_by("closed_at", "pk")
    )
    readings = []
    for earlier in closed[:-1]:
        result = round_result(earlier, compare=False)
        if result is None or result.suppressed or earlier.closed_at is None:
            continue
        means = {part.key: part.summary.mean for part in result.parts}
        mean = means.get(goal.source_key) if goal.source_key else result.overall.mean
        if mean is not None:
            period = earlier.closed_at.date().isoformat()
            value = Decimal(str(round(mean, 2)))
            readings.append(sources.Reading(goal.source, True, value, period))
    return readings


def _goal(coalition: Coalition, spec: dict[str, Any]) -> None:
    goal = Goal.objects.filter(coalition=coalition, statement=spec["statement"]).first()
    if goal is None:
        fields = {k: v for k, v in spec.items() if k not in {"statement", "baseline", "target"}}
        goal = Goal(
            coalition=coalition,
            statement=spec["statement"],
            baseline=Decimal(spec["baseline"] or 0),
            target=Decimal(spec["target"]),
            **fields,
        )
        history = _source_history(goal)
        if spec["baseline"] is None and history:
            goal.baseline = history[0].value or Decimal(0)
        goal.save()
    else:
        history = _source_history(goal)
    newest = goal.measurements.order_by("-measured_on", "-pk").first()
    with translation.override("nl"):
        for reading in history:
            day = _period_day(reading.period)
            if reading.value is None or (newest is not None and day <= newest.measured_on):
                continue
            Measurement.objects.create(
                goal=goal, measured_on=day, value=reading.value, note=str(reading.origin)
            )


def _utrecht(coalition: Coalition) -> None:
    for spec in GOALS:
        _goal(coalition, spec)
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
