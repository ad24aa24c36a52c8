"""The startfoto and the national page as plain data, built from selectors and ``present``."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from kansrijk.disclosure.aggregates import total_hidden
from kansrijk.disclosure.hierarchy import Count
from kansrijk.indicators import present, selectors
from kansrijk.indicators import statistics as st
from kansrijk.indicators.derive import COUNTRY, Cell
from kansrijk.indicators.models import Indicator
from kansrijk.indicators.present import Shown

Period = tuple[int, int]


@dataclass
class Line:
    """One indicator on the startfoto of one area."""

    indicator: Indicator
    period: Period | None
    own: Shown | None = None
    cell: Cell | None = None
    latest: Shown | None = None
    region: Shown | None = None
    country: Shown | None = None
    vs_region: st.Comparison | None = None
    vs_country: st.Comparison | None = None
    funnel: dict[float, st.Position] = field(default_factory=dict)
    trend: st.Trend | None = None
    shrunk: tuple[float, st.Interval] | None = None
    spread: dict[str, float] | None = None
    yearly: list[Shown] = field(default_factory=list)
    pooled: list[Shown] = field(default_factory=list)
    region_yearly: list[Shown] = field(default_factory=list)
    country_yearly: list[Shown] = field(default_factory=list)

    @property
    def synthetic(self) -> bool:
        return self.indicator.synthetic or bool(self.own and self.own.synthetic)

    @property
    def reading(self) -> str:
        return reading(self.vs_country, _("the Netherlands"))

    @property
    def reading_region(self) -> str:
        return reading(self.vs_region, _("the region"))


def reading(comparison: st.Comparison | None, name: str) -> str:
    """A short sentence; "significantly higher" only when the intervals say so."""
    if comparison is None:
        return _("Not tested (no counts, or counts too small to show).")
    if comparison.direction == "similar":
        return _("Not significantly different from %(name)s.") % {"name": name}
    level = (
        number_format(99.8 if comparison.level == 0.998 else 95, decimal_pos=1)
        .removesuffix(",0")
        .removesuffix(".0")
        + "%"
    )
    if comparison.direction == "higher":
        text = _("Significantly higher than %(name)s (%(level)s confidence).")
    else:
        text = _("Significantly lower than %(name)s (%(level)s confidence).")
    text = text % {"name": name, "level": level}
    if comparison.judgement == "better":
        text += " " + _("That is favourable.")
    elif comparison.judgement == "worse":
        text += " " + _("That is unfavourable.")
    return text


def _pick(cells: list[Cell], period: Period | None) -> Cell | None:
    return next((c for c in cells if (c.start, c.end) == period), None)


def build_lines(area: str, region: str | None, *, owner: bool) -> list[Line]:
    """Every active indicator for ``area`` with region, country, funnel, trend and spread."""
    indicators = selectors.indicators_active()
    codes = [area, COUNTRY] + ([region] if region else [])
    by_indicator = selectors.cells_for_areas(codes)
    periods: dict[int, Period] = {}
    for indicator in indicators:
        own_cells = by_indicator.get(indicator.pk, {}).get(area, [])
        period = selectors.default_period((c.start, c.end) for c in own_cells)
        if period is not None:
            periods[indicator.pk] = period
    municipal = selectors.municipal_cells(periods) if periods else {}
    lines = []
    for indicator in indicators:
        cells = by_indicator.get(indicator.pk, {})
        lines.append(
            _line(indicator, cells, area, region, periods.get(indicator.pk), municipal, owner)
        )
    return lines


def _line(
    indicator: Indicator,
    cells: dict[str, list[Cell]],
    area: str,
    region: str | None,
    period: Period | None,
    municipal: dict[int, list[Cell]],
    owner: bool,
) -> Line:
    unit = indicator.unit
    line = Line(indicator=indicator, period=period)
    own_cells = sorted(cells.get(area, []), key=lambda c: (c.end, c.start))
    if not own_cells or period is None:
        return line

    def shown(cell: Cell | None) -> Shown | None:
        return present.show(cell, unit, owner=owner) if cell else None

    line.yearly = [present.show(c, unit, owner=owner) for c in own_cells if c.start == c.end]
    line.pooled = [present.show(c, unit, owner=owner) for c in own_cells if c.start != c.end]
    line.cell = _pick(own_cells, period)
    line.own = shown(line.cell)
    line.latest = line.yearly[-1] if line.yearly else None
    region_cells = cells.get(region or "", [])
    country_cells = cells.get(COUNTRY, [])
    line.region = shown(_pick(region_cells, period))
    line.country = shown(_pick(country_cells, period))
    line.region_yearly = [
        present.show(c, unit, owner=owner)
        for c in sorted(region_cells, key=lambda c: c.start)
        if c.start == c.end
    ]
    line.country_yearly = [
        present.show(c, unit, owner=owner)
        for c in sorted(country_cells, key=lambda c: c.start)
        if c.start == c.end
    ]
    if line.own is None:
        return line
    polarity = indicator.polarity
    line.vs_country = present.compare(line.own, line.country, polarity, by_value=True)
    line.vs_region = present.compare(line.own, line.region, polarity, by_value=False)
    kind = present.kind_of(unit)
    visible_years = [s for s in line.yearly if s.numerator is not None and s.denominator]
    if kind and len(visible_years) == len(line.yearly):
        line.trend = st.trend(
            kind, [(s.start, s.numerator or 0, s.denominator or 0) for s in visible_years]
        )
    target = line.country.value if line.country else None
    others = municipal.get(indicator.pk, [])
    if target is not None:
        line.funnel = present.funnel_positions([line.own], unit, target).get(area, {})
        shrink_target = line.region.value if line.region and line.region.value else target
        line.shrunk = present.shrunk(others, unit, shrink_target, owner=owner).get(area)
    visible = {c.area: (None if c.suppression and not owner else c.value) for c in others}
    line.spread = present.spread(visible)
    return line


@dataclass
class NationalPage:
    indicator: Indicator
    period: Period | None
    periods: list[Period]
    rows: list[tuple[str, str, Shown, dict[float, st.Position], tuple[float, st.Interval] | None]]
    country: Shown | None
    curve: list[dict[str, float]]


def build_national(indicator: Indicator, period: Period | None, *, owner: bool) -> NationalPage:
    periods = selectors.periods_of(indicator)
    if period not in periods:
        period = selectors.default_period(periods)
    if period is None:
        return NationalPage(indicator, None, periods, [], None, [])
    cells = selectors.cells_for_period(indicator, period)
    names = selectors.area_names()
    unit = indicator.unit
    country_cell = cells.get(COUNTRY)
    country = present.show(country_cell, unit, owner=owner) if country_cell else None
    current = selectors.municipality_codes()
    municipal = [c for code, c in cells.items() if code in current]
    shown = [present.show(c, unit, owner=owner) for c in municipal]
    target = country.value if country and country.value is not None else None
    positions = present.funnel_positions(shown, unit, target) if target is not None else {}
    shrunk = present.shrunk(municipal, unit, target, owner=owner) if target is not None else {}
    rows = sorted(
        (
            (s.area, names.get(s.area, s.area), s, positions.get(s.area, {}), shrunk.get(s.area))
            for s in shown
        ),
        key=lambda r: r[1],
    )
    max_size = max((s.denominator or 0 for s in shown), default=0)
    curve = present.funnel_curve(unit, target, max_size) if target is not None else []
    return NationalPage(indicator, period, periods, rows, country, curve)


@dataclass
class TotalLine:
    """One indicator for a coalition of several municipalities as a whole."""

    indicator: Indicator
    own: Shown | None
    country: Shown | None
    vs_country: st.Comparison | None
    members: int

    @property
    def reading(self) -> str:
        return reading(self.vs_country, _("the Netherlands"))


def build_totals(per_area: list[list[Line]], *, threshold: int, owner: bool) -> list[TotalLine]:
    """The coalition's municipalities summed, per indicator, on their common period.

    Only indicators with counts are summed. The total is hidden when it is small, and also
    whenever any member's cell is hidden: a total over hidden members is a new sum that no
    page's suppression has taken into account, so it could help derive a hidden count.
    """
    totals: list[TotalLine] = []
    if len(per_area) < 2:
        return totals
    for index, first in enumerate(per_area[0]):
        lines = [area[index] for area in per_area]
        cells = [line.cell for line in lines]
        if (
            present.kind_of(first.indicator.unit) is None
            or any(c is None or not c.has_counts for c in cells)
            or len({(c.start, c.end) for c in cells if c is not None}) != 1
        ):
            continue
        members = [c for c in cells if c is not None]
        k = sum(c.numerator or 0 for c in members)
        n = sum(c.denominator or 0 for c in members)
        scale = present.SCALES[first.indicator.unit]
        hidden = total_hidden(
            (bool(c.suppression) for c in members), Count(k, n), threshold=threshold
        )
        total = Cell(
            area="coalitie",
            start=members[0].start,
            end=members[0].end,
            numerator=k,
            denominator=n,
            value=k / n * scale if n else None,
            synthetic=any(c.synthetic for c in members),
            computed=True,
            suppression="derivable" if hidden else "",
        )
        own = present.show(total, first.indicator.unit, owner=owner)
        vs_country = present.compare(own, first.country, first.indicator.polarity, by_value=True)
        totals.append(TotalLine(first.indicator, own, first.country, vs_country, len(members)))
    return totals
