"""Writes: saving answers, each counted once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.assessments.models import (
    Answer,
    AnswerKind,
    InvitationLink,
    Item,
    Questionnaire,
    Response,
    Round,
)
from kansrijk.assessments.services.rounds import (
    LinkProblem,
    LinkRefusedError,
    invitation_link_resolve,
)

if TYPE_CHECKING:
    pass

MAX_COMMENT_LENGTH = 2000

# --- answers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerInput:
    kind: str
    score: int | None = None
    comment: str = ""


class AnswersRefusedError(ValidationError):
    """Nothing was stored; `errors_by_item` maps item ids to Dutch messages."""

    def __init__(self, errors_by_item: Mapping[int, str]) -> None:
        super().__init__(_("Some answers could not be saved; nothing was changed."))
        self.errors_by_item = dict(errors_by_item)


def _check_answer(questionnaire: Questionnaire, answer: AnswerInput) -> str | None:
    if len(answer.comment) > MAX_COMMENT_LENGTH:
        return _("A comment has at most %(max)s characters.") % {"max": MAX_COMMENT_LENGTH}
    if answer.kind == AnswerKind.SCORE:
        if answer.score is None or not (
            questionnaire.scale_min <= answer.score <= questionnaire.scale_max
        ):
            return _("Choose a score from %(min)s to %(max)s.") % {
                "min": questionnaire.scale_min,
                "max": questionnaire.scale_max,
            }
        return None
    if answer.kind == AnswerKind.UNKNOWN and questionnaire.allow_unknown:
        return None
    if answer.kind == AnswerKind.NOT_APPLICABLE and questionnaire.allow_not_applicable:
        return None
    return _("This is not one of the possible answers.")


def response_for_link(*, link: InvitationLink) -> Response:
    """The response behind a link, created on first use (safe when two requests race)."""
    try:
        return link.response
    except Response.DoesNotExist:
        pass
    try:
        with transaction.atomic():
            return Response.objects.create(round=link.round, link=link)
    except IntegrityError:
        return Response.objects.get(link=link)


def answers_save(*, token: str, answers: Mapping[int, AnswerInput]) -> int:
    """Save a page of answers for the link's respondent; returns how many were stored.

    All answers are checked before any is written; when one is wrong nothing is stored
    (`AnswersRefusedError`). Saving the same answer again replaces it, so a repeated submission
    never counts twice. The link and the round are checked again inside the transaction,
    so an answer that arrives after the round closed is refused, not counted.
    """
    link = invitation_link_resolve(token=token)
    questionnaire = link.round.questionnaire
    items = {
        item.pk: item
        for item in Item.objects.filter(version=link.round.version, pk__in=list(answers))
    }
    errors: dict[int, str] = {}
    for item_id, answer in answers.items():
        if item_id not in items:
            errors[item_id] = _("This statement is not part of this round.")
            continue
        problem = _check_answer(questionnaire, answer)
        if problem:
            errors[item_id] = problem
    if errors:
        raise AnswersRefusedError(errors)
    now = timezone.now()
    with transaction.atomic():
        locked_round = Round.objects.select_for_update().get(pk=link.round.pk)
        if not locked_round.is_open:
            raise LinkRefusedError(LinkProblem.CLOSED, link)
        response = response_for_link(link=link)
        for item_id, answer in answers.items():
            Answer.objects.update_or_create(
                response=response,
                item=items[item_id],
                defaults={
                    "kind": answer.kind,
                    "score": answer.score if answer.kind == AnswerKind.SCORE else None,
                    "comment": answer.comment.strip(),
                    "updated_at": now,
                },
            )
        Response.objects.filter(pk=response.pk).update(updated_at=now)
    return len(answers)


def response_complete(*, token: str) -> Response:
    link = invitation_link_resolve(token=token)
    with transaction.atomic():  # a new response is only kept when it is completed too
        response = response_for_link(link=link)
        if response.completed_at is None:
            response.completed_at = timezone.now()
            response.save(update_fields=["completed_at"])
    return response
