"""The search's cached lists and results follow changes made in other processes at their next
request: a change bumps the search's version in the shared cache, now and once committed, and
every process reads that version at the start of each request."""

from typing import Any

import pytest
from django.core.signals import request_started

from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.search import lists
from kansrijk.socialmap.services.indexing import service_reindex
from kansrijk.socialmap.tests.factories import make_organization, make_service
from kansrijk.ui import cache_versions

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_for_a_minute(settings: Any) -> None:
    settings.KANSRIJK_SEARCH_CACHE_SECONDS = 60


def _version() -> str:
    return cache_versions.current(lists.NAMESPACE)


def test_a_committed_index_write_changes_the_shared_version_again_after_the_commit(
    reference: None, coalition: Coalition, django_capture_on_commit_callbacks: Any
) -> None:
    service = make_service(organization=make_organization(coalition=coalition))
    before = _version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        service_reindex(service=service)
    during = _version()
    assert during != before
    for callback in callbacks:
        callback()
    assert _version() not in {before, during}


def test_a_change_in_another_process_replaces_the_cached_results_at_once(
    cached_for_a_minute: None,
) -> None:
    assert lists.cached_result(("schulden",), lambda: "oud") == "oud"
    assert lists.cached_result(("schulden",), lambda: "nieuw") == "oud"
    # Another process changes the index: only the version in the shared cache tells us.
    cache_versions.bump(lists.NAMESPACE)
    assert lists.cached_result(("schulden",), lambda: "nieuw") == "nieuw"


def test_the_lists_kept_in_memory_follow_another_process_at_the_next_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lists, "VERSION_CHECK_SECONDS", 3600.0)
    request_started.send(sender=None)
    assert lists.remembered("prefix", "schuld", lambda: False) is False
    cache_versions.bump(lists.NAMESPACE)  # another process indexed a word
    # Within the same request the version is not read again ...
    assert lists.remembered("prefix", "schuld", lambda: True) is False
    # ... the next request reads it and forgets what it knew.
    request_started.send(sender=None)
    assert lists.remembered("prefix", "schuld", lambda: True) is True
