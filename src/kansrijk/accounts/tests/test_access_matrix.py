"""Every named URL answers every role as its app's ``tests/access.py`` says."""

from __future__ import annotations

import importlib
from importlib.util import find_spec

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kansrijk.accounts.tests.matrix import LOGIN, ROLES, Expect, build_world

# Named URLs that belong to Django itself, not to us.
NOT_OURS = {"set_language"}
# What a refused write may answer: log in first, forbidden, not found, method not allowed
# (and 401 from the API).
REFUSED = {LOGIN, 401, 403, 404, 405}
PAGE_WRITES = ("post",)
API_WRITES = ("post", "put", "patch", "delete")
# Tables that a refused request may add to: the log of denied access and sessions.
BOOKKEEPING = {"django_session", "accounts_securityevent", "accounts_usersession"}


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


def row_counts() -> tuple[int, ...]:
    """The number of rows of every table of ours and of the libraries, in one query."""
    tables = sorted({m._meta.db_table for m in apps.get_models() if m._meta.managed} - BOOKKEEPING)
    quote = connection.ops.quote_name
    counts = (f"(SELECT COUNT(*) FROM {quote(t)})" for t in tables)  # noqa: S608 (model tables)
    sql = "SELECT " + ", ".join(counts)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(cursor.fetchone())


def answer_of(client: Client, expect: Expect, method: str | None = None) -> int | str:
    url = reverse(expect.name, kwargs=expect.kwargs)
    method = method or expect.method
    data = expect.data or {}
    if method in ("put", "patch", "delete"):
        response = getattr(client, method)(url, data=data, content_type="application/json")
    else:
        response = getattr(client, method)(url, data=data)
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


def client_of(user: object) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)  # type: ignore[arg-type]
    return client


@pytest.mark.django_db
def test_no_role_writes_to_a_route_it_may_only_read() -> None:
    """Every named URL gets a write of every role that may not write it (derived from the URL
    configuration through its expectations): a POST to pages, and POST, PUT, PATCH and DELETE
    to the API. The write must be refused and must change no row of any table."""
    world = build_world()
    expectations = all_expectations(world)
    # A route's read expectation says who may write it; explicit writes are checked too.
    routes: dict[str, Expect] = {}
    for expect in sorted(expectations, key=lambda e: e.method != "get"):
        routes.setdefault(expect.name, expect)
    missing = sorted(named_urls() - set(routes))
    assert not missing, f"Named URLs without a write expectation: {missing}"
    checks = [*routes.values(), *(e for e in expectations if e.method != "get")]
    failures = []
    for role in ROLES:
        client = client_of(world.users[role])
        before = row_counts()
        for expect in checks:
            if expect.may_write(role):
                continue
            methods = API_WRITES if expect.name.startswith("api:") else PAGE_WRITES
            for method in (expect.method,) if expect.method != "get" else methods:
                with transaction.atomic():
                    got = answer_of(client, expect, method)
                    changed = row_counts() != before
                    transaction.set_rollback(True)
                if got not in REFUSED or changed:
                    failures.append(
                        f"{method.upper()} {expect.name} {expect.kwargs} as {role}: {got}"
                        + (", rows changed" if changed else "")
                    )
    assert not failures, "\n".join(failures)
