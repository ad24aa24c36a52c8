"""The scoring rules of the questionnaire engine (pure, runs without Django)."""

from __future__ import annotations

import random
import statistics

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kansrijk.assessments.scoring import (
    DEFAULT_THRESHOLDS,
    FIVE_POINT,
    Flag,
    Movement,
    Scale,
    Summary,
    Thresholds,
    compare,
    distribution,
    interquartile_range,
    percentile_position,
    summarize_group,
    summarize_item,
)

scores_st = st.lists(st.integers(min_value=1, max_value=5), min_size=0, max_size=60)
shown_scores_st = st.lists(st.integers(min_value=1, max_value=5), min_size=3, max_size=60)


# --- one statement -------------------------------------------------------------------------


def test_a_statement_with_three_answers_shows_mean_spread_and_distribution() -> None:
    summary = summarize_item([4, 4, 5], unknown=1, not_applicable=2)
    assert summary.shown
    assert summary.mean == pytest.approx(13 / 3)
    assert summary.sd == pytest.approx(statistics.stdev([4, 4, 5]))
    assert summary.distribution == {1: 0, 2: 0, 3: 0, 4: 2, 5: 1}
    assert (summary.answers, summary.unknown, summary.not_applicable) == (3, 1, 2)


def test_a_statement_with_two_answers_is_suppressed_and_shows_no_scores() -> None:
    summary = summarize_item([1, 5], unknown=4)
    assert summary.suppressed
    assert summary.mean is None
    assert summary.sd is None
    assert summary.iqr is None
    assert summary.distribution == {}
    assert summary.flags == frozenset()
    assert summary.respondents == 2


def test_dont_know_and_not_applicable_never_count_as_respondents_with_a_score() -> None:
    summary = summarize_item([3, 3], unknown=10, not_applicable=10)
    assert summary.suppressed


def test_the_minimum_number_of_respondents_comes_from_the_thresholds() -> None:
    assert summarize_item([3] * 4, thresholds=Thresholds(min_respondents=5)).suppressed
    assert summarize_item([3] * 5, thresholds=Thresholds(min_respondents=5)).shown


def test_high_agreement_on_a_high_score_is_a_strong_point() -> None:
    assert summarize_item([4, 4, 5, 5, 4]).flags == {Flag.STRONG}


def test_a_low_mean_is_a_point_to_improve() -> None:
    assert summarize_item([2, 2, 3, 2]).flags == {Flag.IMPROVE}


def test_answers_on_both_sides_of_neutral_are_no_agreement() -> None:
    summary = summarize_item([1, 2, 4, 5, 5])
    assert Flag.NO_AGREEMENT in summary.flags
    assert summary.sd is not None and summary.sd >= DEFAULT_THRESHOLDS.disagreement_sd


def test_a_high_mean_without_agreement_is_not_called_a_strong_point() -> None:
    summary = summarize_item([5, 5, 5, 5, 5, 2, 2])
    assert summary.mean is not None and summary.mean >= 4.0
    assert summary.flags == {Flag.NO_AGREEMENT}


def test_a_low_mean_with_disagreement_is_both_flags() -> None:
    assert summarize_item([1, 1, 1, 4, 5]).flags == {Flag.IMPROVE, Flag.NO_AGREEMENT}


def test_a_neutral_agreed_statement_has_no_flag() -> None:
    assert summarize_item([3, 3, 4, 3]).flags == frozenset()


def test_the_interquartile_range_interpolates_like_numpy() -> None:
    # numpy.percentile([1, 2, 3, 4], [25, 75]) == [1.75, 3.25]
    assert interquartile_range([4, 1, 3, 2]) == pytest.approx(1.5)


def test_a_score_outside_the_scale_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        summarize_item([1, 2, 6])
    with pytest.raises(ValueError, match="outside"):
        summarize_item([0, 2, 3])


def test_a_score_that_is_not_a_whole_number_is_refused() -> None:
    with pytest.raises(TypeError):
        distribution([3.5])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        distribution([True])


def test_thresholds_that_contradict_each_other_are_refused() -> None:
    with pytest.raises(ValueError):
        Thresholds(improve_mean=4.5, strong_mean=4.0)
    with pytest.raises(ValueError):
        Thresholds(min_respondents=0)
    with pytest.raises(ValueError):
        Scale(3, 3)


