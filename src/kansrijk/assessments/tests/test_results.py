"""Results of a round from anonymous answer rows (pure, runs without Django)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kansrijk.assessments.bank import BankItem, BankPart, BankTheme, Text
from kansrijk.assessments.results import AnswerKind, AnswerRow, build_result
from kansrijk.assessments.scoring import FIVE_POINT, Flag, Movement, Thresholds

T = Thresholds()


def _item(key: str) -> BankItem:
    return BankItem(key=key, text=Text(nl=key, en=key), step=1, instrument="coalitions")


def _parts(*theme_items: tuple[str, str, list[str]]) -> list[BankPart]:
    parts: dict[str, list[BankTheme]] = {}
    for part, theme, items in theme_items:
        parts.setdefault(part, []).append(
            BankTheme(key=theme, title=Text(theme, theme), items=tuple(_item(i) for i in items))
        )
    return [BankPart(key=k, title=Text(k, k), themes=tuple(v)) for k, v in parts.items()]


PARTS = _parts(("p1", "t1", ["a", "b"]), ("p1", "t2", ["c"]), ("p2", "t3", ["d"]))


def _scores(item: str, *scores: int, first: int = 1) -> list[AnswerRow]:
    return [
        AnswerRow(respondent=first + n, item_key=item, kind=AnswerKind.SCORE, score=s)
        for n, s in enumerate(scores)
    ]


def test_each_statement_theme_and_part_gets_its_own_summary() -> None:
    rows = _scores("a", 4, 4, 5) + _scores("b", 2, 2, 2) + _scores("c", 1, 5, 3)
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    assert result.respondents == 3
    assert result.item("a").summary.flags == {Flag.STRONG}  # type: ignore[union-attr]
    assert result.item("b").summary.flags == {Flag.IMPROVE}  # type: ignore[union-attr]
    assert result.item("c").summary.flags == {Flag.NO_AGREEMENT}  # type: ignore[union-attr]
    assert result.item("d").summary.suppressed  # type: ignore[union-attr]
    theme = result.parts[0].themes[0]
    # every respondent's own mean over a and b: 3, 3 and 3.5
    assert theme.summary.mean == pytest.approx((3 + 3 + 3.5) / 3)
    assert result.parts[1].summary.suppressed


def test_a_round_with_two_respondents_shows_nothing_but_the_count() -> None:
    rows = _scores("a", 1, 5) + _scores("b", 2, 4) + _scores("c", 3, 3) + _scores("d", 1, 1)
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    assert result.suppressed
    assert result.respondents == 2
    assert all(item.summary.mean is None for item in result.items)
    assert all(theme.summary.mean is None for theme in result.themes)
    assert result.overall.mean is None


def test_dont_know_counts_as_an_answer_but_not_as_a_score() -> None:
    rows = [
        *_scores("a", 3, 3, 3),
        AnswerRow(respondent=9, item_key="a", kind=AnswerKind.UNKNOWN),
        AnswerRow(respondent=9, item_key="b", kind=AnswerKind.NOT_APPLICABLE),
    ]
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    a = result.item("a")
    assert a is not None and a.summary.unknown == 1 and a.summary.answers == 3
    assert result.respondents == 4


def test_the_comparison_matches_statements_by_key_across_versions() -> None:
    before = build_result(
        _parts(("p1", "t1", ["a", "old"])),
        _scores("a", 2, 2, 3) + _scores("old", 4, 4, 4),
        scale=FIVE_POINT,
        thresholds=T,
    )
    after = build_result(
        _parts(("p1", "t1", ["a", "new"])),
        _scores("a", 4, 4, 3) + _scores("new", 4, 4, 4),
        scale=FIVE_POINT,
        thresholds=T,
        previous=before,
    )
    a, new = after.item("a"), after.item("new")
    assert a is not None and a.change is not None and a.change.movement is Movement.UP
    assert new is not None and new.change is not None and new.change.movement is Movement.NEW
    assert [i.key for i in after.moved()] == ["a"]


def test_flagged_lists_put_the_most_urgent_statement_first() -> None:
    rows = _scores("a", 1, 2, 2) + _scores("b", 2, 3, 2) + _scores("c", 1, 4, 1)
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    assert [i.key for i in result.flagged(Flag.IMPROVE)] == ["a", "c", "b"]


def test_a_score_row_without_a_score_is_refused() -> None:
    with pytest.raises(ValueError):
        build_result(
            PARTS, [AnswerRow(1, "a", AnswerKind.SCORE, None)], scale=FIVE_POINT, thresholds=T
        )


rows_st = st.lists(
    st.builds(
        AnswerRow,
        respondent=st.integers(min_value=1, max_value=8),
        item_key=st.sampled_from(["a", "b", "c", "d"]),
        kind=st.just(AnswerKind.SCORE),
        score=st.integers(min_value=1, max_value=5),
    ),
    max_size=40,
    unique_by=lambda r: (r.respondent, r.item_key),
)


@given(rows_st)
def test_no_aggregate_is_ever_shown_for_fewer_than_three_respondents(
    rows: list[AnswerRow],
) -> None:
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    summaries = (
        [result.overall]
        + [p.summary for p in result.parts]
        + [t.summary for t in result.themes]
        + [i.summary for i in result.items]
    )
    for summary in summaries:
        if summary.respondents < 3:
            assert summary.suppressed and summary.mean is None and not summary.distribution
        else:
            assert summary.shown


def _minus(total: dict[int, int], parts: list[dict[int, int]]) -> dict[int, int]:
    left = dict(total)
    for part in parts:
        for point, count in part.items():
            left[point] = left.get(point, 0) - count
    return {point: count for point, count in left.items() if count}


def test_a_theme_never_includes_the_answers_of_a_hidden_statement() -> None:
    """The attacker subtracts the visible statements from the theme's distribution: what is
    left must not be the answers of the statement hidden for having two respondents."""
    rows = _scores("a", 4, 4, 5) + _scores("b", 1, 1)
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    assert result.item("b").summary.suppressed  # type: ignore[union-attr]
    theme = result.parts[0].themes[0]
    assert theme.summary.shown
    visible = [dict(result.item("a").summary.distribution)]  # type: ignore[union-attr]
    assert _minus(dict(theme.summary.distribution), visible) == {}
    assert theme.summary.answers == 3
    assert _minus(dict(result.overall.distribution), visible) == {}
    assert _minus(dict(result.parts[0].summary.distribution), visible) == {}


@given(rows_st)
def test_every_shown_aggregate_is_the_sum_of_its_shown_statements_only(
    rows: list[AnswerRow],
) -> None:
    result = build_result(PARTS, rows, scale=FIVE_POINT, thresholds=T)
    groups = [(result.overall, result.items)] + [(p.summary, p.items) for p in result.parts]
    groups += [(t.summary, t.items) for t in result.themes]
    for summary, items in groups:
        if summary.suppressed:
            continue
        shown = [i.summary for i in items if i.summary.shown]
        assert _minus(dict(summary.distribution), [dict(s.distribution) for s in shown]) == {}
        assert summary.answers == sum(s.answers for s in shown)
