"""Form fields that hold against bad input on every database engine."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.utils.translation import gettext_lazy as _


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


def refuse_hidden_characters(value: str) -> None:
    """An address with an invisible formatting character (a right-to-left override makes
    ``https://\\u202etxt.exe`` read as another address) is refused."""
    if any(unicodedata.category(character) == "Cf" for character in value):
        raise ValidationError(
            _("The address contains an invisible character."), code="hidden_character"
        )


class URLField(forms.URLField):
    """Django's URL field, refusing invisible formatting characters too."""

    default_validators = [*forms.URLField.default_validators, refuse_hidden_characters]
