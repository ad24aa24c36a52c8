"""Stale entries, completeness, duplicates and the timeline layout (pure, no Django)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kansrijk.socialmap.quality import (
    completeness,
    is_stale,
    likely_duplicates,
    months_before,
)
from kansrijk.socialmap.timeline import PHASES, Item, Moment, build_timeline, position


def test_an_entry_verified_thirteen_months_ago_is_stale() -> None:
    assert is_stale(date(2025, 10, 1), today=date(2026, 11, 2))


def test_an_entry_verified_eleven_months_ago_is_not_stale() -> None:
    assert not is_stale(date(2025, 12, 20), today=date(2026, 11, 2))


def test_an_entry_never_verified_is_stale() -> None:
    assert is_stale(None, today=date(2026, 11, 2))


def test_twelve_months_before_a_leap_day_is_the_end_of_february() -> None:
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)


@given(st.dates(min_value=date(2001, 1, 1)), st.integers(min_value=0, max_value=48))
def test_months_before_never_moves_forward(day: date, months: int) -> None:
    assert months_before(day, months) <= day


def test_a_complete_entry_scores_one_hundred() -> None:
    result = completeness(
        address=True, phase=True, risk_situations=True, contact=True, eligibility=True
    )
    assert result.score == 100 and result.is_complete


def test_an_entry_without_address_and_eligibility_names_both_as_missing() -> None:
    result = completeness(
        address=False, phase=True, risk_situations=True, contact=True, eligibility=False
    )
    assert result.score == 60
    assert result.missing == ("address", "eligibility")


def test_a_similar_name_in_the_same_organisation_is_a_likely_duplicate() -> None:
    existing = [(1, "Budgetcoaching (fictief)"), (2, "Schuldhulpverlening voor zwangeren")]
    assert likely_duplicates("Schuldhulpverlening zwangeren", existing) == [2]
    assert likely_duplicates("Taalhuis", existing) == []


def moment(month: float, phase: str) -> Moment:
    return Moment(key=f"m{month}", label="moment", month=month, phase=phase)


def test_the_route_starts_before_pregnancy_and_ends_at_age_two() -> None:
    assert position(-15) == 0.0
    assert position(24) == 1.0
    assert position(0) == 0.5


@given(st.floats(min_value=-15, max_value=24), st.floats(min_value=-15, max_value=24))
def test_later_months_are_never_further_left(first: float, second: float) -> None:
    if first <= second:
        assert position(first) <= position(second)


def test_services_in_different_phases_share_a_row_and_overlapping_ones_do_not() -> None:
    items = [
        Item("a", "Voor de zwangerschap", "social", ("before_pregnancy",)),
        Item("b", "Na de geboorte", "social", ("after_birth", "first_two_years")),
        Item("c", "De hele route", "social", PHASES),
        Item("d", "Maatje", "informal", ("during_pregnancy",)),
    ]
    timeline = build_timeline(
        [moment(-8, "during_pregnancy")], items, ["medical", "social", "informal"]
    )
    medical, social, informal = timeline.lanes
    assert medical.rows == 0
    rows = {bar.item.key: bar.row for bar in social.bars}
    assert rows["a"] == rows["b"] != rows["c"]
    assert social.rows == 2 and informal.rows == 1
    assert {item.key for item in timeline.items_in("after_birth")} == {"b", "c"}
