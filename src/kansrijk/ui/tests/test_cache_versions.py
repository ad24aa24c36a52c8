"""Versioned cache keys: a bump makes every earlier key of the namespace unreachable, in every
process, because the version lives in the shared cache."""

from typing import Any

import pytest
from django.core.cache import cache

from kansrijk.ui import cache_versions


def test_a_bump_gives_new_keys_for_the_same_parts_and_leaves_other_namespaces_alone() -> None:
    before = cache_versions.key("indicators", "national", "big2")
    other = cache_versions.key("socialmap-search", "schulden")
    assert cache_versions.key("indicators", "national", "big2") == before
    cache_versions.bump("indicators")
    assert cache_versions.key("indicators", "national", "big2") != before
    assert cache_versions.key("socialmap-search", "schulden") == other


def test_a_version_lost_from_the_cache_comes_back_as_a_new_one_never_an_old_one() -> None:
    first = cache_versions.current("indicators")
    cache_versions.bump("indicators")
    second = cache_versions.current("indicators")
    cache.delete(cache_versions.PREFIX + "indicators")  # evicted, or the cache was flushed
    assert cache_versions.current("indicators") not in {first, second}


@pytest.mark.django_db
def test_a_bump_in_a_transaction_is_repeated_once_it_commits(
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        cache_versions.bump_after_commit("indicators")
    during = cache_versions.current("indicators")
    assert len(callbacks) == 1
    callbacks[0]()
    assert cache_versions.current("indicators") != during
