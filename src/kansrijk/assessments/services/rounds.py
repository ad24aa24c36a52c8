"""Writes: rounds and their invitation links."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.assessments.models import (
    InvitationLink,
    Questionnaire,
    Round,
)

if TYPE_CHECKING:
    from kansrijk.accounts.models import User
    from kansrijk.coalitions.models import Coalition

MAX_LINKS_AT_ONCE = 50


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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
    with transaction.atomic():  # the link and its audit entry together
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
