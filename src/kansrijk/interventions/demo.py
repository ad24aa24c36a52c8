"""Demo content: the palette, gaps and financing plan of the coalition `utrecht` (idempotent).

All organisations and offers that are not national programmes are fictional."""

from __future__ import annotations

import zlib
from datetime import date
from decimal import Decimal
from typing import TextIO

from django.db import transaction
from django.utils import formats, timezone, translation

from kansrijk.coalitions.models import Coalition, Partner
from kansrijk.interventions.models import (
    FinancingLine,
    FundingSource,
    Intervention,
    PaletteItem,
    Phase,
    RiskSituation,
    SpukPurpose,
)

# (menu key, partner type key, capacity, reach, waiting weeks, since)
CATALOGUE_OFFERS = (
    ("centeringzwangerschap", "verloskundigen", 120, 96, 0, 2019),
    ("voorzorg", "jgz", 40, 34, 4, 2017),
    ("prenataal-huisbezoek-jgz", "jgz", 300, 212, 1, 2022),
    ("samen-starten", "jgz", None, None, None, 2020),
    ("vroegsignalering-geboortezorg", "verloskundigen", None, None, None, 2021),
    ("home-start", "informele-steun", 30, 22, 6, 2020),
    ("moeders-informeren-moeders", "welzijn", 25, 8, 3, 2021),
)
# (name, description, phases, risk situations, partner type key, since)
LOCAL_OFFERS = (
    (
        "Babycafé Kanaleneiland (fictief)",
        "Wekelijkse inloop voor ouders met baby's, met een JGZ-verpleegkundige aanwezig.",
        ("after-birth", "first-two-years"),
        ("small-social-network", "newcomers"),
        "welzijn",
        2022,
    ),
    (
        "Geldzorgen-spreekuur bij de verloskundige (fictief)",
        "Een schuldhulpmaatje houdt om de week spreekuur in twee verloskundigenpraktijken.",
        ("during-pregnancy",),
        ("finances-and-debts", "work-and-income"),
        "schuldhulp",
        2023,
    ),
)
# (year relative to this year, menu key or local name or None, activity, source, purpose,
# planned, realised). Last year's lines are fully realised; this year's realisation is
# computed for the months already past (``_realised_so_far``).
PLAN = (
    (
        -1,
        None,
        "Coördinatie en bijeenkomsten van de coalitie",
        "spuk-gala",
        "coalition",
        45000,
        43800,
    ),
    (-1, "voorzorg", "", "spuk-gala", "interventions", 120000, 118500),
    (-1, "home-start", "", "spuk-gala", "interventions", 30000, 30000),
    (-1, "moeders-informeren-moeders", "", "municipal-other", None, 12000, 9000),
    (-1, "prenataal-huisbezoek-jgz", "", "municipal-other", None, 85000, 80250),
    (-1, "centeringzwangerschap", "", "zvw", None, 60000, 61200),
    (-1, None, "Regionale afspraken GGD-regio Utrecht", "spuk-gala", "regional", 8000, 6500),
    (-1, "Babycafé Kanaleneiland (fictief)", "", "other", None, 5000, 4800),
    (
        0,
        None,
        "Coördinatie en bijeenkomsten van de coalitie",
        "spuk-gala",
        "coalition",
        48000,
        None,
    ),
    (0, "voorzorg", "", "spuk-gala", "interventions", 135000, None),
    (0, "home-start", "", "spuk-gala", "interventions", 36000, None),
    (0, "moeders-informeren-moeders", "", "municipal-other", None, 15000, None),
    (0, "prenataal-huisbezoek-jgz", "", "municipal-other", None, 90000, None),
    (0, "centeringzwangerschap", "", "zvw", None, 64000, None),
    (
        0,
        "Geldzorgen-spreekuur bij de verloskundige (fictief)",
        "",
        "spuk-gala",
        "interventions",
        18000,
        None,
    ),
)


def _realised_so_far(planned: int, today: date, key: str) -> int | None:
    """Spent in this year's completed months: a share of the plan that follows the months,
    somewhat under or over it per line (deterministic), rounded to tens of euros."""
    months = today.month - 1
    if months == 0:
        return None
    pace = 0.85 + (zlib.crc32(key.encode()) % 20) / 100  # 0.85 to 1.04
    return int(round(planned * months / 12 * pace, -1))


def _note(offset: int, today: date) -> str:
    if offset < 0:
        return "Jaarrekening vastgesteld (demo)"
    if today.month == 1:
        return "Nog niets gerealiseerd: het jaar is net begonnen (demo)"
    with translation.override("nl"):
        month = formats.date_format(date(today.year, today.month - 1, 1), "F Y")
    return f"Gerealiseerd tot en met {month} (demo)"


def _partner(coalition: Coalition, type_key: str) -> Partner | None:
    return (
        Partner.objects.filter(coalition=coalition, partner_type__key=type_key)
        .order_by("pk")
        .first()
    )


@transaction.atomic
def load(*, stdout: TextIO) -> None:
    coalition = Coalition.objects.filter(slug="utrecht").first()
    if coalition is None or not Intervention.objects.exists():
        stdout.write("interventions: demo skipped (no coalition utrecht or no menu)\n")
        return
    items: dict[str, PaletteItem] = {}
    for key, type_key, capacity, reach, waiting, since in CATALOGUE_OFFERS:
        intervention = Intervention.objects.get(key=key)
        item, created = PaletteItem.objects.update_or_create(
            coalition=coalition,
            intervention=intervention,
            defaults={
                "partner": _partner(coalition, type_key),
                "capacity_per_year": capacity,
                "reach_per_year": reach,
                "waiting_weeks": waiting,
                "since_year": since,
            },
        )
        if created:
            item.phases.set(intervention.phases.all())
            item.risk_situations.set(intervention.risk_situations.all())
        items[key] = item
    for name, description, phases, risks, type_key, since in LOCAL_OFFERS:
        item, created = PaletteItem.objects.update_or_create(
            coalition=coalition,
            intervention=None,
            local_name=name,
            defaults={
                "local_description": description,
                "partner": _partner(coalition, type_key),
                "since_year": since,
            },
        )
        if created:
            item.phases.set(Phase.objects.filter(key__in=phases))
            item.risk_situations.set(RiskSituation.objects.filter(key__in=risks))
        items[name] = item
    today = timezone.localdate()
    for offset, ref, activity, source, purpose, planned, realised in PLAN:
        year = today.year + offset
        if realised is None:
            realised = _realised_so_far(planned, today, f"{ref}:{activity}:{source}")
        FinancingLine.objects.update_or_create(
            coalition=coalition,
            year=year,
            palette_item=items[ref] if ref else None,
            activity=activity,
            funding_source=FundingSource.objects.get(key=source),
            defaults={
                "spuk_purpose": SpukPurpose.objects.get(key=purpose) if purpose else None,
                "planned_eur": Decimal(planned),
                "realised_eur": None if realised is None else Decimal(realised),
                "note": _note(offset, today),
            },
        )
    stdout.write(
        f"interventions: utrecht has {len(items)} offers and {len(PLAN)} financing lines\n"
    )
