"""Reads of the indicators app. Values come back as ``derive.Cell`` for ``present``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Q, QuerySet

from kansrijk.coalitions.models import Coalition
from kansrijk.indicators.derive import COUNTRY, Cell
from kansrijk.indicators.models import (
    AreaKind,
    DataVersion,
    FormerMunicipality,
    Indicator,
    NoteStatus,
    StoryNote,
    Value,
)
from kansrijk.regions.models import GGDRegion, Municipality, Province

Period = tuple[int, int]
FIELDS = (
    "indicator_id",
    "area_code",
    "period_start",
    "period_end",
    "numerator",
    "denominator",
    "value",
    "weight",
    "synthetic",
    "computed",
    "note",
    "suppression",
)


def indicators_active() -> list[Indicator]:
    return list(
        Indicator.objects.filter(active=True, group__active=True)
        .select_related("group")
        .order_by("group__order", "order", "name")
    )


def data_version() -> int:
    """The number of the newest data version (0 before any import); part of cache keys."""
    latest = DataVersion.objects.order_by("-pk").values_list("pk", flat=True).first()
    return latest or 0


def _cells(rows: Iterable[tuple[object, ...]]) -> list[tuple[int, Cell]]:
    result = []
    for indicator_id, area, start, end, k, n, value, weight, syn, computed, note, sup in rows:
        result.append(
            (
                int(indicator_id),  # type: ignore[call-overload]
                Cell(
                    area=str(area),
                    start=int(start),  # type: ignore[call-overload]
                    end=int(end),  # type: ignore[call-overload]
                    numerator=k,  # type: ignore[arg-type]
                    denominator=n,  # type: ignore[arg-type]
                    value=value,  # type: ignore[arg-type]
                    weight=weight,  # type: ignore[arg-type]
                    synthetic=bool(syn),
                    computed=bool(computed),
                    note=str(note),
                    suppression=str(sup),
                ),
            )
        )
    return result


def periods_of(indicator: Indicator) -> list[Period]:
    rows = (
        Value.objects.filter(indicator=indicator)
        .values_list("period_start", "period_end")
        .distinct()
    )
    return sorted(set(rows), key=lambda p: (p[1] - p[0], p[1]))


def default_period(periods: Iterable[Period]) -> Period | None:
    """The map's default: the newest pooled block (5 years, else 3), else the newest year."""
    periods = list(periods)
    for span in (5, 3, 1):
        candidates = [p for p in periods if p[1] - p[0] + 1 == span]
        if candidates:
            return max(candidates, key=lambda p: p[1])
    return max(periods, key=lambda p: p[1]) if periods else None


def cells_from_values(values: QuerySet[Value]) -> list[Cell]:
    return [cell for _, cell in _cells(values.values_list(*FIELDS))]


def cells_for_period(indicator: Indicator, period: Period) -> dict[str, Cell]:
    rows = Value.objects.filter(
        indicator=indicator, period_start=period[0], period_end=period[1]
    ).values_list(*FIELDS)
    return {cell.area: cell for _, cell in _cells(rows)}


def cells_for_areas(codes: Iterable[str]) -> dict[int, dict[str, list[Cell]]]:
    """indicator id -> area code -> all its cells (every period)."""
    result: dict[int, dict[str, list[Cell]]] = defaultdict(lambda: defaultdict(list))
    rows = Value.objects.filter(area_code__in=list(codes)).values_list(*FIELDS)
    for indicator_id, cell in _cells(rows):
        result[indicator_id][cell.area].append(cell)
    return result


def municipal_cells(periods: dict[int, Period]) -> dict[int, list[Cell]]:
    """For each indicator id its municipalities' cells in the given period (one query)."""
    condition = Q()
    for indicator_id, (start, end) in periods.items():
        condition |= Q(indicator_id=indicator_id, period_start=start, period_end=end)
    rows = Value.objects.filter(condition, area_kind=AreaKind.MUNICIPALITY).values_list(*FIELDS)
    result: dict[int, list[Cell]] = defaultdict(list)
    for indicator_id, cell in _cells(rows):
        result[indicator_id].append(cell)
    return result


def has_synthetic_values(area: str) -> bool:
    return Value.objects.filter(area_code=area, synthetic=True).exists()


def municipality_codes() -> set[str]:
    return set(Municipality.objects.values_list("code", flat=True))


def area_names() -> dict[str, str]:
    names = dict(Municipality.objects.values_list("code", "name"))
    names.update(GGDRegion.objects.values_list("code", "name"))
    names.update(Province.objects.values_list("code", "name"))
    names.update(FormerMunicipality.objects.values_list("code", "name"))
    names[COUNTRY] = "Nederland"
    return names


