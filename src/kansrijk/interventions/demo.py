"""Demo content: the palette, gaps and financing plan of the coalition `utrecht` (idempotent).

All organisations and offers that are not national programmes are fictional."""

from __future__ import annotations

from decimal import Decimal
from typing import TextIO

from django.db import transaction

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
        ("little-social-network", "newcomers"),
        "welzijn",
        2022,
    ),
    (
        "Geldzorgen-spreekuur bij de verloskundige (fictief)",
        "Een schuldhulpmaatje houdt om de week spreekuur in twee verloskundigenpraktijken.",
        ("during-pregnancy",),
        ("finances-debts", "work-income"),
        "schuldhulp",
        2023,
    ),
)
# (year, menu key or local name or None, activity, source, purpose, planned, realised)
PLAN = (
    (
        2025,
        None,
        "Coördinatie en bijeenkomsten van de coalitie",
        "spuk-gala",
        "coalition",
        45000,
        43800,
    ),
    (2025, "voorzorg", "", "spuk-gala", "interventions", 120000, 118500),
    (2025, "home-start", "", "spuk-gala", "interventions", 30000, 30000),
    (2025, "moeders-informeren-moeders", "", "municipal-other", None, 12000, 9000),
    (2025, "prenataal-huisbezoek-jgz", "", "municipal-other", None, 85000, 80250),
    (2025, "centeringzwangerschap", "", "zvw", None, 60000, 61200),
    (2025, None, "Regionale afspraken GGD-regio Utrecht", "spuk-gala", "regional", 8000, 6500),
    (2025, "Babycafé Kanaleneiland (fictief)", "", "other", None, 5000, 4800),
    (
        2026,
        None,
        "Coördinatie en bijeenkomsten van de coalitie",
        "spuk-gala",
        "coalition",
        48000,
        None,
    ),
    (2026, "voorzorg", "", "spuk-gala", "interventions", 135000, None),
    (2026, "home-start", "", "spuk-gala", "interventions", 36000, None),
    (2026, "moeders-informeren-moeders", "", "municipal-other", None, 15000, None),
    (2026, "prenataal-huisbezoek-jgz", "", "municipal-other", None, 90000, None),
    (2026, "centeringzwangerschap", "", "zvw", None, 64000, None),
    (
        2026,
        "Geldzorgen-spreekuur bij de verloskundige (fictief)",
        "",
        "spuk-gala",
        "interventions",
        18000,
        None,
    ),
)


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
    for year, ref, activity, source, purpose, planned, realised in PLAN:
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
            },
        )
    stdout.write(
        f"interventions: utrecht has {len(items)} offers and {len(PLAN)} financing lines\n"
    )
