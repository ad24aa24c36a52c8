"""Every named URL answers every role as its app's ``tests/access.py`` says."""

from __future__ import annotations

import importlib
from importlib.util import find_spec

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kansrijk.accounts.tests.matrix import LOGIN, ROLES, Expect, build_world

# Named URLs that belong to Django itself, not to us.
NOT_OURS = {"set_language"}


def named_urls(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = ""
) -> set[str]:
    names: set[str] = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            names |= named_urls(pattern.url_patterns, namespace)
        elif pattern.name:
            names.add(prefix + pattern.name)
    return names - NOT_OURS


def all_expectations(world: object) -> list[Expect]:
    found: list[Expect] = []
    for app in settings.KANSRIJK_APPS:
        if find_spec(f"{app}.tests") and find_spec(f"{app}.tests.access"):
            found.extend(importlib.import_module(f"{app}.tests.access").expectations(world))
    return found


def answer_of(client: Client, expect: Expect) -> int | str:
    url = reverse(expect.name, kwargs=expect.kwargs)
    response = getattr(client, expect.method)(url, data=expect.data or {})
    if response.status_code == 302 and response["Location"].startswith(reverse(settings.LOGIN_URL)):
        return LOGIN
    return int(response.status_code)


@pytest.mark.django_db
def test_every_named_url_has_an_expectation_and_answers_every_role_as_expected() -> None:
    world = build_world()
    expectations = all_expectations(world)
    covered = {e.name for e in expectations}
    missing = sorted(named_urls() - covered)
    assert not missing, f"Named URLs without an access expectation: {missing}"
    failures = []
    for role in ROLES:
        user = world.users[role]
        for expect in expectations:
            client = Client()
            if user is not None:
                client.force_login(user)
            # Each request runs on the same world: its writes are rolled back.
            with transaction.atomic():
                got = answer_of(client, expect)
                transaction.set_rollback(True)
            wanted = expect.answers[role]
            if got != wanted:
                failures.append(
                    f"{expect.method.upper()} {expect.name} {expect.kwargs} as {role}: {got}, expected {wanted}"
                )
    assert not failures, "\n".join(failures)
