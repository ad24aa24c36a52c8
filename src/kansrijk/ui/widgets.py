"""Input widgets whose value is written in the format of their HTML input type.

A browser reads the value of ``<input type="date">`` only as ``2027-06-01``; anything else
(Django's Dutch ``01-06-2027``) it discards without a word, and the next save stores an
empty field (issue 14: a care path lost its review date on every save). Django's date and
time widgets write the first input format of the active language unless they are given a
format, so every ``type="date"``, ``"time"`` and ``"datetime-local"`` input of
Kansrijk uses these widgets. Number inputs need no widget of their own as long as no field
sets ``localize=True``. ``ui/tests/test_input_formats.py`` checks every form of the project.
"""

from __future__ import annotations

from typing import Any

from django import forms

ISO_DATE = "%Y-%m-%d"
ISO_TIME = "%H:%M"
ISO_DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class DateInput(forms.DateInput):
    """``<input type="date">`` with its value as ``yyyy-mm-dd`` in every language."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format=ISO_DATE)


class TimeInput(forms.TimeInput):
    """``<input type="time">`` with its value as ``hh:mm`` in every language."""

    input_type = "time"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format=ISO_TIME)


class DateTimeInput(forms.DateTimeInput):
    """``<input type="datetime-local">`` with its value as ``yyyy-mm-ddThh:mm``."""

    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format=ISO_DATETIME_LOCAL)
