"""The log of security events (BIO): log-ins, failures, denied access, role changes, exports.

``record(...)`` writes one ``SecurityEvent`` and the same line to the ``kansrijk.security``
logger. Callers never pass secrets; e-mail addresses of failed log-ins are stored as a
short pseudonym (a keyed hash), so that repeated attempts can be correlated.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from kansrijk.accounts.client_ip import client_ip
from kansrijk.accounts.models import SecurityEvent

logger = logging.getLogger("kansrijk.security")

SUCCESS, FAILURE, DENIED = "success", "failure", "denied"

# The request being handled, so that events raised in signal handlers know actor and origin.
current_request: ContextVar[HttpRequest | None] = ContextVar("current_request", default=None)


def origin_of(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    return client_ip(request)[:64]


def pseudonym(value: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), value.strip().lower().encode(), hashlib.sha256)
    return "p:" + digest.hexdigest()[:16]


def record(
    action: str,
    *,
    result: str = SUCCESS,
    request: HttpRequest | None = None,
    actor: Any = None,
    object: str = "",
    actor_label: str = "",
    origin: str | None = None,
) -> SecurityEvent:
    request = request if request is not None else current_request.get()
    if actor is None and request is not None:
        actor = getattr(request, "user", None)
    actor_id = actor.pk if getattr(actor, "is_authenticated", False) else None
    event = SecurityEvent.objects.create(
        actor_id=actor_id,
        actor_label=actor_label or (f"user:{actor_id}" if actor_id else "anonymous"),
        action=action[:40],
        object=object[:300],
        result=result,
        origin=origin_of(request) if origin is None else origin,
    )
    logger.info(
        "security action=%s result=%s actor=%s object=%s origin=%s",
        event.action,
        event.result,
        event.actor_label,
        event.object,
        event.origin,
    )
    return event
