"""Reads of the assessments app. Results only ever leave here aggregated.

Anonymity rules, applied here and nowhere else:
- results (aggregates, comments, benchmark) exist only for a *closed* round; while a round
  is open the coalition sees only how many have answered, so nobody can watch the means
  move when one partner submits;
- no aggregate for fewer than the questionnaire's minimum respondents (3), see `scoring`;
- comments come without names, links or times, sorted alphabetically per statement;
- the benchmark shows only the coalition's own position, from 5 coalitions with a closed
  round on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml
from django.core.cache import cache
from django.db.models import Count, Q, QuerySet

from kansrijk.assessments.bank import BankItem, BankPart, BankTheme, Text
from kansrijk.assessments.models import (
    Answer,
    InvitationLink,
    Item,
    Part,
    Questionnaire,
    QuestionnaireVersion,
    Round,
)
from kansrijk.assessments.results import AnswerKind as RowKind
from kansrijk.assessments.results import AnswerRow, RoundResult, build_result
from kansrijk.assessments.scoring import Position, percentile_position

if TYPE_CHECKING:
    from kansrijk.coalitions.models import Coalition

ANALYSETOOL = "analysetool"


def questionnaire_get(key: str = ANALYSETOOL) -> Questionnaire | None:
    return Questionnaire.objects.filter(key=key).first()


def version_latest(questionnaire: Questionnaire) -> QuestionnaireVersion | None:
    return questionnaire.versions.order_by("-number").first()


def version_items(version: QuestionnaireVersion) -> QuerySet[Item]:
    return version.items.select_related("theme", "theme__part", "instrument").order_by("position")


def version_parts(version: QuestionnaireVersion) -> list[Part]:
    """Parts with their themes and items prefetched, in order."""
    return list(version.parts.prefetch_related("themes__items__instrument").order_by("position"))


def version_structure(version: QuestionnaireVersion) -> tuple[BankPart, ...]:
    """The version as plain parts/themes/items, the input of `results.build_result`."""
    return tuple(
        BankPart(
            key=part.key,
            title=Text(part.title, part.title_en),
            themes=tuple(
                BankTheme(
                    key=theme.key,
                    title=Text(theme.title, theme.title_en),
                    items=tuple(
                        BankItem(
                            key=item.key,
                            text=Text(item.text, item.text_en),
                            step=item.step,
                            instrument=item.instrument.key,
                        )
                        for item in theme.items.all()
                    ),
                )
                for theme in part.themes.all()
            ),
        )
        for part in version_parts(version)
    )


def coalition_rounds(coalition: Coalition, questionnaire: Questionnaire) -> QuerySet[Round]:
    return (
        Round.objects.filter(coalition=coalition, questionnaire=questionnaire)
        .select_related("version")
        .annotate(
            respondent_count=Count(
                "responses", filter=Q(responses__answers__isnull=False), distinct=True
            )
        )
        .order_by("-opened_at", "-pk")
    )


def round_open_for(coalition: Coalition, questionnaire: Questionnaire) -> Round | None:
    return Round.objects.filter(
        coalition=coalition, questionnaire=questionnaire, closed_at__isnull=True
    ).first()


def round_respondent_count(assessment_round: Round) -> int:
    """How many have given at least one answer (shown while the round is open)."""
    return assessment_round.responses.filter(answers__isnull=False).distinct().count()


def round_links(assessment_round: Round) -> QuerySet[InvitationLink]:
    return assessment_round.links.order_by("created_at", "pk")


def round_answer_rows(assessment_round: Round) -> list[AnswerRow]:
    """Every answer as an anonymous row; the respondent number never leaves the server."""
    rows = Answer.objects.filter(response__round=assessment_round).values_list(
        "response_id", "item__key", "kind", "score"
    )
    return [
        AnswerRow(respondent=response_id, item_key=key, kind=RowKind(kind), score=score)
        for response_id, key, kind, score in rows
    ]


def round_previous(assessment_round: Round) -> Round | None:
    """The coalition's closed round of the same questionnaire before this one."""
    return (
        Round.objects.filter(
            coalition_id=assessment_round.coalition_id,
            questionnaire_id=assessment_round.questionnaire_id,
            closed_at__isnull=False,
            opened_at__lt=assessment_round.opened_at,
        )
        .order_by("-opened_at", "-pk")
        .first()
    )


