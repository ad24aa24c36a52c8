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
from kansrijk.disclosure.lines import protect
from kansrijk.signalling.models import (
    Domain,
    Factor,
    HomeVisitAgreement,
    HomeVisitFigures,
    InstrumentAgreement,
    Phase,
    ReferralCode,
    ReferralMarking,
    ReferralOutcome,
    ScreeningInstrument,
    SignalCountSetting,
    SignalRecord,
    VulnerabilityGrade,
)
from kansrijk.signalling.statistics import ShownCount, count_per_key_and_quarter
from kansrijk.ui.bilingual import pick
from kansrijk.ui.seeding import read_yaml

# Complements that take part in a table's sums but are never shown.
NO_REFERRAL = "__no-referral__"
OTHER_OUTCOME = "__other-outcome__"


def threshold() -> int:
    return int(settings.KANSRIJK_SMALL_COUNT_THRESHOLD)


def is_owner(user: Any, coalition: Coalition) -> bool:
    """The coalition's own members own its counts and see them unsuppressed; not a parent
    member (``access.is_data_owner``)."""
    return access.is_data_owner(user, coalition)


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
    """The newest figures per quarter, newest quarter first, suppressed for others.

    Offered = accepted + declined and accepted = realised + not realised: the complements
    are not shown but a small one must not be computable from the shown figures either.
    """
    seen: set[tuple[int, int]] = set()
    rows: list[QuarterFigures] = []
    for f in HomeVisitFigures.objects.filter(coalition=coalition):
        if (f.year, f.quarter) in seen:
            continue
        seen.add((f.year, f.quarter))
        counts = {
            "offered": f.offered,
            "accepted": f.accepted,
            "realised": f.realised,
            "referrals": f.referrals,
            "declined": f.offered - f.accepted,
            "not-realised": f.accepted - f.realised,
        }
        result = protect(
            counts,
            threshold=threshold(),
            lines=[
                ("offered", ["accepted", "declined"]),
                ("accepted", ["realised", "not-realised"]),
            ],
            hidden={"declined", "not-realised"},
            owner=owner,
        )
        v = result.values
        rows.append(
            QuarterFigures(
                f.year,
                f.quarter,
                ShownCount(v["offered"]),
                ShownCount(v["accepted"]),
                ShownCount(v["realised"]),
                ShownCount(v["referrals"]),
            )
        )
    return rows


@dataclass(frozen=True)
class CountTable:
    """Rows (labels) by columns (quarters), every cell already suppressed where needed."""

    columns: list[str]
    rows: list[tuple[str, list[ShownCount]]]


def _signal_quarters(
    coalition: Coalition, *, owner: bool
) -> tuple[list[str], list[tuple[tuple[int, int], dict[str, int | None]]]]:
    """The active domain keys, and per quarter the counts per domain key plus ``total`` and
    ``referral``, suppressed for others.

    A conversation can mark several domains, so the domain rows do not add up to the total;
    but total = with referral + without referral, and the hidden "without" must stay hidden.
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
    keys = list(Domain.objects.filter(active=True).values_list("key", flat=True))
    quarters = []
    for quarter in sorted(table):
        counts = {key: table[quarter].get(key, 0) for key in [*keys, "total", "referral"]}
        counts[NO_REFERRAL] = counts["total"] - counts["referral"]
        result = protect(
            counts,
            threshold=threshold(),
            lines=[("total", ["referral", NO_REFERRAL])],
            hidden={NO_REFERRAL},
            owner=owner,
        )
        quarters.append((quarter, result.values))
    return keys, quarters


def signal_table(coalition: Coalition, *, owner: bool) -> CountTable:
    _keys, quarters = _signal_quarters(coalition, owner=owner)
    columns = [f"{y} Q{q}" for (y, q), _values in quarters]

    def row(key: str) -> list[ShownCount]:
        return [ShownCount(values[key]) for _quarter, values in quarters]

    rows = [(d.label, row(d.key)) for d in Domain.objects.filter(active=True)]
    return CountTable(columns, [*rows, ("", row("total")), ("→", row("referral"))])


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


def newest_outcomes(coalition: Coalition) -> dict[int, int]:
    """Per referral code (id), the outcome (id) of its newest marking."""
    newest: dict[int, int] = {}
    markings = ReferralMarking.objects.filter(code__coalition=coalition).order_by("id")
    for code_id, outcome_id in markings.values_list("code_id", "outcome_id"):
        newest[code_id] = outcome_id  # a later marking replaces an earlier one
    return newest


def referral_rows(coalition: Coalition, *, owner: bool, today: date) -> list[ReferralRow]:
    """Per care path and service (or life domain): codes issued and what became of them.

    Only the newest marking of a code counts. Issued = the outcomes + open + expired (+ any
    outcome no longer on the list, not shown), so a small cell is protected against the
    row's total too.
    """
    codes = ReferralCode.objects.filter(coalition=coalition).select_related(
        "domain", "care_path__risk_situation", "service__organization"
    )
    newest = newest_outcomes(coalition)
    all_outcomes = list(outcomes())
    groups: dict[str, list[ReferralCode]] = {}
    for code in codes:
        groups.setdefault(_referral_label(code), []).append(code)
    rows = []
    for label, group in sorted(groups.items()):
        marked = [newest.get(c.pk) for c in group]
        unmarked = [c for c in group if c.pk not in newest]
        counts = {f"outcome-{o.pk}": marked.count(o.pk) for o in all_outcomes}
        counts["open"] = sum(c.expires_on >= today for c in unmarked)
        counts["expired"] = sum(c.expires_on < today for c in unmarked)
        counts["issued"] = len(group)
        members = [k for k in counts if k != "issued"]
        counts[OTHER_OUTCOME] = counts["issued"] - sum(counts[k] for k in members)
        result = protect(
            counts,
            threshold=threshold(),
            lines=[("issued", [*members, OTHER_OUTCOME])],
            hidden={OTHER_OUTCOME},
            owner=owner,
        )
        v = result.values
        rows.append(
            ReferralRow(
                label=label,
                issued=ShownCount(v["issued"]),
                per_outcome=[ShownCount(v[f"outcome-{o.pk}"]) for o in all_outcomes],
                open=ShownCount(v["open"]),
                expired=ShownCount(v["expired"]),
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
    keys, quarters = _signal_quarters(coalition, owner=owner)
    return {
        f"{year}-Q{quarter}": {key: values[key] for key in [*keys, "total", "referral"]}
        for (year, quarter), values in quarters
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
