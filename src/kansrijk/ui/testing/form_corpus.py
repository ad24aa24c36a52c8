"""Run the bad-input corpus through an HTML form: each value alone, in one field.

What a browser can send is text, so the corpus is posted as text. Every answer must be a
clear error (the form re-rendered with 200 or 400, or a redirect that carries an error
message), in Dutch, never a server error, and nothing may be stored: ``snapshot()`` (and an
optional ``state`` of the rows a form would change) is the same before and after.
A NUL character is refused by ``kansrijk.ui.nul_guard`` for every request (400).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.contrib.messages import constants, get_messages
from django.test import Client

from kansrijk.ui.testing.bad_input import (
    HUGE,
    SCRIPT,
    SQL,
    UNKNOWN_CODES,
    WRONG_ENCODINGS,
    snapshot,
)

# Values for a field with a type or allowed values (codes, dates, numbers, choices).
AS_TEXT: list[str] = [str(v) for v in HUGE + WRONG_ENCODINGS + SCRIPT + SQL + UNKNOWN_CODES] + [
    "",
    "[]",
    "{}",
    "12345",
    "1.5",
    "true",
]
# Values a free-text field must refuse (script and SQL are valid text, escaped on output).
TEXT_REFUSED: list[str] = ["x" * 100_000, "\x00", "abc\x00def"]

# Django's own messages in English: their presence means the page was not in Dutch.
ENGLISH = (
    "This field is required",
    "Enter a valid",
    "Select a valid choice",
    "Ensure this value",
    "is not one of the available choices",
    "Server Error",
)


# How a page shows an error: a field's error, an alert, an invalid field, Django's list.
ERROR_MARKS = ("kr-field-error", "kr-alert--error", "--invalid", "errorlist", "--error")


def _error_messages(response: Any) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request) if m.level >= constants.WARNING]


def assert_refused(
    client: Client,
    url: str,
    data: Mapping[str, Any],
    *,
    what: object = "",
    state: Callable[[], Any] | None = None,
    statuses: Iterable[int] = (200, 400),
) -> Any:
    """Post ``data`` and check: an error in Dutch, no server error, nothing stored."""
    before = snapshot()
    kept = state() if state else None
    for value in data.values():
        if isinstance(value, io.IOBase):
            value.seek(0)
    response = client.post(url, data)
    status = response.status_code
    label = (url, str(what)[:60], status)
    if status == 302:
        assert _error_messages(response), (*label, "redirect without an error message")
    else:
        assert status in tuple(statuses), label
        body = response.content.decode(errors="replace")
        assert not any(text in body for text in ENGLISH), (*label, "English error")
        if status == 200:
            assert any(mark in body for mark in ERROR_MARKS) or _error_messages(response), (
                *label,
                "no error shown",
            )
    assert snapshot() == before, (*label, "stored")
    if state:
        assert state() == kept, (*label, "changed")
    return response


def assert_form_refuses_corpus(
    client: Client,
    url: str,
    valid: Mapping[str, Any],
    *,
    typed: Iterable[str] = (),
    text: Iterable[str] = (),
    allowed: Mapping[str, Iterable[str]] | None = None,
    state: Callable[[], Any] | None = None,
    statuses: Iterable[int] = (200, 400),
) -> None:
    """Every corpus value in every typed field, every refused text in every text field.

    ``allowed`` names per field the corpus values that are valid there (an optional field
    may be empty; a number field may take 12345); those are skipped.
    """
    allowed = allowed or {}
    for field in typed:
        skip = set(allowed.get(field, ()))
        for value in AS_TEXT:
            if value in skip:
                continue
            assert_refused(
                client,
                url,
                {**valid, field: value},
                what=(field, value),
                state=state,
                statuses=statuses,
            )
    for field in text:
        for value in TEXT_REFUSED:
            assert_refused(
                client,
                url,
                {**valid, field: value},
                what=(field, value),
                state=state,
                statuses=statuses,
            )
