"""Every date, time and number input of every form writes its value in the format of its
input type, in Dutch as in English; otherwise the browser drops the value and the next save
stores an empty field (issue 14)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from django import forms
from django.utils import translation

import kansrijk

VALUE = re.compile(r'\bvalue="([^"]*)"')
# The HTML standard's formats for each input type.
FORMAT = {
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "time": re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?"),
    "datetime-local": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?"),
    "number": re.compile(r"-?(\d+|\d*\.\d+)([eE][-+]?\d+)?"),
}
SKIPPED_MODULES = (".tests", ".migrations", ".management")


def _all_form_classes() -> list[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(kansrijk.__path__, "kansrijk."):
        if not any(part in module.name for part in SKIPPED_MODULES):
            importlib.import_module(module.name)
    found: list[type[forms.BaseForm]] = []
    todo: list[type[forms.BaseForm]] = [forms.BaseForm]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("kansrijk.") and ".tests" not in sub.__module__:
                found.append(sub)
    return sorted(set(found), key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def _sample(field: forms.Field) -> Any:
    """A value with everything a localised format changes: a day below 13, a time with
    minutes, a number with thousands and a fraction."""
    if isinstance(field, forms.DateTimeField):
        return datetime(2027, 6, 1, 14, 30)
    if isinstance(field, forms.DateField):
        return date(2027, 6, 1)
    if isinstance(field, forms.TimeField):
        return time(14, 30)
    if isinstance(field, forms.DecimalField | forms.FloatField):
        return Decimal("12345.50")
    return 12345


def _inputs_of_typed_fields() -> list[tuple[str, str, forms.Field]]:
    rows = []
    for cls in _all_form_classes():
        fields: dict[str, forms.Field] = getattr(cls, "base_fields", {})
        for name, field in fields.items():
            if getattr(field.widget, "input_type", None) in FORMAT:
                rows.append((f"{cls.__module__}.{cls.__qualname__}", name, field))
    return rows


def test_the_project_has_date_and_number_inputs_to_check() -> None:
    types = {field.widget.input_type for _f, _n, field in _inputs_of_typed_fields()}
    assert {"date", "number", "datetime-local"} <= types


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_date_time_and_number_input_writes_the_format_of_its_type(language: str) -> None:
    wrong = []
    with translation.override(language):
        for form, name, field in _inputs_of_typed_fields():
            input_type = field.widget.input_type
            html = field.widget.render(name, field.prepare_value(_sample(field)))
            values = VALUE.findall(html)
            if len(values) != 1 or not FORMAT[input_type].fullmatch(values[0]):
                wrong.append(f"{form}.{name} ({input_type}): {values}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_rendered_date_reads_back_as_the_same_date(language: str) -> None:
    with translation.override(language):
        for form, name, field in _inputs_of_typed_fields():
            if field.widget.input_type != "date":
                continue
            [value] = VALUE.findall(field.widget.render(name, date(2027, 6, 1)))
            assert date.fromisoformat(value) == date(2027, 6, 1), f"{form}.{name}"
            assert field.clean(value) == date(2027, 6, 1), f"{form}.{name}"
