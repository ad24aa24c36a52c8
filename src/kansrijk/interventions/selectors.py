"""Reads of the interventions app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils.formats import number_format
from django.utils.translation import gettext

from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import evidence as evidence_sources
from kansrijk.interventions.financing import (
    BudgetRow,
    PlanLine,
    SourceTotal,
    national_amount,
    totals_by_source,
)
from kansrijk.interventions.gaps import Candidate, Cell, FundingRoute, GapAnalysis, analyse_gaps
from kansrijk.interventions.models import (
    FinancingLine,
    Intervention,
    NationalBudget,
    PaletteItem,
    Phase,
    RiskSituation,
)

SPUK_KIND = "spuk-gala-kansrijke-start"
PRENATAL_KIND = "prenatal-home-visit"


@dataclass(frozen=True)
class CatalogueFilter:
    phase: str = ""
    risk: str = ""
    recognition: str = ""
    form: str = ""
    zvw: str = ""
    query: str = ""


def catalogue_list(filters: CatalogueFilter | None = None) -> QuerySet[Intervention]:
    chosen = filters or CatalogueFilter()
    queryset = (
        Intervention.objects.filter(active=True)
        .select_related("recognition_level", "zvw_status")
        .prefetch_related("phases", "risk_situations", "forms", "delivered_by", "funding_routes")
    )
    if chosen.phase:
        queryset = queryset.filter(phases__key=chosen.phase)
    if chosen.risk:
        queryset = queryset.filter(risk_situations__key=chosen.risk)
    if chosen.recognition:
        queryset = queryset.filter(recognition_level__key=chosen.recognition)
    if chosen.form:
        queryset = queryset.filter(forms__key=chosen.form)
    if chosen.zvw:
        queryset = queryset.filter(zvw_status__key=chosen.zvw)
    if chosen.query:
        queryset = queryset.filter(name__icontains=chosen.query)
    return queryset.distinct().order_by("name")


def intervention_get(key: str) -> Intervention:
    return catalogue_list().get(key=key)


def interventions_compare(keys: Sequence[str]) -> list[Intervention]:
    """Two or three interventions in the order asked (unknown keys are left out)."""
    found = {item.key: item for item in catalogue_list().filter(key__in=list(keys)[:3])}
    return [found[key] for key in keys if key in found]


def coalitions_offering(intervention: Intervention) -> QuerySet[Coalition]:
    return Coalition.objects.filter(palette_items__intervention=intervention).distinct()


def palette_list(coalition: Coalition) -> QuerySet[PaletteItem]:
    return (
        PaletteItem.objects.filter(coalition=coalition)
        .select_related(
            "intervention", "intervention__recognition_level", "intervention__zvw_status", "partner"
        )
        .prefetch_related("phases", "risk_situations")
        .order_by("intervention__name", "local_name")
    )


def reach_for_display(item: PaletteItem, *, owner: bool) -> int | None:
    """Reach per year; small counts are hidden from anyone but the coalition itself."""
    if item.reach_per_year is None:
        return None
    if not owner and item.reach_per_year < settings.KANSRIJK_SMALL_COUNT_THRESHOLD:
        return None
    return item.reach_per_year


def palette_reach(coalition: Coalition, *, owner: bool, intervention: str = "") -> int | None:
    """The summed reach per year of the palette (or of one intervention key in it); None
    without any reach entered, and for others than the coalition when the sum is small or
    any summed item is small (a sum over hidden items could reveal them).
    Read by the monitoring app (a goal's current value)."""
    items = PaletteItem.objects.filter(coalition=coalition, reach_per_year__isnull=False)
    if intervention:
        items = items.filter(intervention__key=intervention)
    reaches = [int(r or 0) for r in items.values_list("reach_per_year", flat=True)]
    if not reaches:
        return None
    threshold = settings.KANSRIJK_SMALL_COUNT_THRESHOLD
    if not owner and (sum(reaches) < threshold or any(0 < r < threshold for r in reaches)):
        return None
    return sum(reaches)


def _candidate(intervention: Intervention) -> Candidate:
    return Candidate(
        key=intervention.key,
        name=intervention.name,
        phases=frozenset(phase.key for phase in intervention.phases.all()),
        risks=frozenset(risk.key for risk in intervention.risk_situations.all()),
        recognition_name=intervention.recognition_level.label,
        recognition_points=float(intervention.recognition_level.points),
        zvw_name=intervention.zvw_status.label,
        zvw_points=float(intervention.zvw_status.points),
        funding_routes=tuple(
            FundingRoute(source.label, float(source.points))
            for source in intervention.funding_routes.all()
            if not source.is_zvw
        ),
    )


@dataclass(frozen=True)
class GapReport:
    analysis: GapAnalysis
    phases: list[Phase]
    risks: list[RiskSituation]
    sources: list[evidence_sources.SourceStatus]


def gap_report(coalition: Coalition, *, max_suggestions: int = 3) -> GapReport:
    phases = list(Phase.objects.filter(active=True))
    risks = list(RiskSituation.objects.filter(active=True))
    items = palette_list(coalition)
    covered = [
        Cell(phase.key, risk.key)
        for item in items
        for phase in item.phases.all()
        for risk in item.risk_situations.all()
    ]
    offered = {item.intervention.key for item in items if item.intervention}
    collected = evidence_sources.collect(coalition)
    labels = {phase.key: phase.label for phase in phases}
    labels.update({risk.key: risk.label for risk in risks})
    analysis = analyse_gaps(
        phases=[phase.key for phase in phases],
        risks=[risk.key for risk in risks],
        covered=covered,
        catalogue=[_candidate(item) for item in catalogue_list()],
        offered=offered,
        evidence=collected.evidence,
        labels=labels,
        translate=gettext,
        number=lambda value: number_format(value, 2),
        max_suggestions=max_suggestions,
    )
    return GapReport(analysis=analysis, phases=phases, risks=risks, sources=collected.sources)


def financing_lines(coalition: Coalition, *, year: int | None = None) -> QuerySet[FinancingLine]:
    queryset = FinancingLine.objects.filter(coalition=coalition).select_related(
        "funding_source", "spuk_purpose", "palette_item", "palette_item__intervention"
    )
    if year is not None:
        queryset = queryset.filter(year=year)
    return queryset.order_by("year", "funding_source__order", "pk")


def financing_years(coalition: Coalition) -> list[int]:
    return sorted(
        set(FinancingLine.objects.filter(coalition=coalition).values_list("year", flat=True))
    )


def plan_lines(lines: Sequence[FinancingLine]) -> list[PlanLine]:
    return [
        PlanLine(
            year=line.year,
            activity=line.label,
            source_key=line.funding_source.key,
            source_name=line.funding_source.label,
            planned=line.planned_eur,
            realised=line.realised_eur,
        )
        for line in lines
    ]


def financing_totals(lines: Sequence[FinancingLine]) -> list[SourceTotal]:
    return totals_by_source(plan_lines(lines))


def national_amounts(year: int) -> dict[str, Decimal | None]:
    rows = [
        BudgetRow(row.kind, row.year, row.amount_eur, row.recurring)
        for row in NationalBudget.objects.all()
    ]
    return {
        "spuk": national_amount(rows, kind=SPUK_KIND, year=year),
        "prenatal": national_amount(rows, kind=PRENATAL_KIND, year=year),
    }


def palette_with_lines(coalition: Coalition) -> QuerySet[PaletteItem]:
    return palette_list(coalition).prefetch_related(
        Prefetch("financing_lines", queryset=FinancingLine.objects.select_related("funding_source"))
    )