# --- groups of statements ------------------------------------------------------------------


def test_a_group_weighs_every_respondent_equally() -> None:
    summary = summarize_group({"a": [5, 5, 5, 5], "b": [1], "c": [3, 3]})
    assert summary.mean == pytest.approx(3.0)
    assert summary.answers == 7
    assert summary.respondents == 3
    assert summary.distribution == {1: 1, 2: 0, 3: 2, 4: 0, 5: 4}


def test_a_group_spread_is_the_spread_between_respondents_not_between_statements() -> None:
    # Every respondent gives 1 to one statement and 5 to the other: they agree completely.
    summary = summarize_group({"a": [1, 5], "b": [1, 5], "c": [1, 5]})
    assert summary.sd == pytest.approx(0.0)
    assert Flag.NO_AGREEMENT not in summary.flags


def test_a_group_with_fewer_than_three_respondents_with_scores_is_suppressed() -> None:
    summary = summarize_group({"a": [5, 5], "b": [1, 2], "c": []})
    assert summary.suppressed
    assert summary.respondents == 2
    assert summary.mean is None


# --- round comparison ----------------------------------------------------------------------


def test_half_a_point_up_counts_as_moved_up() -> None:
    change = compare(summarize_item([3, 3, 3]), summarize_item([3, 4, 3, 4]))
    assert change.movement is Movement.UP
    assert change.delta == pytest.approx(0.5)


def test_a_small_change_counts_as_unchanged() -> None:
    change = compare(summarize_item([3, 3, 3, 3]), summarize_item([3, 3, 3, 4]))
    assert change.movement is Movement.UNCHANGED


def test_a_drop_counts_as_moved_down() -> None:
    change = compare(summarize_item([4, 4, 4]), summarize_item([2, 3, 3]))
    assert change.movement is Movement.DOWN


def test_a_statement_new_in_this_version_is_new() -> None:
    assert compare(None, summarize_item([4, 4, 4])).movement is Movement.NEW


def test_a_suppressed_side_cannot_be_compared() -> None:
    assert compare(summarize_item([1, 1]), summarize_item([4, 4, 4])).movement is (
        Movement.NOT_COMPARABLE
    )
    change = compare(summarize_item([1, 1, 1]), summarize_item([4, 4]))
    assert change.movement is Movement.NOT_COMPARABLE
    assert change.current is None


# --- benchmark -----------------------------------------------------------------------------


def test_no_benchmark_with_fewer_than_five_coalitions() -> None:
    assert percentile_position(3.0, [2.0, 3.5, 4.0]) is None


def test_the_benchmark_position_counts_the_others_below_and_half_the_ties() -> None:
    position = percentile_position(3.0, [2.0, 2.5, 3.0, 4.0])
    assert position is not None
    assert position.percentile == pytest.approx(100 * 2.5 / 4)
    assert position.groups == 5
    assert position.band == 3


def test_the_highest_coalition_is_in_the_top_band_and_the_lowest_in_the_bottom_band() -> None:
    top = percentile_position(5.0, [1.0, 2.0, 3.0, 4.0])
    bottom = percentile_position(0.5, [1.0, 2.0, 3.0, 4.0])
    assert top is not None and top.percentile == 100.0 and top.band == 4
    assert bottom is not None and bottom.percentile == 0.0 and bottom.band == 1


# --- properties ----------------------------------------------------------------------------


@given(shown_scores_st)
def test_the_mean_lies_within_the_scale_and_between_the_lowest_and_highest_score(
    scores: list[int],
) -> None:
    summary = summarize_item(scores)
    assert summary.mean is not None
    assert min(scores) - 1e-9 <= summary.mean <= max(scores) + 1e-9
    assert FIVE_POINT.minimum <= summary.mean <= FIVE_POINT.maximum


@given(scores_st)
def test_the_distribution_always_adds_up_to_the_number_of_answers(scores: list[int]) -> None:
    counts = distribution(scores)
    assert sum(counts.values()) == len(scores)
    assert list(counts) == [1, 2, 3, 4, 5]


