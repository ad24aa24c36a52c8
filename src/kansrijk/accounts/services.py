"""Writes of the accounts app: invitations, memberships, regional assignments."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts.models import Invitation, Membership, MembershipRole, User
from kansrijk.coalitions.models import Coalition


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_create(
    *, coalition: Coalition, email: str, role: str, invited_by: User, base_url: str
) -> tuple[Invitation, str]:
    """Create an invitation and e-mail its link. Returns the invitation and the raw token."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        coalition=coalition,
        email=email.strip().lower(),
        role=role,
        invited_by=invited_by,
        token_hash=hash_token(token),
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    invitation.full_clean()
    with transaction.atomic():
        invitation.save()
    link = base_url + reverse("accounts:invitation", kwargs={"token": token})
    send_mail(
        subject=_("Invitation to the Kansrijke Start coalition %(name)s")
        % {"name": coalition.name},
        message=_(
            "%(inviter)s invites you to join the coalition %(name)s on Kansrijk.\n\n"
            "Open this link to accept (valid until %(until)s):\n%(link)s\n"
        )
        % {
            "inviter": invited_by.full_name,
            "name": coalition.name,
            "until": timezone.localtime(invitation.expires_at).strftime("%d-%m-%Y"),
            "link": link,
        },
        from_email=None,
        recipient_list=[invitation.email],
    )
    return invitation, token


def invitation_find(*, token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("coalition").filter(token_hash=hash_token(token)).first()
    )


def invitation_revoke(*, invitation: Invitation) -> None:
    if invitation.revoked_at is None and invitation.accepted_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])


def invitation_accept(
    *, invitation: Invitation, full_name: str, password: str, existing_user: User | None = None
) -> User:
    """Accept an open invitation: create (or reuse) the account and add the membership."""
    if not invitation.is_open:
        raise ValidationError(_("This invitation has expired, was withdrawn or was already used."))
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not locked.is_open:
            raise ValidationError(
                _("This invitation has expired, was withdrawn or was already used.")
            )
        user = existing_user
        if user is None:
            if User.objects.filter(email=locked.email).exists():
                raise ValidationError(
                    _("An account with this e-mail address exists; log in first.")
                )
            if locked.role == MembershipRole.PARENT:
                # A parent's account holds only what logging in needs: no name.
                full_name = str(MembershipRole.PARENT.label)
            user = User(email=locked.email, full_name=full_name)
            user.set_password(password)
            user.full_clean()
            user.save()
        Membership.objects.update_or_create(
            user=user, coalition=locked.coalition, defaults={"role": locked.role}
        )
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["accepted_at"])
    return user


def membership_add(*, user: User, coalition: Coalition, role: str) -> Membership:
    membership, _created = Membership.objects.update_or_create(
        user=user, coalition=coalition, defaults={"role": role}
    )
    return membership
