"""The pure parts of early signalling: suppression, quarters, codes and the home-visit criteria."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kansrijk.signalling import codes
from kansrijk.signalling.criteria import Criteria, home_visit_verdict
from kansrijk.signalling.statistics import (
    count_per_key_and_quarter,
    quarter_of,
    shown,
    suppress_table,
)

DOMAINS = ["family", "money", "mind", "safety", "housing"]


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=50))
def test_a_count_is_shown_to_others_only_when_it_is_zero_or_reaches_the_threshold(
    count: int, threshold: int
) -> None:
    result = shown(count, threshold=threshold)
    assert result.suppressed == (0 < count < threshold)
    if not result.suppressed:
        assert result.value == count


@given(st.integers(min_value=0, max_value=10_000))
def test_the_owner_of_the_data_always_sees_the_count(count: int) -> None:
    assert shown(count, threshold=10, owner=True).value == count


def test_nine_is_suppressed_and_ten_is_shown_in_a_table() -> None:
    table = suppress_table({"money": 9, "mind": 10, "safety": 0}, threshold=10)
    assert [table[k].value for k in ("money", "mind", "safety")] == [None, 10, 0]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_lies_in_the_quarter_of_its_month(day: date) -> None:
    year, quarter = quarter_of(day)
    assert year == day.year
    assert (quarter - 1) * 3 < day.month <= quarter * 3


def test_signals_are_counted_per_domain_and_quarter() -> None:
    table = count_per_key_and_quarter(
        [
            (date(2026, 1, 1), ["money", "mind"]),
            (date(2026, 3, 1), ["money"]),
            (date(2026, 4, 1), ["safety"]),
        ]
    )
    assert table == {(2026, 1): {"money": 2, "mind": 1}, (2026, 2): {"safety": 1}}


def test_a_new_code_has_eight_unambiguous_characters_around_one_dash() -> None:
    code = codes.new_code()
    assert len(code) == 9 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(codes.ALPHABET)
    assert not set("IO01") & set(code)


def test_a_typed_code_is_normalised_to_the_stored_form() -> None:
    assert codes.normalise(" abcd efgh ") == "ABCD-EFGH"
    assert codes.normalise("abcd-efg") == "ABCDEFG"


def test_two_thousand_codes_do_not_repeat() -> None:
    assert len({codes.new_code() for _ in range(2000)}) == 2000


CRITERIA = Criteria(
    trigger_domains=frozenset({"money", "mind", "safety"}), minimum_domains=2, minimum_grade_rank=20
)


def test_two_trigger_domains_meet_the_criteria() -> None:
    verdict = home_visit_verdict(CRITERIA, marked_domains=["money", "mind"], grade_rank=None)
    assert verdict.met and verdict.matching_domains == ("mind", "money")
    assert not verdict.by_grade


def test_one_trigger_domain_and_a_low_grade_do_not_meet_the_criteria() -> None:
    verdict = home_visit_verdict(CRITERIA, marked_domains=["money", "housing"], grade_rank=10)
    assert not verdict.met


def test_the_grade_vulnerable_meets_the_criteria_on_its_own() -> None:
    verdict = home_visit_verdict(CRITERIA, marked_domains=[], grade_rank=20)
    assert verdict.met and verdict.by_grade


@given(st.sets(st.sampled_from(DOMAINS)), st.none() | st.sampled_from([10, 20, 30]))
def test_marking_more_never_withdraws_the_advice(marked: set[str], grade: int | None) -> None:
    before = home_visit_verdict(CRITERIA, marked_domains=marked, grade_rank=grade)
    after = home_visit_verdict(CRITERIA, marked_domains=marked | {"safety"}, grade_rank=30)
    assert after.met or not before.met
