"""Writes and reads about one's own account: e-mail, second factor, export, deletion."""

from __future__ import annotations

from typing import Any

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError, Q, RestrictedError
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts.models import Membership, SecurityEvent, User
from kansrijk.accounts.security_log import record
from kansrijk.accounts.signals import end_all_sessions

DELETED_LABEL = "deleted account"


def email_change(*, user: User, new_email: str) -> User:
    new_email = new_email.strip().lower()
    if User.objects.filter(email=new_email).exclude(pk=user.pk).exists():
        raise ValidationError(_("Another account already uses this e-mail address."))
    user.email = new_email
    user.full_clean()
    with transaction.atomic():
        user.save(update_fields=["email"])
    record("email_change", actor=user, object=f"user:{user.pk}")
    return user


def totp_device_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed device; it replaces the confirmed one only once confirmed."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        device: TOTPDevice = TOTPDevice.objects.create(user=user, name="app", confirmed=False)
    return device


def totp_device_confirm(*, device: TOTPDevice) -> TOTPDevice:
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    record("second_factor_set", actor=device.user, object=f"user:{device.user_id}")
    return device


def account_export(*, user: User) -> dict[str, Any]:
    """Everything the platform holds about ``user`` as a person, as plain data."""
    record("account_export", actor=user, object=f"user:{user.pk}")
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "organisation": user.organisation,
            "national_editor": user.is_national_editor,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "second_factor": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        },
        "memberships": [
            {"coalition": m.coalition.name, "role": m.role, "since": m.created_at.isoformat()}
            for m in user.memberships.select_related("coalition")
        ],
        "regional_assignments": [
            a.ggd_region.name for a in user.regional_assignments.select_related("ggd_region")
        ],
        "api_keys": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "created": t.created_at.isoformat(),
                "revoked": t.revoked_at.isoformat() if t.revoked_at else None,
            }
            for t in user.api_tokens.all()
        ],
        "security_events": [
            {
                "time": e.timestamp.isoformat(),
                "action": e.action,
                "object": e.object,
                "result": e.result,
                "origin": e.origin,
            }
            for e in SecurityEvent.objects.filter(actor_id=user.pk)[:1000]
        ],
        "changes_made": [
            {
                "time": e.timestamp.isoformat(),
                "object": e.object_repr,
                "action": e.get_action_display(),
            }
            for e in LogEntry.objects.filter(actor=user).order_by("-timestamp")[:1000]
        ],
    }


def account_delete(*, user: User) -> None:
    """Delete the account. The audit and security logs stay, without personal data."""
    user_id = user.pk
    membership_ids = [
        str(pk) for pk in Membership.objects.filter(user=user).values_list("pk", flat=True)
    ]
    membership_type = ContentType.objects.get_for_model(Membership)
    user_type = ContentType.objects.get_for_model(User)
    email = user.email
    end_all_sessions(user)
    try:
        with transaction.atomic():
            # Deleting cascades to memberships, which the audit log records with this user
            # as actor; so delete first, then strip the person from every entry.
            user.delete()
            LogEntry.objects.filter(Q(actor_id=user_id) | Q(actor_email=email)).update(
                actor=None, actor_email=None, remote_addr=None
            )
            LogEntry.objects.filter(
                content_type=membership_type, object_pk__in=membership_ids
            ).update(object_repr=f"membership of a {DELETED_LABEL}", changes=None, changes_text="")
            LogEntry.objects.filter(content_type=user_type, object_pk=str(user_id)).update(
                object_repr=DELETED_LABEL, changes=None, changes_text="", serialized_data=None
            )
            SecurityEvent.objects.filter(actor_id=user_id).update(
                actor_id=None, actor_label=DELETED_LABEL, origin=""
            )
            SecurityEvent.objects.filter(object__regex=rf"user:{user_id}(\D|$)").update(
                object=DELETED_LABEL
            )
            record("account_delete", actor_label=DELETED_LABEL, object=DELETED_LABEL, origin="")
    except (ProtectedError, RestrictedError) as error:
        raise ValidationError(
            _("This account is still needed by other records; ask the national editor.")
        ) from error
