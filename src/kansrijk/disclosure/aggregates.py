"""Numbers made from other published numbers: shown only where they add nothing hidden.

* A *total* of several published cells (a coalition's municipalities summed, a
  questionnaire theme over its statements) is shown only when none of its members is hidden
  and the total itself is not small: a total over a hidden member is a new equation that
  the members' suppression never took into account.
* A *copy* of another output (a goal's measurement taken from the startfoto or the signal
  counts) is shown only while that output itself may be shown to the same reader.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TypeVar

from kansrijk.disclosure.hierarchy import Count

V = TypeVar("V")


def total_hidden(members_hidden: Iterable[bool], total: Count, *, threshold: int) -> bool:
    return any(members_hidden) or total.small(threshold)


def copied(value: V | None, *, source_hidden: bool, owner: bool) -> V | None:
    """``value`` as a reader may see it, when it stands for (or beside) a source's figure."""
    if owner or not source_hidden:
        return value
    return None


K = TypeVar("K")


def shown_members(members: Mapping[K, V], hidden: Collection[K]) -> dict[K, V]:
    """The members a total may include: never a hidden member's data (a questionnaire
    theme's distribution minus its visible statements would otherwise be the hidden one)."""
    return {key: value for key, value in members.items() if key not in hidden}
