"""Rendered fragments cached per data version, language and viewer class.

A new import (a new ``DataVersion``) or an edit of the catalogue gives new keys, so nothing
stale is ever shown; old entries simply expire. The catalogue's version lives in the shared
cache (``kansrijk.ui.cache_versions``): an edit made in one process is seen by every process
and every server at their next request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from kansrijk.indicators import selectors
from kansrijk.ui import cache_versions

NAMESPACE = "indicators"
TIMEOUT = 60 * 60 * 24
T = TypeVar("T")


def bump_catalogue_version(**_kwargs: Any) -> None:
    """Connected to saves and deletions of the catalogue (``apps.py``): every process shows
    the new names at its next request."""
    cache_versions.bump_after_commit(NAMESPACE)


def _key(kind: str, parts: tuple[object, ...]) -> str:
    return cache_versions.key(
        NAMESPACE, kind, *(str(p) for p in parts), selectors.data_version(), get_language() or "nl"
    )


def fragment(parts: tuple[object, ...], build: Callable[[], str]) -> SafeString:
    """The cached HTML for ``parts``, built (and stored) on a miss."""
    key = _key("fragment", parts)
    html: str | None = cache.get(key)
    if html is None:
        html = build()
        cache.set(key, html, TIMEOUT)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 (our own rendered template output)


def data(parts: tuple[object, ...], build: Callable[[], T]) -> T:
    """Plain derived data for ``parts`` (picklable), cached like the fragments."""
    key = _key("data", parts)
    found: T | None = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, TIMEOUT)
    return found