def predecessors_with_values(municipality: Municipality) -> list[FormerMunicipality]:
    codes = set(
        Value.objects.filter(area_kind=AreaKind.FORMER_MUNICIPALITY).values_list(
            "area_code", flat=True
        )
    )
    return [f for f in municipality.predecessors.all() if f.code in codes]


def story_notes(coalition: Coalition, *, include_unpublished: bool) -> QuerySet[StoryNote]:
    notes = StoryNote.objects.filter(coalition=coalition).select_related("indicator", "created_by")
    if not include_unpublished:
        notes = notes.filter(status=NoteStatus.PUBLISHED)
    return notes


class Unfavourable(NamedTuple):
    """An indicator on which a coalition municipality is significantly worse than the
    country: its key, its name in words, and the phase of the first 1000 days it speaks
    about (the keys of the interventions menu's phases), or None for context figures."""

    key: str
    label: str
    phase: str | None


# The startfoto's phases, in the words of the menu of interventions.
MENU_PHASE = {"before": "before-pregnancy", "during": "during-pregnancy", "after": "after-birth"}


def unfavourable_indicators(coalition: Coalition) -> list[Unfavourable]:
    """Indicators whose latest value in one of the coalition's municipalities is
    significantly less favourable than the Netherlands (the startfoto's own test).

    Only indicators with a judgement (polarity) count, and only published, unsuppressed
    comparisons: the same reading the startfoto page gives its visitors."""
    found: dict[str, Unfavourable] = {}
    for code, region in coalition.municipalities.order_by("code").values_list(
        "code", "ggd_region__code"
    ):
        for item in _unfavourable_in(code, region):
            found.setdefault(item.key, item)
    return sorted(found.values(), key=lambda u: u.label)


def _unfavourable_in(code: str, region: str) -> list[Unfavourable]:
    from kansrijk.indicators import caching
    from kansrijk.indicators.startfoto import build_lines

    def build() -> list[Unfavourable]:
        return [
            Unfavourable(
                line.indicator.key, line.indicator.label, MENU_PHASE.get(line.indicator.phase)
            )
            for line in build_lines(code, region, owner=False)
            if line.vs_country is not None and line.vs_country.judgement == "worse"
        ]

    # build_lines is the costly part of a startfoto page: cached per data version.
    return caching.data(("unfavourable", code, region), build)


@dataclass(frozen=True)
class CoalitionFigure:
    """An indicator for a coalition's municipalities as a whole, on their newest common
    period (a single year when there is one). ``value`` is None when it is hidden from this
    viewer (``suppressed``) or cannot be summed over several municipalities."""

    indicator: Indicator
    period: Period
    value: float | None
    suppressed: bool

    @property
    def period_label(self) -> str:
        start, end = self.period
        return str(start) if start == end else f"{start}-{end}"


def coalition_figure(coalition: Coalition, key: str, *, owner: bool) -> CoalitionFigure | None:
    """The startfoto value of indicator ``key`` for the coalition, or None without values.

    One municipality: its own cell. Several: their counts summed (as the startfoto's
    coalition totals), hidden when the sum is small or any member's cell is hidden.
    Read by the monitoring app (a goal's current value).
    """
    from django.conf import settings

    from kansrijk.disclosure.aggregates import total_hidden
    from kansrijk.disclosure.hierarchy import Count
    from kansrijk.indicators import present

    indicator = Indicator.objects.filter(key=key, active=True).first()
    codes = list(coalition.municipalities.values_list("code", flat=True))
    if indicator is None or not codes:
        return None
    rows = Value.objects.filter(indicator=indicator, area_code__in=codes).values_list(*FIELDS)
    per_period: dict[Period, list[Cell]] = defaultdict(list)
    for _id, cell in _cells(rows):
        per_period[(cell.start, cell.end)].append(cell)
    complete = [p for p, cells in per_period.items() if len(cells) == len(codes)]
    if not complete:
        return None
    yearly = [p for p in complete if p[0] == p[1]]
    period = max(yearly or complete, key=lambda p: (p[1], p[0]))
    members = per_period[period]
    if len(members) == 1:
        cell = members[0]
        hidden = bool(cell.suppression)
        value = cell.value
    else:
        if present.kind_of(indicator.unit) is None or not all(c.has_counts for c in members):
            return CoalitionFigure(indicator, period, None, False)
        k = sum(c.numerator or 0 for c in members)
        n = sum(c.denominator or 0 for c in members)
        threshold = int(settings.KANSRIJK_SMALL_COUNT_THRESHOLD)
        hidden = total_hidden(
            (bool(c.suppression) for c in members), Count(k, n), threshold=threshold
        )
        value = k / n * present.SCALES[indicator.unit] if n else None
    return CoalitionFigure(indicator, period, None if hidden and not owner else value, hidden)
