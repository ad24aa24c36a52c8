"""Keeping the social map current (pure): stale entries, completeness and likely duplicates."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from .search.normalise import fold, similarity

STALE_AFTER_MONTHS = 12
DUPLICATE_THRESHOLD = 0.5
# The parts of a complete entry, in the order they are shown to the owner.
COMPLETENESS_PARTS = ("address", "phase", "risk_situations", "contact", "eligibility")

Key = TypeVar("Key", bound=Hashable)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the last day of the month where it does not exist)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for candidate_day in range(day.day, 27, -1):
        try:
            return date(year, month, candidate_day)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def is_stale(assured: date | None, today: date) -> bool:
    """An entry never verified, or last verified more than twelve months ago, is stale."""
    return assured is None or assured < months_before(today, STALE_AFTER_MONTHS)


@dataclass(frozen=True)
class Completeness:
    score: int  # percentage, 0-100
    missing: tuple[str, ...]

    @property
    def is_complete(self) -> bool:
        return not self.missing


def completeness(
    *, address: bool, phase: bool, risk_situations: bool, contact: bool, eligibility: bool
) -> Completeness:
    """How complete an entry is: each of the five parts counts equally."""
    present = {
        "address": address,
        "phase": phase,
        "risk_situations": risk_situations,
        "contact": contact,
        "eligibility": eligibility,
    }
    missing = tuple(part for part in COMPLETENESS_PARTS if not present[part])
    score = round(100 * (len(COMPLETENESS_PARTS) - len(missing)) / len(COMPLETENESS_PARTS))
    return Completeness(score=score, missing=missing)


def _comparable(name: str) -> str:
    return fold(name.replace("(fictief)", ""))


def likely_duplicates(
    name: str, candidates: Iterable[tuple[Key, str]], *, threshold: float = DUPLICATE_THRESHOLD
) -> list[Key]:
    """Keys of the candidates (same organisation) whose name is similar to `name`, most
    similar first."""
    wanted = _comparable(name)
    scored = []
    for key, candidate in candidates:
        score = similarity(wanted, _comparable(candidate))
        if score >= threshold:
            scored.append((score, key))
    scored.sort(key=lambda pair: -pair[0])
    return [key for _, key in scored]
