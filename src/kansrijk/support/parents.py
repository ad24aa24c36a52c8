"""The voice of parents on the questionnaire engine: starting a round, answering, results.

Anonymity follows the engine: a parent needs no account and gives no name; each visit of
the public link gets a fresh, unlabelled invitation link of the engine; results show from
``min_respondents`` (10) answers; free text is shown to the coalition only as the lead's
reviewed version.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.assessments import bank
from kansrijk.assessments import selectors as engine_selectors
from kansrijk.assessments import services as engine
from kansrijk.assessments.models import Answer, Item, Questionnaire
from kansrijk.assessments.results import RoundResult
from kansrijk.coalitions.models import Coalition
from kansrijk.support.models import CommentReview, ParentSurvey
from kansrijk.ui.bilingual import pick

QUESTIONNAIRE = "stem-van-ouders"
BANK = Path(__file__).parent / "seed" / "parents.yaml"
LINK_HOURS = 24  # an answering session of one parent stays usable this long


def questionnaire_load() -> bool:
    """Store the parents' questionnaire in the engine; True when a new version was stored."""
    chain = bank.load_chain()
    parsed = bank.parse_bank(
        BANK.read_text(encoding="utf-8"),
        instruments={i.key for i in chain.instruments},
        steps={s.number for s in chain.steps},
    )
    _version, created = engine.questionnaire_import_bank(bank=parsed)
    return created


def questionnaire() -> Questionnaire | None:
    return engine_selectors.questionnaire_get(QUESTIONNAIRE)


# --- writes --------------------------------------------------------------------------------


def parent_survey_start(*, coalition: Coalition, user: Any, title: str) -> ParentSurvey:
    found = questionnaire()
    if found is None:
        raise ValidationError(_("The parents' questionnaire has not been loaded yet."))
    with transaction.atomic():
        assessment_round = engine.round_open(
            coalition=coalition, questionnaire=found, title=title, user=user
        )
        survey = ParentSurvey(round=assessment_round, code=secrets.token_urlsafe(12))
        survey.full_clean()
        survey.save()
    return survey


def parent_survey_close(*, survey: ParentSurvey, user: Any) -> None:
    engine.round_close(assessment_round=survey.round, user=user)


def parent_response_begin(*, survey: ParentSurvey) -> str:
    """A fresh anonymous link of the engine for one parent; returns its token."""
    [(_link, token)] = engine.invitation_links_create(
        assessment_round=survey.round,
        count=1,
        expires_at=timezone.now() + timedelta(hours=LINK_HOURS),
    )
    return token


def parent_answers_submit(*, token: str, answers: Mapping[int, engine.AnswerInput]) -> None:
    """Store all answers of one parent and complete the response (all or nothing)."""
    with transaction.atomic():
        if answers:
            engine.answers_save(token=token, answers=answers)
        engine.response_complete(token=token)


def comment_review_save(*, answer: Answer, user: Any, text: str, withheld: bool) -> CommentReview:
    text = text.strip()
    if not withheld and not text:
        raise ValidationError(_("Give the text to show, or choose not to show it."))
    with transaction.atomic():
        review, _created = CommentReview.objects.update_or_create(
            answer=answer,
            defaults={
                "text": "" if withheld else text,
                "withheld": withheld,
                "reviewed_by": user,
                "reviewed_at": timezone.now(),
            },
        )
        review.full_clean()
    return review


# --- reads ---------------------------------------------------------------------------------


def surveys_of(*, coalition: Coalition) -> QuerySet[ParentSurvey]:
    return ParentSurvey.objects.filter(round__coalition=coalition).select_related(
        "round", "round__questionnaire"
    )


def survey_by_code(code: str) -> ParentSurvey | None:
    return (
        ParentSurvey.objects.filter(code=code, round__closed_at__isnull=True)
        .select_related("round", "round__version", "round__questionnaire", "round__coalition")
        .first()
    )


def items_of(survey: ParentSurvey) -> list[Item]:
    return list(engine_selectors.version_items(survey.round.version))


def respondents(survey: ParentSurvey) -> int:
    return engine_selectors.round_respondent_count(survey.round)


def result(survey: ParentSurvey) -> RoundResult | None:
    """The results of a closed round; the caller shows them only when not ``suppressed``."""
    return engine_selectors.round_result(survey.round, compare=False)


@dataclass(frozen=True)
class ItemRow:
    text: str
    answers: int
    mean: float | None
    counts: list[int]
    unknown: int
    not_applicable: int
    suppressed: bool


def result_rows(survey: ParentSurvey, result: RoundResult) -> list[ItemRow]:
    """One row per statement for the table (the page has no chart, so the table is all)."""
    questionnaire = survey.round.questionnaire
    points = range(questionnaire.scale_min, questionnaire.scale_max + 1)
    rows = []
    for item in result.items:
        summary = item.summary
        rows.append(
            ItemRow(
                text=pick(item.item.text.nl, item.item.text.en),
                answers=summary.answers,
                mean=summary.mean,
                counts=[summary.distribution.get(p, 0) for p in points],
                unknown=summary.unknown,
                not_applicable=summary.not_applicable,
                suppressed=summary.suppressed,
            )
        )
    return rows


def _comments(survey: ParentSurvey) -> QuerySet[Answer]:
    return (
        Answer.objects.filter(response__round=survey.round)
        .exclude(comment="")
        .select_related("item", "parent_review")
        .order_by("item__position", "pk")
    )


def comments_for_review(survey: ParentSurvey) -> list[Answer]:
    """Every free-text answer with its review (if any): for the lead only."""
    return list(_comments(survey))


@dataclass(frozen=True)
class SharedComment:
    item: str
    text: str


def shared_comments(survey: ParentSurvey) -> list[SharedComment]:
    """What the coalition sees: reviewed, not withheld, and only from the threshold up."""
    threshold = survey.round.questionnaire.min_respondents
    if respondents(survey) < threshold:
        return []
    shared = [
        SharedComment(item=a.item.label, text=a.parent_review.text)
        for a in _comments(survey).filter(parent_review__withheld=False)
    ]
    return sorted(shared, key=lambda c: (c.item, c.text.casefold()))
