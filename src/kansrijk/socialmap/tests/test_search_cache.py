"""The search's cached lists and results follow changes made in other processes within a
second: a committed change counts up the shared index version, and every process reads it."""

from typing import Any

import pytest

from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import SearchIndexVersion
from kansrijk.socialmap.search import lists
from kansrijk.socialmap.services.indexing import service_reindex
from kansrijk.socialmap.tests.factories import make_organization, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_for_a_minute(settings: Any) -> None:
    settings.KANSRIJK_SEARCH_CACHE_SECONDS = 60


def _version() -> int:
    return SearchIndexVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def test_a_committed_index_write_counts_up_the_shared_version(
    reference: None, coalition: Coalition, django_capture_on_commit_callbacks: Any
) -> None:
    service = make_service(organization=make_organization(coalition=coalition))
    before = _version()
    with django_capture_on_commit_callbacks(execute=True):
        service_reindex(service=service)
    assert _version() == before + 1


def test_a_change_in_another_process_replaces_the_cached_results_within_a_second(
    cached_for_a_minute: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "VERSION_CHECK_SECONDS", 0.0)
    assert lists.cached_result(("schulden",), lambda: "oud") == "oud"
    assert lists.cached_result(("schulden",), lambda: "nieuw") == "oud"
    # Another process commits a change to the index: only the shared version tells us.
    SearchIndexVersion.objects.update_or_create(pk=1, defaults={"version": _version() + 1})
    assert lists.cached_result(("schulden",), lambda: "nieuw") == "nieuw"


def test_the_shared_version_is_read_at_most_once_per_interval(
    cached_for_a_minute: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "VERSION_CHECK_SECONDS", 3600.0)
    lists.follow_other_processes()
    assert lists.cached_result(("hulp",), lambda: "oud") == "oud"
    SearchIndexVersion.objects.update_or_create(pk=1, defaults={"version": _version() + 1})
    assert lists.cached_result(("hulp",), lambda: "nieuw") == "oud"
