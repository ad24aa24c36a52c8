"""Complementary suppression over the area tree and the years of a pooled block (pure).

The published cells of an indicator are, for every area of the tree (municipality, GGD
region, province, country) and every block of ``periods``: each year, and the block's pool.
Every published number is a sum of the true (area, year) counts of the municipalities, so an
attacker can set up a linear system. Suppression per published sum ("no sum with exactly one
hidden member") does not hold against it; this module decides per *block* and per *area*:

* ``SHOWN``: the years and the pool are published;
* ``POOLED``: only the pool is published (a year of the block is small);
* ``HIDDEN``: nothing of the block is published (the pool is small, or there is no pool).

A count is *small* when the numerator or the denominator minus the numerator (the people
without the outcome) is below the threshold; both are counts of people.

Every small area ``n`` then needs a *partner*: walking up from ``n`` through ancestors that
are hidden at the same level, to the first ancestor ``a`` that is published at that level,
some other child of ``a`` must be hidden at that level along a path down to a *big*
municipality (every year of the block at least the threshold on both counts). The attacker
then cannot tell ``n`` from the partner: moving ``d`` people from the partner to ``n`` in one
year (and, when the pools are published, back in another year) leaves every published number
unchanged, for any ``d`` up to the partner's count. So each small count can lie anywhere from
0 to at least the threshold. Where ``a``'s other children hold no big municipality, ``a``
itself is hidden at that level and the walk goes on upwards.

Hiding more only widens what the attacker cannot exclude, so one pass over the small areas
is enough. ``kansrijk/indicators/tests/test_disclosure_attacker.py`` and
``tests/test_hierarchy.py`` check the promise with linear programming.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from kansrijk.disclosure.periods import BLOCK_YEARS, Period, blocks

SHOWN, POOLED, HIDDEN = 0, 1, 2
Reason = Literal["small_count", "derivable", ""]
Key = tuple[str, int, int]  # (area, first year, last year)


@dataclass(frozen=True)
class Count:
    """A numerator and its denominator (the numerator's people and the others are counted)."""

    numerator: int
    denominator: int

    def small(self, threshold: int) -> bool:
        return self.numerator < threshold or self.denominator - self.numerator < threshold

    def __add__(self, other: Count) -> Count:
        return Count(self.numerator + other.numerator, self.denominator + other.denominator)


def protect_tree(
    counts: Mapping[tuple[str, int], Count],
    parent_of: Mapping[str, str],
    *,
    threshold: int,
) -> dict[Key, Reason]:
    """Why each published cell is hidden ("" when shown).

    ``counts`` holds every (area, year) with counts, aggregates included (each the sum of its
    children); ``parent_of`` maps an area to the area it is part of. The result has every
    (area, year, year) of ``counts`` and every block pool (area, first, last) of an area that
    has all years of a complete block.
    """
    result: dict[Key, Reason] = {}
    for block, years in blocks(year for _area, year in counts).items():
        result.update(_Block(counts, parent_of, block, years, threshold).decide())
    return result


def covering_reason(
    key: Key, count: Count, reasons: Mapping[Key, Reason], threshold: int
) -> Reason:
    """A cell over other years than a block (an imported pool): shown only when it is not
    small and every year it covers is shown, so that it adds nothing to what is known."""
    if count.small(threshold):
        return "small_count"
    area, start, end = key
    years = [reasons.get((area, year, year)) for year in range(start, end + 1)]
    return "" if all(reason == "" for reason in years) else "derivable"


class _Block:
    def __init__(
        self,
        counts: Mapping[tuple[str, int], Count],
        parent_of: Mapping[str, str],
        block: Period,
        years: list[int],
        threshold: int,
    ) -> None:
        self.block = block
        self.years = years
        self.threshold = threshold
        complete = years == list(range(block[0], block[0] + BLOCK_YEARS))
        self.own: dict[str, dict[int, Count]] = {}
        for (area, year), count in counts.items():
            if year in years:
                self.own.setdefault(area, {})[year] = count
        self.pool: dict[str, Count] = {}
        for area, own in self.own.items():
            if complete and len(own) == len(years):
                self.pool[area] = sum(own.values(), Count(0, 0))
        self.parent: dict[str, str] = {}
        for area in self.own:
            ancestor = parent_of.get(area)
            while ancestor is not None and ancestor not in self.own:
                ancestor = parent_of.get(ancestor)
            if ancestor is not None:
                self.parent[area] = ancestor
        self.children: dict[str, list[str]] = {}
        for area, parent in sorted(self.parent.items()):
            self.children.setdefault(parent, []).append(area)
        self.primary = {area: self._primary(area) for area in self.own}
        self.status = dict(self.primary)

    def _primary(self, area: str) -> int:
        small_year = any(c.small(self.threshold) for c in self.own[area].values())
        pool = self.pool.get(area)
        if (pool is not None and pool.small(self.threshold)) or (small_year and pool is None):
            return HIDDEN
        return POOLED if small_year else SHOWN

    def _big(self, area: str) -> bool:
        own = self.own[area]
        return len(own) == len(self.years) and not any(
            c.small(self.threshold) for c in own.values()
        )

    def _leaves(self, area: str) -> list[str]:
        kids = self.children.get(area)
        if not kids:
            return [area]
        return [leaf for kid in kids for leaf in self._leaves(kid)]

    def _reaches_big(self, area: str, level: int) -> bool:
        if self.status[area] < level:
            return False
        kids = self.children.get(area)
        if not kids:
            return self._big(area)
        return any(self._reaches_big(kid, level) for kid in kids)

    def _partner_path(self, parent: str, child: str, level: int) -> list[str] | None:
        """The cheapest path from a sibling of ``child`` down to a big municipality."""
        best: tuple[tuple[int, int, str], list[str]] | None = None
        for sibling in self.children.get(parent, []):
            if sibling == child:
                continue
            for leaf in self._leaves(sibling):
                if not self._big(leaf):
                    continue
                path = [leaf]
                while path[-1] != sibling:
                    path.append(self.parent[path[-1]])
                raised = sum(self.status[p] < level for p in path)
                cost = (raised, sum(c.numerator for c in self.own[leaf].values()), leaf)
                if best is None or cost < best[0]:
                    best = (cost, path)
        return best[1] if best else None

    def _protect(self, area: str, level: int) -> None:
        child = area
        while (parent := self.parent.get(child)) is not None:
            if self.status[parent] >= level:
                child = parent  # hidden at this level too: the partner may sit higher up
                continue
            siblings = [s for s in self.children.get(parent, []) if s != child]
            if any(self._reaches_big(s, level) for s in siblings):
                return
            path = self._partner_path(parent, child, level)
            if path is not None:
                for node in path:
                    self.status[node] = max(self.status[node], level)
                return
            self.status[parent] = level  # no big partner below: hide the sum itself
            child = parent

    def decide(self) -> dict[Key, Reason]:
        order = sorted(self.own, key=lambda a: (-self.primary[a], a))
        for area in order:
            if self.primary[area] > SHOWN:
                self._protect(area, self.primary[area])
        result: dict[Key, Reason] = {}
        for area, own in self.own.items():
            status = self.status[area]
            for year, count in own.items():
                hidden = status >= POOLED
                result[(area, year, year)] = _reason(hidden, count.small(self.threshold))
            pool = self.pool.get(area)
            if pool is not None:
                small = pool.small(self.threshold)
                result[(area, *self.block)] = _reason(status == HIDDEN, small)
        return result


def _reason(hidden: bool, small: bool) -> Reason:
    if not hidden:
        return ""
    return "small_count" if small else "derivable"