def _build(assessment_round: Round, previous: RoundResult | None) -> RoundResult:
    questionnaire = assessment_round.questionnaire
    return build_result(
        version_structure(assessment_round.version),
        round_answer_rows(assessment_round),
        scale=questionnaire.scale,
        thresholds=questionnaire.thresholds,
        previous=previous,
    )


def round_result(assessment_round: Round, *, compare: bool = True) -> RoundResult | None:
    """The aggregated results of a closed round (None while it is open)."""
    if assessment_round.is_open:
        return None
    previous_round = round_previous(assessment_round) if compare else None
    previous = _build(previous_round, None) if previous_round is not None else None
    return _build(assessment_round, previous)


def round_comments(assessment_round: Round) -> dict[str, list[str]]:
    """Comments per statement key, without names, sorted; none for an open or small round."""
    if assessment_round.is_open:
        return {}
    if round_respondent_count(assessment_round) < assessment_round.questionnaire.min_respondents:
        return {}
    comments: dict[str, list[str]] = defaultdict(list)
    for key, comment in (
        Answer.objects.filter(response__round=assessment_round)
        .exclude(comment="")
        .values_list("item__key", "comment")
    ):
        comments[key].append(comment)
    return {key: sorted(texts, key=str.casefold) for key, texts in comments.items()}


@dataclass(frozen=True)
class Benchmark:
    """The coalition's position among all coalitions with a closed round; no names."""

    coalitions: int
    minimum: int
    overall: Position | None
    parts: dict[str, Position | None]

    @property
    def available(self) -> bool:
        return self.overall is not None


def _latest_closed_rounds(questionnaire: Questionnaire) -> list[Round]:
    latest: dict[int, Round] = {}
    for candidate in (
        Round.objects.filter(questionnaire=questionnaire, closed_at__isnull=False)
        .select_related("questionnaire", "version")
        .order_by("coalition_id", "-opened_at", "-pk")
    ):
        latest.setdefault(candidate.coalition_id, candidate)
    return list(latest.values())


def _closed_round_means(assessment_round: Round) -> tuple[float, dict[str, float]] | None:
    """Overall and per-part means of a closed round, None when suppressed. Cached: a closed
    round's answers cannot change; the key includes the answer count and the minimum."""
    closed = assessment_round.closed_at.isoformat() if assessment_round.closed_at else ""
    count = Answer.objects.filter(response__round=assessment_round).count()
    minimum = assessment_round.questionnaire.min_respondents
    key = f"assessments:means:{assessment_round.pk}:{closed}:{count}:{minimum}"
    cached = cache.get(key)
    if cached is not None:
        return None if cached == "suppressed" else cached
    result = _build(assessment_round, None)
    if result.suppressed or result.overall.mean is None:
        cache.set(key, "suppressed", 60 * 60 * 24)
        return None
    means = (
        result.overall.mean,
        {p.key: p.summary.mean for p in result.parts if p.summary.mean is not None},
    )
    cache.set(key, means, 60 * 60 * 24)
    return means


def latest_closed_mean(
    coalition: Coalition, *, questionnaire_key: str = ANALYSETOOL, part: str = ""
) -> tuple[Round, float | None] | None:
    """The coalition's latest closed round of the questionnaire with its mean score (overall,
    or of one part key); the mean is None when too few answered. None without a closed round.
    Read by the monitoring app (a goal's current value)."""
    latest = (
        Round.objects.filter(
            coalition=coalition, questionnaire__key=questionnaire_key, closed_at__isnull=False
        )
        .select_related("questionnaire", "version")
        .order_by("-closed_at", "-pk")
        .first()
    )
    if latest is None:
        return None
    means = _closed_round_means(latest)
    if means is None:
        return latest, None
    overall, parts = means
    return latest, (parts.get(part) if part else overall)


