"""Derived cells: pooled periods, region/province/country aggregates, and suppression.

Pure. ``services`` hands in the published cells of one indicator and stores what comes out,
so that every page reads the same derived values and the same suppression (a cell hidden on
one page is hidden on every page, and no page shows a sum that gives it away).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kansrijk.disclosure import hierarchy, periods

COUNTRY = "NL01"

Key = tuple[str, int, int]  # (area code, period start, period end)


@dataclass(frozen=True)
class Cell:
    area: str
    start: int
    end: int
    numerator: int | None
    denominator: int | None
    value: float | None
    weight: float | None = None
    synthetic: bool = False
    computed: bool = False
    note: str = ""
    suppression: str = ""

    @property
    def key(self) -> Key:
        return (self.area, self.start, self.end)

    @property
    def has_counts(self) -> bool:
        return self.numerator is not None and self.denominator is not None


@dataclass(frozen=True)
class Geography:
    """Which region and province each municipality (former ones: their successor's) is in."""

    region_of: Mapping[str, str]
    province_of: Mapping[str, str]


def _sum_cells(area: str, start: int, end: int, members: Sequence[Cell], scale: float) -> Cell:
    numerator = sum(c.numerator or 0 for c in members)
    denominator = sum(c.denominator or 0 for c in members)
    return Cell(
        area=area,
        start=start,
        end=end,
        numerator=numerator,
        denominator=denominator,
        value=numerator / denominator * scale if denominator else None,
        synthetic=any(c.synthetic for c in members),
        computed=True,
    )


def _weighted_cell(area: str, start: int, end: int, members: Sequence[Cell]) -> Cell | None:
    usable = [c for c in members if c.value is not None and c.weight]
    total = sum(c.weight or 0 for c in usable)
    if not usable or not total:
        return None
    value = sum((c.value or 0) * (c.weight or 0) for c in usable) / total
    return Cell(
        area=area,
        start=start,
        end=end,
        numerator=None,
        denominator=None,
        value=value,
        weight=total,
        synthetic=any(c.synthetic for c in usable),
        computed=True,
        note=f"weighted:{len(usable)}",
    )


def derive(
    published: Sequence[Cell],
    geography: Geography,
    *,
    scale: float,
    threshold: int,
    average_values: bool = True,
) -> list[Cell]:
    """All cells of one indicator: the published ones plus derived ones, with suppression.

    * aggregates: for every year (and published span) the region, province and country as
      the sum of their municipalities' counts, or - for figures without counts - their
      weighted mean (unless ``average_values`` is false, e.g. for a class);
      a published aggregate is kept as it is.
    * pooled: every fixed block of ``periods`` (three years that never overlap another
      block) with counts in all its years, for every area.
    * suppression: ``kansrijk.disclosure.hierarchy`` over the area tree and each block;
      another pooled cell (imported) only where every year it covers is shown.
    """
    cells: dict[Key, Cell] = {cell.key: cell for cell in published}
    municipal = [c for c in published if c.area in geography.region_of]
    by_period: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in municipal:
        by_period[(cell.start, cell.end)].append(cell)

    def aggregate(area: str, start: int, end: int, members: list[Cell]) -> None:
        if all(m.has_counts for m in members):
            derived: Cell | None = _sum_cells(area, start, end, members, scale)
        elif average_values:
            derived = _weighted_cell(area, start, end, members)
        else:
            derived = None
        if derived is not None and (area, start, end) not in cells:
            cells[(area, start, end)] = derived

    for (start, end), members in sorted(by_period.items()):
        aggregate(COUNTRY, start, end, members)
        for mapping in (geography.region_of, geography.province_of):
            parts: dict[str, list[Cell]] = defaultdict(list)
            for member in members:
                parts[mapping[member.area]].append(member)
            for area, area_members in sorted(parts.items()):
                aggregate(area, start, end, area_members)

    yearly: dict[str, dict[int, Cell]] = defaultdict(dict)
    for cell in list(cells.values()):
        if cell.start == cell.end and cell.has_counts:
            yearly[cell.area][cell.start] = cell
    for area, years in yearly.items():
        for (first, last), in_block in periods.blocks(years).items():
            if len(in_block) == periods.BLOCK_YEARS and (area, first, last) not in cells:
                members = [years[year] for year in in_block]
                cells[(area, first, last)] = _sum_cells(area, first, last, members, scale)
    return _suppressed(cells, geography, threshold)


def _tree(geography: Geography) -> dict[str, str]:
    """Municipality -> GGD region -> province -> country (GGD regions lie within a province)."""
    parent_of: dict[str, str] = dict(geography.region_of)
    for municipality, region in geography.region_of.items():
        province = geography.province_of.get(municipality)
        if province is not None:
            parent_of.setdefault(region, province)
            parent_of[province] = COUNTRY
    return parent_of


def _count(cell: Cell) -> hierarchy.Count:
    return hierarchy.Count(cell.numerator or 0, cell.denominator or 0)


def _suppressed(cells: dict[Key, Cell], geography: Geography, threshold: int) -> list[Cell]:
    counted = {key: cell for key, cell in cells.items() if cell.has_counts}
    yearly = {(c.area, c.start): _count(c) for c in counted.values() if c.start == c.end}
    reasons = hierarchy.protect_tree(yearly, _tree(geography), threshold=threshold)
    result = []
    for key, cell in sorted(cells.items()):
        if key in counted:
            reason = reasons.get(key)
            if reason is None:
                reason = hierarchy.covering_reason(key, _count(cell), reasons, threshold)
            cell = replace(cell, suppression=reason)
        result.append(cell)
    return result
