"""Reads of early signalling: lists, a coalition's agreements and its suppressed counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from kansrijk.accounts import access
from kansrijk.coalitions.models import Coalition
from kansrijk.signalling.models import (
    Domain,
    Factor,
    HomeVisitAgreement,
    HomeVisitFigures,
    InstrumentAgreement,
    Phase,
    ReferralCode,
    ReferralOutcome,
    ScreeningInstrument,
    SignalCountSetting,
    SignalRecord,
    VulnerabilityGrade,
)
from kansrijk.signalling.statistics import ShownCount, count_per_key_and_quarter, shown
from kansrijk.ui.bilingual import pick
from kansrijk.ui.seeding import read_yaml


def threshold() -> int:
    return int(settings.KANSRIJK_SMALL_COUNT_THRESHOLD)


def is_owner(user: Any, coalition: Coalition) -> bool:
    """The coalition's own members own its counts and see them unsuppressed."""
    return access.is_member(user, coalition)


def domains_with_factors() -> QuerySet[Domain]:
    return Domain.objects.filter(active=True).prefetch_related(
        Prefetch("factors", queryset=Factor.objects.filter(active=True))
    )


def phases() -> QuerySet[Phase]:
    return Phase.objects.filter(active=True)


def grades() -> QuerySet[VulnerabilityGrade]:
    return VulnerabilityGrade.objects.filter(active=True)


def outcomes() -> QuerySet[ReferralOutcome]:
    return ReferralOutcome.objects.filter(active=True)


def instruments() -> QuerySet[ScreeningInstrument]:
    return (
        ScreeningInstrument.objects.filter(active=True)
        .select_related("validation")
        .prefetch_related("phases", "domains", "agreements__coalition")
    )


def instrument_agreement(coalition: Coalition) -> InstrumentAgreement | None:
    return (
        InstrumentAgreement.objects.filter(coalition=coalition)
        .prefetch_related("instruments")
        .first()
    )


def home_visit_agreement(coalition: Coalition) -> HomeVisitAgreement | None:
    return (
        HomeVisitAgreement.objects.filter(coalition=coalition)
        .select_related("minimum_grade")
        .prefetch_related("trigger_domains")
        .first()
    )


def signal_counting_enabled(coalition: Coalition) -> bool:
    newest = SignalCountSetting.objects.filter(coalition=coalition).first()
    return bool(newest and newest.enabled)


@dataclass(frozen=True)
class QuarterFigures:
    year: int
    quarter: int
    offered: ShownCount
    accepted: ShownCount
    realised: ShownCount
    referrals: ShownCount


def home_visit_quarters(coalition: Coalition, *, owner: bool) -> list[QuarterFigures]:
    """The newest figures per quarter, newest quarter first, suppressed for others."""
    seen: set[tuple[int, int]] = set()
    rows: list[QuarterFigures] = []
    for f in HomeVisitFigures.objects.filter(coalition=coalition):
        if (f.year, f.quarter) in seen:
            continue
        seen.add((f.year, f.quarter))
        t = threshold()
        rows.append(
            QuarterFigures(
                f.year,
                f.quarter,
                shown(f.offered, threshold=t, owner=owner),
                shown(f.accepted, threshold=t, owner=owner),
                shown(f.realised, threshold=t, owner=owner),
                shown(f.referrals, threshold=t, owner=owner),
            )
        )
    return rows


@dataclass(frozen=True)
class CountTable:
    """Rows (labels) by columns (quarters), every cell already suppressed where needed."""

    columns: list[str]
    rows: list[tuple[str, list[ShownCount]]]


def signal_table(coalition: Coalition, *, owner: bool) -> CountTable:
    records = SignalRecord.objects.filter(coalition=coalition).prefetch_related("domains")
    items = [(r.month, [d.key for d in r.domains.all()]) for r in records]
    referrals = [(r.month, ["__referral__"]) for r in records if r.referral]
    totals = [(r.month, ["__total__"]) for r in records]
    table = count_per_key_and_quarter(items + referrals + totals)
    quarters = sorted(table)
    columns = [f"{y} Q{q}" for y, q in quarters]

    def row(key: str) -> list[ShownCount]:
        return [shown(table[q].get(key, 0), threshold=threshold(), owner=owner) for q in quarters]

    rows = [(d.label, row(d.key)) for d in Domain.objects.filter(active=True)]
    return CountTable(columns, [*rows, ("", row("__total__")), ("→", row("__referral__"))])


