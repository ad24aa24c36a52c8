"""Writes of the API plumbing: API keys."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from kansrijk.accounts.models import User
from kansrijk.api.models import TOKEN_PREFIX_LENGTH, ApiToken, hash_key


def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create an API key for ``user``. Returns the token and the key, shown only once."""
    key = ApiToken.new_key()
    token = ApiToken(
        user=user, name=name.strip(), prefix=key[:TOKEN_PREFIX_LENGTH], key_hash=hash_key(key)
    )
    token.full_clean()
    with transaction.atomic():
        token.save()
    return token, key


def api_token_revoke(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
