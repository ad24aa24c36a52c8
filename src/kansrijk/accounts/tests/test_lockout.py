"""Log-in lock-out (django-axes) per account and per address, also behind a trusted proxy."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory, override_settings

from kansrijk.accounts.client_ip import client_ip
from kansrijk.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"
WRONG = "fout"
LOCKOUT = override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)


def attempt(email: str, password: str = WRONG, **meta: str) -> int:
    """A log-in attempt; ``meta``: the request's REMOTE_ADDR and headers."""
    client = Client()
    client.defaults.update(meta)
    response = client.post("/inloggen", {"username": email, "password": password})
    return int(response.status_code)


@LOCKOUT
def test_an_account_is_locked_after_failures_from_many_addresses() -> None:
    UserFactory(email="a@example.org")
    for n in range(3):
        attempt("a@example.org", REMOTE_ADDR=f"192.0.2.{n + 1}")
    assert attempt("a@example.org", PASSWORD, REMOTE_ADDR="198.51.100.7") == 429


@LOCKOUT
def test_an_address_is_locked_after_failures_on_many_accounts() -> None:
    UserFactory(email="b@example.org")
    for n in range(3):
        attempt(f"gok{n}@example.org", REMOTE_ADDR="192.0.2.50")
    assert attempt("b@example.org", PASSWORD, REMOTE_ADDR="192.0.2.50") == 429
    assert attempt("b@example.org", PASSWORD, REMOTE_ADDR="192.0.2.51") == 302


@LOCKOUT
@override_settings(KANSRIJK_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_client_address_is_locked_not_the_proxy() -> None:
    UserFactory(email="c@example.org")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for n in range(3):
        # A client that writes its own header gets nothing from it: the proxy appends.
        spoofed = f"203.0.113.{n}, 192.0.2.60"
        attempt(f"gok{n}@example.org", HTTP_X_FORWARDED_FOR=spoofed, **proxy)
    assert attempt("c@example.org", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.60", **proxy) == 429
    assert attempt("c@example.org", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.61", **proxy) == 302


def test_the_client_address_takes_only_as_many_hops_as_there_are_trusted_proxies(
    settings: object,
) -> None:
    factory = RequestFactory()
    request = factory.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.9", REMOTE_ADDR="10.0.0.1")
    with override_settings(KANSRIJK_TRUSTED_PROXY_COUNT=0):
        assert client_ip(request) == "10.0.0.1"
    with override_settings(KANSRIJK_TRUSTED_PROXY_COUNT=1):
        assert client_ip(request) == "192.0.2.9"
    with override_settings(KANSRIJK_TRUSTED_PROXY_COUNT=2):
        assert client_ip(request) == "6.6.6.6"
    garbage = factory.get("/", HTTP_X_FORWARDED_FOR="<script>", REMOTE_ADDR="10.0.0.1")
    with override_settings(KANSRIJK_TRUSTED_PROXY_COUNT=1):
        assert client_ip(garbage) == "10.0.0.1"
