"""Token authentication with hashed keys (``Authorization: Bearer <key>`` or ``Token <key>``)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.authentication import SessionScheme
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from kansrijk.accounts import two_factor
from kansrijk.api.models import ApiToken, hash_key


def needs_second_factor(user: Any) -> bool:
    return two_factor.required_for(user) or two_factor.has_device(user)


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keywords = ("bearer", "token")

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode("latin-1").lower() not in self.keywords:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("The Authorization header is malformed."))
        try:
            key = header[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(_("The API key is not valid.")) from error
        token = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=hash_key(key), revoked_at__isnull=True)
            .first()
        )
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("The API key is not valid."))
        if not token.second_factor and needs_second_factor(token.user):
            raise exceptions.AuthenticationFailed(
                _(
                    "This API key was made without a second factor. Log in with your second "
                    "factor and make a new key."
                )
            )
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class VerifiedSessionAuthentication(authentication.SessionAuthentication):
    """The session of the web pages, only once its log-in included the second factor where
    the role needs one (``accounts.middleware`` refuses such sessions first; this holds
    even if the middleware order changes)."""

    def authenticate(self, request: Request) -> tuple[Any, None] | None:
        found = super().authenticate(request)
        user = found[0] if found is not None else None
        if user is not None and needs_second_factor(user) and not two_factor.is_verified(user):
            raise exceptions.PermissionDenied(_("Log in with your second factor first."))
        return found


class ApiTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    target_class = "kansrijk.api.authentication.ApiTokenAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "description": "API key of a user account."}


class VerifiedSessionScheme(SessionScheme):  # type: ignore[no-untyped-call]
    """The web session, documented as before (``cookieAuth``)."""

    target_class = "kansrijk.api.authentication.VerifiedSessionAuthentication"
