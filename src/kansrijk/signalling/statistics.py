"""Counts that others see are suppressed below the small-count threshold (pure code)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ShownCount:
    """A count as shown: ``value`` is None when it is suppressed."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None


def shown(count: int, *, threshold: int, owner: bool = False) -> ShownCount:
    """The count itself for the data's owner; for others only when it reaches the threshold.

    Zero is shown: it reveals nothing about a person.
    """
    if owner or count == 0 or count >= threshold:
        return ShownCount(count)
    return ShownCount(None)


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def count_per_key_and_quarter(
    items: Iterable[tuple[date, Iterable[str]]],
) -> dict[tuple[int, int], dict[str, int]]:
    """Per quarter, how often each key (a life domain) occurs among the items."""
    table: dict[tuple[int, int], dict[str, int]] = {}
    for month, keys in items:
        row = table.setdefault(quarter_of(month), {})
        for key in keys:
            row[key] = row.get(key, 0) + 1
    return table


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def suppress_table(
    table: Mapping[str, int], *, threshold: int, owner: bool = False
) -> dict[str, ShownCount]:
    return {key: shown(value, threshold=threshold, owner=owner) for key, value in table.items()}
