from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansrijk.monitoring.progress import GoalStatus, Point, goal_progress

START = date(2024, 1, 1)
END = date(2026, 1, 1)


def _status(value: str, on: date, today: date | None = None, target: str = "80") -> GoalStatus:
    return goal_progress(
        baseline=Decimal("60"),
        baseline_date=START,
        target=Decimal(target),
        deadline=END,
        points=[Point(on, Decimal(value))],
        today=today or on,
    ).status


def test_a_goal_without_measurements_has_no_status_until_its_deadline_passes() -> None:
    kwargs = {
        "baseline": Decimal(1),
        "baseline_date": START,
        "target": Decimal(2),
        "deadline": END,
        "points": [],
    }
    assert goal_progress(**kwargs, today=START).status == GoalStatus.NO_DATA  # type: ignore[arg-type]
    assert goal_progress(**kwargs, today=END + timedelta(days=1)).status == GoalStatus.BEHIND  # type: ignore[arg-type]


def test_half_way_in_time_and_more_than_half_way_in_value_is_on_track() -> None:
    assert _status("71", date(2025, 1, 1)) == GoalStatus.ON_TRACK
    assert _status("65", date(2025, 1, 1)) == GoalStatus.BEHIND


def test_a_goal_that_should_go_down_is_reached_when_the_value_falls_to_the_target() -> None:
    assert _status("40", date(2025, 1, 1), target="40") == GoalStatus.REACHED
    assert _status("55", date(2025, 1, 1), target="40") == GoalStatus.BEHIND
    assert _status("45", date(2025, 1, 1), target="40") == GoalStatus.ON_TRACK


def test_a_goal_past_its_deadline_that_is_not_reached_is_behind() -> None:
    assert _status("79", date(2025, 12, 1), today=date(2026, 2, 1)) == GoalStatus.BEHIND


def test_the_newest_measurement_counts() -> None:
    progress = goal_progress(
        baseline=Decimal(60),
        baseline_date=START,
        target=Decimal(80),
        deadline=END,
        points=[Point(date(2025, 6, 1), Decimal(90)), Point(date(2024, 6, 1), Decimal(61))],
        today=date(2025, 6, 1),
    )
    assert progress.status == GoalStatus.REACHED
    assert progress.latest == Point(date(2025, 6, 1), Decimal(90))


values = st.integers(min_value=-10000, max_value=10000).map(lambda i: Decimal(i) / 10)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(baseline=values, target=values, value=values, days=st.integers(0, 2000))
def test_a_value_at_or_beyond_the_target_is_always_reached(
    baseline: Decimal, target: Decimal, value: Decimal, days: int
) -> None:
    beyond = value >= target if target >= baseline else value <= target
    progress = goal_progress(
        baseline=baseline,
        baseline_date=START,
        target=target,
        deadline=END,
        points=[Point(START + timedelta(days=days), value)],
        today=START + timedelta(days=days),
    )
    assert (progress.status == GoalStatus.REACHED) == beyond


@settings(deadline=None)
@given(early=st.integers(0, 700), late=st.integers(0, 700))
def test_the_same_value_measured_later_is_never_better_on_the_way(early: int, late: int) -> None:
    first, second = sorted((early, late))
    rank = {GoalStatus.BEHIND: 0, GoalStatus.ON_TRACK: 1, GoalStatus.REACHED: 2}
    a = _status("70", START + timedelta(days=first))
    b = _status("70", START + timedelta(days=second))
    assert rank[b] <= rank[a]
