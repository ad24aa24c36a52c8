"""The results of one round, built from anonymous answer rows (pure, no Django).

`build_result` takes the structure of the questionnaire version the round used (parts,
themes, items, see `bank`), the answers as plain rows with an anonymous respondent number,
and optionally the result of the previous round. It returns the aggregates per statement,
theme and part with their flags, and the movement since the previous round, matched by the
*key* of each statement, theme and part, so rounds on different versions of the bank
compare wherever a statement kept its identity.

Nothing here knows who a respondent is; the rows carry only a number that differs per
response.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kansrijk.assessments.bank import BankItem, BankPart, BankTheme, Text
from kansrijk.assessments.scoring import (
    Change,
    Flag,
    Movement,
    Scale,
    Summary,
    Thresholds,
    compare,
    summarize_group,
    summarize_item,
)
from kansrijk.disclosure.aggregates import shown_members


class AnswerKind(StrEnum):
    SCORE = "score"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class AnswerRow:
    respondent: int
    item_key: str
    kind: AnswerKind
    score: int | None = None


@dataclass
class ItemResult:
    item: BankItem
    summary: Summary
    change: Change | None = None

    @property
    def key(self) -> str:
        return self.item.key


@dataclass
class ThemeResult:
    key: str
    title: Text
    summary: Summary
    items: list[ItemResult]
    change: Change | None = None


@dataclass
class PartResult:
    key: str
    title: Text
    summary: Summary
    themes: list[ThemeResult]
    change: Change | None = None

    @property
    def items(self) -> list[ItemResult]:
        return [item for theme in self.themes for item in theme.items]


@dataclass
class RoundResult:
    respondents: int
    min_respondents: int
    overall: Summary
    parts: list[PartResult]
    compared: bool = False
    change: Change | None = None
    _items: dict[str, ItemResult] = field(default_factory=dict, repr=False)

    @property
    def suppressed(self) -> bool:
        return self.respondents < self.min_respondents

    @property
    def items(self) -> list[ItemResult]:
        return [item for part in self.parts for item in part.items]

    @property
    def themes(self) -> list[ThemeResult]:
        return [theme for part in self.parts for theme in part.themes]

    def item(self, key: str) -> ItemResult | None:
        return self._items.get(key)

    def flagged(self, flag: Flag) -> list[ItemResult]:
        """Statements with a flag; the weakest first for improve, the widest spread first
        for no agreement, the highest first for strong points."""
        chosen = [i for i in self.items if flag in i.summary.flags]
        if flag is Flag.IMPROVE:
            return sorted(chosen, key=lambda i: (i.summary.mean or 0.0, i.key))
        if flag is Flag.NO_AGREEMENT:
            return sorted(chosen, key=lambda i: (-(i.summary.sd or 0.0), i.key))
        return sorted(chosen, key=lambda i: (-(i.summary.mean or 0.0), i.key))

    def moved(self) -> list[ItemResult]:
        """Statements whose mean moved meaningfully since the previous round."""
        moved = [
            i
            for i in self.items
            if i.change is not None and i.change.movement in {Movement.UP, Movement.DOWN}
        ]
        return sorted(
            moved, key=lambda i: (-abs((i.change.delta if i.change else 0.0) or 0.0), i.key)
        )


def _count(rows: Iterable[AnswerRow], kind: AnswerKind) -> int:
    return sum(1 for row in rows if row.kind is kind)


def _group_summary(rows: Sequence[AnswerRow], scale: Scale, thresholds: Thresholds) -> Summary:
    by_respondent: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row.kind is AnswerKind.SCORE and row.score is not None:
            by_respondent[row.respondent].append(row.score)
    return summarize_group(
        by_respondent,
        unknown=_count(rows, AnswerKind.UNKNOWN),
        not_applicable=_count(rows, AnswerKind.NOT_APPLICABLE),
        scale=scale,
        thresholds=thresholds,
    )


def _item_results(
    theme: BankTheme,
    rows_by_item: dict[str, list[AnswerRow]],
    scale: Scale,
    thresholds: Thresholds,
) -> list[ItemResult]:
    items = []
    for item in theme.items:
        rows = rows_by_item.get(item.key, [])
        scores = [r.score for r in rows if r.kind is AnswerKind.SCORE and r.score is not None]
        items.append(
            ItemResult(
                item=item,
                summary=summarize_item(
                    scores,
                    unknown=_count(rows, AnswerKind.UNKNOWN),
                    not_applicable=_count(rows, AnswerKind.NOT_APPLICABLE),
                    scale=scale,
                    thresholds=thresholds,
                ),
            )
        )
    return items


def build_result(
    parts: Sequence[BankPart],
    answers: Iterable[AnswerRow],
    *,
    scale: Scale,
    thresholds: Thresholds,
    previous: RoundResult | None = None,
) -> RoundResult:
    rows = list(answers)
    for row in rows:
        if row.kind is AnswerKind.SCORE:
            if row.score is None:
                raise ValueError("a score answer needs a score")
            scale.check(row.score)
    rows_by_item: dict[str, list[AnswerRow]] = defaultdict(list)
    for row in rows:
        rows_by_item[row.item_key].append(row)

    items = {
        theme.key: _item_results(theme, rows_by_item, scale, thresholds)
        for part in parts
        for theme in part.themes
    }
    # A theme, part or the whole never includes a hidden statement's answers (ADR 0013).
    hidden = {i.key for found in items.values() for i in found if i.summary.suppressed}
    shown_rows = shown_members(rows_by_item, hidden)

    def group(keys: Iterable[str]) -> Summary:
        return _group_summary(
            [row for key in keys for row in shown_rows.get(key, [])], scale, thresholds
        )

    part_results = []
    for part in parts:
        themes = [
            ThemeResult(
                key=t.key,
                title=t.title,
                summary=group(i.key for i in t.items),
                items=items[t.key],
            )
            for t in part.themes
        ]
        part_results.append(
            PartResult(
                key=part.key,
                title=part.title,
                summary=group(item.key for item in part.items),
                themes=themes,
            )
        )
    known = {item.key for part in parts for item in part.items}
    result = RoundResult(
        respondents=len({row.respondent for row in rows if row.item_key in known}),
        min_respondents=thresholds.min_respondents,
        overall=group(known),
        parts=part_results,
    )
    result._items = {item.key: item for item in result.items}
    if previous is not None:
        _attach_changes(result, previous, thresholds)
    return result


def _attach_changes(result: RoundResult, previous: RoundResult, thresholds: Thresholds) -> None:
    result.compared = True
    result.change = compare(previous.overall, result.overall, thresholds)
    old_parts = {p.key: p for p in previous.parts}
    old_themes = {t.key: t for t in previous.themes}
    for part in result.parts:
        old_part = old_parts.get(part.key)
        part.change = compare(old_part.summary if old_part else None, part.summary, thresholds)
        for theme in part.themes:
            old_theme = old_themes.get(theme.key)
            theme.change = compare(
                old_theme.summary if old_theme else None, theme.summary, thresholds
            )
            for item in theme.items:
                old_item = previous.item(item.key)
                item.change = compare(
                    old_item.summary if old_item else None, item.summary, thresholds
                )
