"""A corpus of bad inputs, for the tests of every form, import and API endpoint.

Each app's tests put these values, one at a time, into each field that has a type or a
list of allowed values (codes, dates, numbers, e-mail addresses, slugs, choices) and
check that the answer is a clear error and that nothing was stored. ``snapshot()`` gives
the row counts of every table, to compare before and after.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps

WRONG_TYPES: list[Any] = [None, True, 12345, 1.5, [], {}, ["a", "b"], {"x": 1}]
HUGE: list[Any] = ["x" * 100_000, 10**30, -(10**30), "9" * 400]
WRONG_ENCODINGS: list[Any] = ["\x00", "abc\x00def", "\ufffd\ufffd", "\u202etxt.exe", "é" * 5000]
SCRIPT: list[Any] = [
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    '"><img src=x onerror=alert(1)>',
]
SQL: list[Any] = ["' OR '1'='1", "1; DROP TABLE accounts_user; --", "\\'; SELECT pg_sleep(5); --"]
UNKNOWN_CODES: list[Any] = ["GM9999", "ZZ0000", "onbekend", "PV99", "-1", "0"]

# For fields with a type or allowed values: every one of these is an error.
CORPUS: list[Any] = WRONG_TYPES + HUGE + WRONG_ENCODINGS + SCRIPT + SQL + UNKNOWN_CODES


def corpus_for_text() -> list[Any]:
    """For free-text fields: values that must be refused (script text is valid text that is
    escaped on output, so it is tested separately)."""
    return [v for v in WRONG_TYPES if not isinstance(v, str | int | float | bool)] + [
        "x" * 100_000,
        "\x00",
        "abc\x00def",
    ]


def snapshot() -> dict[str, int]:
    """Number of rows of every table of our own models and the audit log."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label
        not in {"sessions", "axes", "contenttypes", "auth", "otp_totp", "otp_static"}
        and model._meta.label not in {"accounts.SecurityEvent", "accounts.UserSession"}
    }
