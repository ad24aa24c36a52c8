"""Published periods: single years and fixed pooled blocks of three years that never overlap.

Overlapping pools (2019-2021 next to 2020-2022) give a single year's difference
(2019 - 2022) by subtraction; fixed blocks do not. A block starts in a year ``y`` with
``y % BLOCK_YEARS == BLOCK_ANCHOR`` (2015-2017, 2018-2020, 2021-2023, 2024-2026), so a new
year of data never moves an existing block.
"""

from __future__ import annotations

from collections.abc import Iterable

BLOCK_YEARS = 3
BLOCK_ANCHOR = 2  # 2021 % 3 == 2: the block 2021-2023

Period = tuple[int, int]


def block_of(year: int) -> Period:
    """The block a year belongs to (whether or not all its years have data)."""
    start = year - (year - BLOCK_ANCHOR) % BLOCK_YEARS
    return start, start + BLOCK_YEARS - 1


def is_block(period: Period) -> bool:
    return block_of(period[0]) == period


def blocks(years: Iterable[int]) -> dict[Period, list[int]]:
    """The given years grouped by their block (a block may be incomplete)."""
    grouped: dict[Period, list[int]] = {}
    for year in sorted(set(years)):
        grouped.setdefault(block_of(year), []).append(year)
    return grouped
