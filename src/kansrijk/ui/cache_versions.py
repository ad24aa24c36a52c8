"""Versioned cache keys that every process and every server agrees on.

A namespace (``"indicators"``, ``"socialmap-search"``) has one version, kept in the shared
cache (Redis in production, a folder under ``var/`` on one machine; see ADR 0012) with
no expiry. ``key(namespace, *parts)`` builds a key that contains the current version, so
``bump(namespace)`` makes every earlier entry of the namespace unreachable at once, in every
process: the old entries simply expire.

A version is a random token, not a counter: two processes bumping at the same moment both
leave a version no entry was stored under, and a version lost from the cache (evicted,
flushed) comes back as a new token, never as an old one whose entries may still be there.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.core.cache import cache
from django.db import transaction

PREFIX = "version:"


def _new_token() -> str:
    return secrets.token_hex(8)


def current(namespace: str) -> str:
    """The namespace's version now (one cache read; created when missing)."""
    name = PREFIX + namespace
    found: str | None = cache.get(name)
    if found is None:
        cache.add(name, _new_token(), None)
        found = cache.get(name) or ""
    return found


def bump(namespace: str) -> None:
    """Every key of ``namespace`` built from now on differs from every earlier one."""
    cache.set(PREFIX + namespace, _new_token(), None)


def bump_after_commit(namespace: str) -> None:
    """Bump now (this transaction's own reads see the change) and again once the transaction
    commits: another process may have stored the old state under the first new version
    before the change was visible to it."""
    bump(namespace)
    transaction.on_commit(lambda: bump(namespace))


def key(namespace: str, *parts: Any) -> str:
    """A cache key for ``parts`` (anything with a stable ``repr``) in the namespace's current
    version."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"{namespace}:{current(namespace)}:{digest}"
