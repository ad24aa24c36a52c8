"""The plain status of a goal: reached, on track, behind, or not yet measured.

Pure: no Django. A goal moves from its baseline (at the baseline date) to its target (at
the deadline). It is *reached* when the newest measurement is at or past the target; *on
track* when the newest measurement has covered at least the share of the way that the
share of the time elapsed at that measurement asks (a straight line from baseline to
target); *behind* otherwise, and always once the deadline has passed without reaching the
target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class GoalStatus(StrEnum):
    NO_DATA = "no_data"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    REACHED = "reached"


@dataclass(frozen=True)
class Point:
    on: date
    value: Decimal


@dataclass(frozen=True)
class Progress:
    status: GoalStatus
    latest: Point | None
    share_done: float | None  # share of the way from baseline to target, 0..1 (may exceed)
    share_expected: float | None  # share of the time elapsed at the latest measurement


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 1.0


def goal_progress(
    *,
    baseline: Decimal,
    baseline_date: date,
    target: Decimal,
    deadline: date,
    points: Sequence[Point],
    today: date,
) -> Progress:
    if not points:
        status = GoalStatus.BEHIND if today > deadline else GoalStatus.NO_DATA
        return Progress(status, None, None, None)
    latest = max(points, key=lambda p: p.on)
    upward = target >= baseline
    reached = latest.value >= target if upward else latest.value <= target
    done = _share(float(latest.value - baseline), float(target - baseline))
    total_days = (deadline - baseline_date).days
    elapsed = min(max((latest.on - baseline_date).days, 0), max(total_days, 0))
    expected = _share(elapsed, total_days) if total_days > 0 else 1.0
    if reached:
        status = GoalStatus.REACHED
    elif today > deadline or done < expected:
        status = GoalStatus.BEHIND
    else:
        status = GoalStatus.ON_TRACK
    return Progress(status, latest, done, expected)
