"""Writes of the assessments app: the bank's versions, rounds, links and answers."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.assessments.bank import Bank
from kansrijk.assessments.models import (
    Answer,
    AnswerKind,
    Instrument,
    InvitationLink,
    Item,
    Part,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    Round,
    Theme,
)

if TYPE_CHECKING:
    from kansrijk.accounts.models import User
    from kansrijk.coalitions.models import Coalition

MAX_LINKS_AT_ONCE = 50
MAX_COMMENT_LENGTH = 2000


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --- the bank ------------------------------------------------------------------------------


def questionnaire_import_bank(
    *, bank: Bank, user: User | None = None
) -> tuple[QuestionnaireVersion, bool]:
    """Store a bank as the newest version of its questionnaire.

    Returns the version and whether it is new. When the newest version already has exactly
    these statements, nothing is stored. An existing version is never changed: rounds keep
    the version they started with. A new questionnaire takes its settings from the bank;
    an existing one keeps the editor's settings.
    """
    with transaction.atomic():
        questionnaire, _created = Questionnaire.objects.get_or_create(
            key=bank.key,
            defaults={
                "name": bank.name.nl,
                "name_en": bank.name.en,
                "description": bank.description.nl,
                "description_en": bank.description.en,
                "scale_min": bank.scale_min,
                "scale_max": bank.scale_max,
                "scale_labels": {
                    str(p): {"nl": t.nl, "en": t.en} for p, t in bank.scale_labels.items()
                },
                "allow_unknown": bank.allow_unknown,
                "allow_not_applicable": bank.allow_not_applicable,
                "min_respondents": max(3, bank.min_respondents),
                "benchmark_min_groups": max(5, bank.benchmark_min_groups),
                "strong_mean": bank.strong_mean,
                "improve_mean": bank.improve_mean,
                "disagreement_sd": bank.disagreement_sd,
                "meaningful_change": bank.meaningful_change,
            },
        )
        questionnaire = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
        digest = bank.statements_digest()
        latest = questionnaire.versions.order_by("-number").first()
        if latest is not None and latest.digest == digest:
            return latest, False
        if (bank.scale_min, bank.scale_max) != (questionnaire.scale_min, questionnaire.scale_max):
            raise ValidationError(_("A new version must keep the scale of the questionnaire."))
        instruments = {i.key: i for i in Instrument.objects.all()}
        missing = {item.instrument for item in bank.items} - set(instruments)
        if missing:
            raise ValidationError(
                _("Unknown instruments: %(keys)s.") % {"keys": ", ".join(sorted(missing))}
            )
        number = max(bank.version, (latest.number + 1) if latest else 1)
        version = QuestionnaireVersion(
            questionnaire=questionnaire,
            number=number,
            note=bank.note.nl,
            note_en=bank.note.en,
            digest=digest,
            created_by=user,
        )
        version.full_clean()
        version.save()
        position = 0
        for p_index, bank_part in enumerate(bank.parts, start=1):
            part = Part.objects.create(
                version=version,
                key=bank_part.key,
                position=p_index,
                title=bank_part.title.nl,
                title_en=bank_part.title.en,
            )
            for t_index, bank_theme in enumerate(bank_part.themes, start=1):
                theme = Theme.objects.create(
                    part=part,
                    key=bank_theme.key,
                    position=t_index,
                    title=bank_theme.title.nl,
                    title_en=bank_theme.title.en,
                )
                for bank_item in bank_theme.items:
                    position += 1
                    Item.objects.create(
                        version=version,
                        theme=theme,
                        key=bank_item.key,
                        position=position,
                        text=bank_item.text.nl,
                        text_en=bank_item.text.en,
                        step=bank_item.step,
                        instrument=instruments[bank_item.instrument],
                    )
    return version, True


# --- rounds --------------------------------------------------------------------------------


def round_open(
    *, coalition: Coalition, questionnaire: Questionnaire, title: str, user: User | None
) -> Round:
    """Open a round on the newest version of the questionnaire."""
    version = questionnaire.versions.order_by("-number").first()
    if version is None:
        raise ValidationError(_("This questionnaire has no statements yet."))
    with transaction.atomic():
        if Round.objects.filter(
            coalition=coalition, questionnaire=questionnaire, closed_at__isnull=True
        ).exists():
            raise ValidationError(_("Close the open round before you start a new one."))
        new_round = Round(
            coalition=coalition,
            questionnaire=questionnaire,
            version=version,
            title=title.strip(),
            opened_by=user,
        )
        new_round.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                new_round.save()
        except IntegrityError as error:
            raise ValidationError(_("Close the open round before you start a new one.")) from error
    return new_round


def round_close(*, assessment_round: Round, user: User | None = None) -> Round:
    """Close a round: no more answers; results become visible to the members."""
    with transaction.atomic():
        locked = Round.objects.select_for_update().get(pk=assessment_round.pk)
        if locked.closed_at is None:
            locked.closed_at = timezone.now()
            locked.save(update_fields=["closed_at"])
    assessment_round.closed_at = locked.closed_at
    return locked


# --- invitation links ----------------------------------------------------------------------


def invitation_links_create(
    *,
    assessment_round: Round,
    count: int,
    expires_at: datetime,
    label: str = "",
    user: User | None = None,
) -> list[tuple[InvitationLink, str]]:
    """Create personal links; returns each link with its token, shown to the lead once."""
    if not assessment_round.is_open:
        raise ValidationError(_("This round is closed; no new links can be made."))
    if not 1 <= count <= MAX_LINKS_AT_ONCE:
        raise ValidationError(
            _("Make between 1 and %(max)s links at a time.") % {"max": MAX_LINKS_AT_ONCE}
        )
    if expires_at <= timezone.now():
        raise ValidationError(_("The expiry date must lie in the future."))
    created = []
    with transaction.atomic():
        for number in range(1, count + 1):
            token = secrets.token_urlsafe(32)
            link = InvitationLink(
                round=assessment_round,
                label=(f"{label.strip()} {number}" if count > 1 else label.strip())[:120],
                token_hash=hash_token(token),
                created_by=user,
                expires_at=expires_at,
            )
            link.full_clean()
            link.save()
            created.append((link, token))
    return created


def invitation_link_revoke(*, link: InvitationLink, user: User | None = None) -> InvitationLink:
    """Withdraw a link. Answers already given stay and keep counting."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


class LinkProblem(StrEnum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    REVOKED = "revoked"
    CLOSED = "closed"


class LinkRefusedError(Exception):
    def __init__(self, problem: LinkProblem, link: InvitationLink | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.link = link


def invitation_link_resolve(*, token: str) -> InvitationLink:
    """The usable link for a token, or `LinkRefusedError` saying why not."""
    link = (
        InvitationLink.objects.select_related("round", "round__version", "round__questionnaire")
        .select_related("round__coalition")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if link is None:
        raise LinkRefusedError(LinkProblem.UNKNOWN)
    if link.revoked_at is not None:
        raise LinkRefusedError(LinkProblem.REVOKED, link)
    if not link.round.is_open:
        raise LinkRefusedError(LinkProblem.CLOSED, link)
    if link.is_expired:
        raise LinkRefusedError(LinkProblem.EXPIRED, link)
    return link


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
    response = response_for_link(link=link)
    if response.completed_at is None:
        response.completed_at = timezone.now()
        response.save(update_fields=["completed_at"])
    return response
