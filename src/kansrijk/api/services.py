"""Writes of the API plumbing: API keys."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts import two_factor
from kansrijk.accounts.models import User
from kansrijk.api.models import TOKEN_PREFIX_LENGTH, ApiToken, hash_key


def api_token_create(*, user: User, name: str, second_factor: bool) -> tuple[ApiToken, str]:
    """Create an API key for ``user``. Returns the token and the key, shown only once.

    ``second_factor``: the session that asks passed the second factor. A role that needs a
    second factor (and anyone who set one up) gets a key only then.
    """
    if not second_factor and (two_factor.required_for(user) or two_factor.has_device(user)):
        raise ValidationError(_("Log in with your second factor before you make an API key."))
    key = ApiToken.new_key()
    token = ApiToken(
        user=user,
        name=name.strip(),
        prefix=key[:TOKEN_PREFIX_LENGTH],
        key_hash=hash_key(key),
        second_factor=second_factor,
    )
    token.full_clean()
    with transaction.atomic():
        token.save()
    return token, key


def api_token_revoke(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
