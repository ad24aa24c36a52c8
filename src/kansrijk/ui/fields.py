"""Form fields that hold against bad input on every database engine."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, models


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    """Django's field, but a key too large for the database is an unknown choice.

    Django looks the chosen keys up with ``pk__in``; a number beyond the integer range
    (``10**30``) makes SQLite raise OverflowError there (a 500). Such a key cannot exist,
    so it is refused as an invalid choice before the query.
    """

    def _check_values(self, value: Iterable[Any]) -> Any:
        key = self.to_field_name or "pk"
        assert self.queryset is not None
        meta = self.queryset.model._meta
        field = meta.pk if key == "pk" else meta.get_field(key)
        if isinstance(field, models.IntegerField | models.AutoField):
            low, high = connection.ops.integer_field_range(field.get_internal_type())
            for item in value:
                try:
                    number = int(str(item))
                except ValueError:
                    continue  # Django's own check names it
                if (low is not None and number < low) or (high is not None and number > high):
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": str(item)[:40]},
                    )
        return super()._check_values(value)  # type: ignore[misc]