@given(scores_st)
def test_fewer_than_three_scores_are_always_suppressed_and_three_or_more_never(
    scores: list[int],
) -> None:
    summary = summarize_item(scores)
    assert summary.suppressed == (len(scores) < 3)
    if summary.suppressed:
        assert summary.mean is None and summary.sd is None and not summary.distribution


@given(shown_scores_st, st.randoms())
def test_the_order_of_the_answers_does_not_change_the_result(
    scores: list[int], rnd: random.Random
) -> None:
    shuffled = list(scores)
    rnd.shuffle(shuffled)
    a, b = summarize_item(scores), summarize_item(shuffled)
    assert a.mean == pytest.approx(b.mean)
    assert a.sd == pytest.approx(b.sd)
    assert a.distribution == b.distribution
    assert a.flags == b.flags


@given(shown_scores_st)
def test_the_spread_is_never_negative_and_zero_only_when_everyone_agrees(
    scores: list[int],
) -> None:
    summary = summarize_item(scores)
    assert summary.sd is not None and summary.iqr is not None
    assert summary.sd >= 0 and summary.iqr >= 0
    assert (summary.sd == 0) == (len(set(scores)) == 1)


@given(shown_scores_st)
def test_strong_point_and_no_agreement_never_go_together(scores: list[int]) -> None:
    flags = summarize_item(scores).flags
    assert not {Flag.STRONG, Flag.NO_AGREEMENT} <= flags
    assert not {Flag.STRONG, Flag.IMPROVE} <= flags


@given(shown_scores_st, st.integers(min_value=0, max_value=3))
def test_adding_the_same_constant_to_every_score_keeps_the_spread(
    scores: list[int], shift: int
) -> None:
    assume(max(scores) + shift <= 5)
    a = summarize_item(scores)
    b = summarize_item([s + shift for s in scores])
    assert a.sd == pytest.approx(b.sd)
    assert b.mean == pytest.approx((a.mean or 0) + shift)


@given(
    st.dictionaries(
        st.integers(min_value=0, max_value=50),
        st.lists(st.integers(min_value=1, max_value=5), min_size=0, max_size=10),
        max_size=20,
    )
)
def test_a_group_is_shown_only_with_three_respondents_who_gave_a_score(
    by_respondent: dict[int, list[int]],
) -> None:
    summary = summarize_group(by_respondent)
    with_scores = sum(1 for scores in by_respondent.values() if scores)
    assert summary.respondents == with_scores
    assert summary.suppressed == (with_scores < 3)
    assert summary.answers == sum(len(v) for v in by_respondent.values())
    if summary.shown:
        assert summary.mean is not None and 1 <= summary.mean <= 5
        assert sum(summary.distribution.values()) == summary.answers


@given(shown_scores_st, shown_scores_st)
def test_comparing_two_rounds_either_way_gives_opposite_movements(
    first: list[int], second: list[int]
) -> None:
    a, b = summarize_item(first), summarize_item(second)
    forward, backward = compare(a, b), compare(b, a)
    opposite = {
        Movement.UP: Movement.DOWN,
        Movement.DOWN: Movement.UP,
        Movement.UNCHANGED: Movement.UNCHANGED,
    }
    assert backward.movement is opposite[forward.movement]
    assert forward.delta == pytest.approx(-(backward.delta or 0))


finite = st.floats(min_value=1, max_value=5, allow_nan=False)


@given(finite, st.lists(finite, min_size=0, max_size=40))
def test_the_benchmark_appears_only_from_five_coalitions_and_stays_between_0_and_100(
    value: float, others: list[float]
) -> None:
    position = percentile_position(value, others)
    if len(others) + 1 < 5:
        assert position is None
        return
    assert position is not None
    assert 0 <= position.percentile <= 100
    assert 1 <= position.band <= 4
    assert position.groups == len(others) + 1


@given(finite, finite, st.lists(finite, min_size=4, max_size=40))
def test_a_higher_mean_never_gives_a_lower_benchmark_position(
    low: float, high: float, others: list[float]
) -> None:
    assume(low <= high)
    a = percentile_position(low, others)
    b = percentile_position(high, others)
    assert a is not None and b is not None
    assert a.percentile <= b.percentile


def test_a_suppressed_summary_is_not_shown() -> None:
    summary = Summary(respondents=1, answers=1, unknown=0, not_applicable=0, suppressed=True)
    assert not summary.shown