def round_benchmark(assessment_round: Round) -> Benchmark:
    """Where this round stands against the latest closed round of every other coalition.

    Only rounds with enough respondents take part, so a benchmark never rests on a round
    whose results are themselves suppressed.
    """
    questionnaire = assessment_round.questionnaire
    thresholds = questionnaire.thresholds
    own = round_result(assessment_round, compare=False)
    if own is None or own.suppressed or own.overall.mean is None:
        return Benchmark(0, thresholds.benchmark_min_groups, None, {})
    others_overall: list[float] = []
    others_parts: dict[str, list[float]] = defaultdict(list)
    for other in _latest_closed_rounds(questionnaire):
        if other.coalition_id == assessment_round.coalition_id:
            continue
        means = _closed_round_means(other)
        if means is None:
            continue
        overall, part_means = means
        others_overall.append(overall)
        for key, value in part_means.items():
            others_parts[key].append(value)
    parts: dict[str, Position | None] = {}
    for part in own.parts:
        parts[part.key] = (
            percentile_position(part.summary.mean, others_parts[part.key], thresholds)
            if part.summary.mean is not None
            else None
        )
    return Benchmark(
        coalitions=len(others_overall) + 1,
        minimum=thresholds.benchmark_min_groups,
        overall=percentile_position(own.overall.mean, others_overall, thresholds),
        parts=parts,
    )


def answers_for_response(response_id: int) -> dict[int, Answer]:
    """A respondent's own answers (for their own form only), by item id."""
    return {a.item_id: a for a in Answer.objects.filter(response_id=response_id)}


def unanswered_count(response_id: int | None, version: QuestionnaireVersion) -> int:
    total = version.items.count()
    if response_id is None:
        return total
    answered = Answer.objects.filter(response_id=response_id).count()
    return max(0, total - answered)


def version_as_bank_file(version: QuestionnaireVersion) -> str:
    """A version in the bank file format, for the editor to change and upload again."""
    questionnaire = version.questionnaire
    document = {
        "questionnaire": {
            "key": questionnaire.key,
            "name": {"nl": questionnaire.name, "en": questionnaire.name_en},
            "description": {"nl": questionnaire.description, "en": questionnaire.description_en},
            "scale": {
                "min": questionnaire.scale_min,
                "max": questionnaire.scale_max,
                "labels": {int(k): v for k, v in questionnaire.scale_labels.items()},
                "allow_unknown": questionnaire.allow_unknown,
                "allow_not_applicable": questionnaire.allow_not_applicable,
            },
            "min_respondents": questionnaire.min_respondents,
            "benchmark_min_groups": questionnaire.benchmark_min_groups,
            "thresholds": {
                "strong_mean": questionnaire.strong_mean,
                "improve_mean": questionnaire.improve_mean,
                "disagreement_sd": questionnaire.disagreement_sd,
                "meaningful_change": questionnaire.meaningful_change,
            },
        },
        "version": {
            "number": version.number + 1,
            "note": {"nl": "", "en": ""},
        },
        "parts": [
            {
                "key": part.key,
                "title": {"nl": part.title.nl, "en": part.title.en},
                "themes": [
                    {
                        "key": theme.key,
                        "title": {"nl": theme.title.nl, "en": theme.title.en},
                        "items": [
                            {
                                "key": item.key,
                                "step": item.step,
                                "instrument": item.instrument,
                                "nl": item.text.nl,
                                "en": item.text.en,
                            }
                            for item in theme.items
                        ],
                    }
                    for theme in part.themes
                ],
            }
            for part in version_structure(version)
        ],
    }
    header = (
        f"# {questionnaire.name}, based on version {version.number}.\n"
        "# Change the statements, fill in version.note, and upload the file as a new version.\n"
        "# Keep an item's key when only the wording improves; use a new key for a new meaning.\n"
    )
    return header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def points_to_improve(coalition: Coalition) -> list[tuple[str, str, str]]:
    """(part key, theme key, statement) of the points to improve of the coalition's latest
    closed Analysetool round; empty while no round is closed or too few answered.

    Read by the interventions gap analysis (``kansrijk.interventions.evidence``).
    """
    from kansrijk.assessments.scoring import Flag
    from kansrijk.ui.bilingual import pick

    questionnaire = questionnaire_get()
    if questionnaire is None:
        return []
    closed = (
        Round.objects.filter(
            coalition=coalition, questionnaire=questionnaire, closed_at__isnull=False
        )
        .select_related("questionnaire", "version")
        .order_by("-opened_at", "-pk")
        .first()
    )
    result = round_result(closed, compare=False) if closed is not None else None
    if result is None or result.suppressed:
        return []
    found: list[tuple[str, str, str]] = []
    for part in result.parts:
        for theme in part.themes:
            for item in theme.items:
                if Flag.IMPROVE in item.summary.flags:
                    found.append((part.key, theme.key, pick(item.item.text.nl, item.item.text.en)))
    return found