@dataclass(frozen=True)
class ReferralRow:
    label: str
    issued: ShownCount
    per_outcome: list[ShownCount]
    open: ShownCount
    expired: ShownCount


def _referral_label(code: ReferralCode) -> str:
    """Care path and service where known, else the life domain."""
    if code.care_path is not None:
        label = code.care_path.risk_situation.label
        return f"{label} → {code.service.name}" if code.service else label
    if code.service is not None:
        return code.service.name
    return code.domain.label if code.domain else "-"


def referral_rows(coalition: Coalition, *, owner: bool, today: date) -> list[ReferralRow]:
    """Per care path and service (or life domain): codes issued and what became of them."""
    codes = ReferralCode.objects.filter(coalition=coalition).select_related(
        "domain", "care_path__risk_situation", "service__organization"
    )
    all_outcomes = list(outcomes())
    groups: dict[str, list[ReferralCode]] = {}
    for code in codes:
        groups.setdefault(_referral_label(code), []).append(code)
    t = threshold()
    rows = []
    for label, group in sorted(groups.items()):
        rows.append(
            ReferralRow(
                label=label,
                issued=shown(len(group), threshold=t, owner=owner),
                per_outcome=[
                    shown(sum(c.outcome_id == o.pk for c in group), threshold=t, owner=owner)
                    for o in all_outcomes
                ],
                open=shown(
                    sum(c.outcome_id is None and c.expires_on >= today for c in group),
                    threshold=t,
                    owner=owner,
                ),
                expired=shown(
                    sum(c.outcome_id is None and c.expires_on < today for c in group),
                    threshold=t,
                    owner=owner,
                ),
            )
        )
    return rows


def home_visit_template() -> dict[str, Any]:
    """The programme's template for the home-visit agreement, as initial form values."""
    template = read_yaml(Path(__file__).parent / "seed" / "home_visit.yaml")["template"]
    return {
        "criteria": pick(template["criteria"]["nl"], template["criteria"]["en"]),
        "referral_route": pick(template["referral_route"]["nl"], template["referral_route"]["en"]),
        "feedback": pick(template["feedback"]["nl"], template["feedback"]["en"]),
        "trigger_domains": list(Domain.objects.filter(key__in=template["trigger_domains"])),
        "minimum_domains": template["minimum_domains"],
        "minimum_grade": VulnerabilityGrade.objects.filter(key=template["minimum_grade"]).first(),
    }


def signal_counts(coalition: Coalition, *, owner: bool) -> dict[str, dict[str, int | None]]:
    """Per quarter ("2026-Q1"), the number of signals per life domain key (None: suppressed).

    The monitoring and the startfoto read this; ``total`` and ``referral`` count the
    conversations and those followed by a referral.
    """
    records = SignalRecord.objects.filter(coalition=coalition).prefetch_related("domains")
    items = [
        (
            r.month,
            [*(d.key for d in r.domains.all()), "total", *(["referral"] if r.referral else [])],
        )
        for r in records
    ]
    table = count_per_key_and_quarter(items)
    keys = [*Domain.objects.filter(active=True).values_list("key", flat=True), "total", "referral"]
    return {
        f"{year}-Q{quarter}": {
            key: shown(table[(year, quarter)].get(key, 0), threshold=threshold(), owner=owner).value
            for key in keys
        }
        for year, quarter in sorted(table)
    }


def signal_counts_by_risk(coalition: Coalition) -> dict[str, int]:
    """Signals of the last twelve months per risk situation key (through the domains marked).

    Only for the coalition's own analyses (the interventions gap analysis weighs gaps with
    it); anything shown to others goes through ``signal_counts`` and its suppression.
    """
    from datetime import date, timedelta

    since = date.today().replace(day=1) - timedelta(days=365)
    counts: dict[str, int] = {}
    records = SignalRecord.objects.filter(coalition=coalition, month__gte=since).prefetch_related(
        "domains__risk_situations"
    )
    for record in records:
        risks = {
            risk.key for domain in record.domains.all() for risk in domain.risk_situations.all()
        }
        for risk in risks:
            counts[risk] = counts.get(risk, 0) + 1
    return counts
