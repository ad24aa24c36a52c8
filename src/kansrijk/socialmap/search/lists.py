"""The lists every search request needs, kept in memory: the search form's municipalities and
risk situations (with their rendered ``<option>`` elements), the synonym table and answers
about the indexed words (``remembered``); and the rendered results of recent searches
(``cached_result``, in the shared cache).

They change rarely (reference data, the national editor's lists, the index), and reading
them cost four queries and the rendering of 342 options per request. Each process keeps
them for ``TIMEOUT`` seconds; a change to a municipality, risk situation or synonym group
(signals in ``apps.py``) or to the search index clears them at once in the process that
made it and bumps the namespace's version in the shared cache (``kansrijk.ui.cache_versions``),
now and once committed. Every process reads that version once at the start of each request
(one cache read) and forgets what it kept when it changed; the cached results are stored
under keys that contain the version, so no server shows results from before a change.
The search form reloads the lists when a submitted value is unknown, so a new municipality
or risk situation is never refused.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from kansrijk.socialmap.search.normalise import SynonymTable
from kansrijk.ui import cache_versions

TIMEOUT = 60.0
T = TypeVar("T")
Choices = list[tuple[str, str]]

_store: dict[tuple[str, str], tuple[float, Any]] = {}
_memo: dict[tuple[str, str], tuple[float, Any]] = {}
MEMO_SIZE = 10_000
_lock = threading.Lock()


NAMESPACE = "socialmap-search"
# The shared version last seen by this process, and (per thread) when it was last read: at
# the start of every request (``request_started``, see ``apps.py``) and otherwise (commands,
# tests) at most once every ``VERSION_CHECK_SECONDS``.
_seen = {"version": ""}
_checked = threading.local()
VERSION_CHECK_SECONDS = 1.0


def clear(**_signal: Any) -> None:
    """Forget every cached list and answer in this process."""
    with _lock:
        _store.clear()
        _memo.clear()


def forget_shared_version() -> None:
    """Read the shared version again on the next use (for tests: every test's cache starts
    empty)."""
    _seen["version"] = ""
    _checked.at = -1e9


def check_at_next_use(**_signal: Any) -> None:
    """Connected to ``request_started``: the request's first use reads the shared version."""
    _checked.at = -1e9


def clear_after_commit(**_signal: Any) -> None:
    """A change to the search index or to a list it reads (also a signal receiver): forget
    now, and tell every process (this one included) now and again when the transaction
    commits (a request in between may have cached the old state)."""
    clear()
    cache_versions.bump_after_commit(NAMESPACE)


def follow_other_processes() -> str:
    """The shared version, read at most once per request (or ``VERSION_CHECK_SECONDS``):
    when it changed since this process last read it, everything kept here is forgotten."""
    now = time.monotonic()
    if now - getattr(_checked, "at", -1e9) < VERSION_CHECK_SECONDS and _seen["version"]:
        return _seen["version"]
    version = cache_versions.current(NAMESPACE)
    _checked.at = now
    if version != _seen["version"]:
        if _seen["version"]:
            clear()
        _seen["version"] = version
    return version


def cached_result(parts: tuple[Any, ...], build: Callable[[], str]) -> SafeString:
    """The rendered results of one search (``parts``: the query, the filters, what the
    viewer may see), kept ``KANSRIJK_SEARCH_CACHE_SECONDS`` in the shared cache under the
    current version (read afresh for every search): a write to the search index makes them
    unreachable in every process at once."""
    seconds = int(getattr(settings, "KANSRIJK_SEARCH_CACHE_SECONDS", 60))
    if seconds <= 0:
        return mark_safe(build())  # noqa: S308  # nosec B308 B703 (rendered by a template)
    follow_other_processes()
    key = cache_versions.key(NAMESPACE, get_language(), parts)
    html: str | None = cache.get(key)
    if html is None:
        html = build()
        cache.set(key, html, seconds)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 (rendered by a template)


def remembered(kind: str, key: str, build: Callable[[], T]) -> T:
    """An answer about the search index (is this prefix known? which words are closest to
    this typo?), kept like the lists: ``TIMEOUT`` seconds, forgotten on every write to the
    index. At most ``MEMO_SIZE`` answers are kept; beyond that the memo starts afresh."""
    follow_other_processes()
    now = time.monotonic()
    hit = _memo.get((kind, key))
    if hit is not None and now - hit[0] < TIMEOUT:
        return hit[1]  # type: ignore[no-any-return]
    value = build()
    with _lock:
        if len(_memo) >= MEMO_SIZE:
            _memo.clear()
        _memo[(kind, key)] = (now, value)
    return value


def _cached(name: str, build: Callable[[], T], *, per_language: bool = False) -> T:
    follow_other_processes()
    key = (name, (get_language() or "nl") if per_language else "")
    now = time.monotonic()
    hit = _store.get(key)
    if hit is not None and now - hit[0] < TIMEOUT:
        return hit[1]  # type: ignore[no-any-return]
    value = build()
    with _lock:
        _store[key] = (now, value)
    return value


def risk_names() -> list[tuple[str, tuple[str, str]]]:
    """Key, Dutch and English name of every active risk situation (``search/themes.py``)."""
    from kansrijk.socialmap.models import RiskSituation

    return _cached(
        "risk-names",
        lambda: [
            (key, (name, name_en))
            for key, name, name_en in RiskSituation.objects.filter(active=True)
            .order_by("key")
            .values_list("key", "name", "name_en")
        ],
    )


def municipality_choices() -> Choices:
    from kansrijk.regions.models import Municipality

    return _cached(
        "municipalities",
        lambda: list(Municipality.objects.order_by("name").values_list("code", "name")),
    )


def municipality_codes() -> frozenset[str]:
    return _cached("municipality-codes", lambda: frozenset(c for c, _n in municipality_choices()))


def risk_choices() -> Choices:
    """Active risk situations in the list's order, labelled in the current language."""
    from kansrijk.socialmap.models import RiskSituation

    return _cached(
        "risks",
        lambda: [(r.key, r.label) for r in RiskSituation.objects.filter(active=True)],
        per_language=True,
    )


def synonym_table() -> SynonymTable:
    from kansrijk.socialmap.models import SynonymGroup

    return _cached(
        "synonyms",
        lambda: SynonymTable.from_groups(
            group.term_list for group in SynonymGroup.objects.filter(active=True)
        ),
    )


def options(
    name: str, choices: Callable[[], Sequence[tuple[Any, Any]]], selected: str
) -> SafeString:
    """``<option>`` elements for a select, with ``selected`` marked. The HTML without a
    selection is cached per list and language (``name`` must identify ``choices``)."""
    html = _cached(
        f"options:{name}",
        lambda: format_html_join(
            "", '<option value="{}">{}</option>', ((value, label) for value, label in choices())
        ),
        per_language=True,
    )
    needle = format_html('<option value="{}">', selected)
    return mark_safe(  # noqa: S308  # nosec B308 B703 (inserts a constant into escaped HTML)
        html.replace(needle, needle[:-1] + " selected>", 1)
    )
