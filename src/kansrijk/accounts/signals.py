"""Signal handlers: security events, session bookkeeping, ending sessions of disabled users."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from kansrijk.accounts.models import Membership, RegionalAssignment, User, UserSession
from kansrijk.accounts.security_log import FAILURE, pseudonym, record

LOGIN_AT = "kansrijk_login_at"


@receiver(user_logged_in)
def _logged_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_AT] = timezone.now().timestamp()
        request.session.save()
        if request.session.session_key:
            UserSession.objects.get_or_create(
                session_key=request.session.session_key, defaults={"user": user}
            )
    record("login", request=request, actor=user, object=f"user:{user.pk}")


@receiver(user_logged_out)
def _logged_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None and user.pk is not None:  # not after the account was deleted
        record("logout", request=request, actor=user, object=f"user:{user.pk}")


@receiver(user_login_failed)
def _login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    username = str(credentials.get("username") or credentials.get("email") or "")
    record(
        "login",
        result=FAILURE,
        request=request,
        object=pseudonym(username) if username else "",
        actor_label="anonymous",
    )


def end_all_sessions(user: User) -> int:
    """Delete every session ``user`` logged in with (their key, not just their cookie)."""
    engine = import_module(settings.SESSION_ENGINE)
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    for key in keys:
        engine.SessionStore(session_key=key).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)


@receiver(pre_save, sender=User)
def _remember_previous_state(sender: Any, instance: User, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # loading a backup or fixture
        return
    previous = (
        User.objects.filter(pk=instance.pk).values("is_active", "is_national_editor").first()
        if instance.pk
        else None
    )
    instance._kansrijk_previous = previous  # type: ignore[attr-defined]


@receiver(post_save, sender=User)
def _user_changed(sender: Any, instance: User, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    previous = getattr(instance, "_kansrijk_previous", None)
    if not previous:
        return
    if previous["is_active"] and not instance.is_active:
        ended = end_all_sessions(instance)
        record("account_disabled", object=f"user:{instance.pk} sessions_ended:{ended}")
    if previous["is_national_editor"] != instance.is_national_editor:
        record(
            "role_change",
            object=f"user:{instance.pk} national_editor:{instance.is_national_editor}",
        )


@receiver(post_save, sender=Membership)
def _membership_saved(sender: Any, instance: Membership, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    record(
        "role_change",
        object=f"user:{instance.user_id} coalition:{instance.coalition_id} role:{instance.role}",
    )


@receiver(post_delete, sender=Membership)
def _membership_deleted(sender: Any, instance: Membership, **kwargs: Any) -> None:
    record(
        "role_change",
        object=f"user:{instance.user_id} coalition:{instance.coalition_id} role:none",
    )


@receiver(post_save, sender=RegionalAssignment)
@receiver(post_delete, sender=RegionalAssignment)
def _assignment_changed(sender: Any, instance: RegionalAssignment, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    state = "deleted" if kwargs.get("signal") is post_delete else "assigned"
    record(
        "role_change",
        object=f"user:{instance.user_id} region:{instance.ggd_region_id} {state}",
    )
