"""Password rules with messages in our own catalogues (Django's Dutch one lacks this one)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import MinimumLengthValidator as DjangoMinimumLength
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class MinimumLengthValidator(DjangoMinimumLength):
    def validate(self, password: str, user: Any = None) -> None:
        if len(password) < self.min_length:
            raise ValidationError(
                _("This password is too short: use at least %(min_length)d characters.")
                % {"min_length": self.min_length},
                code="password_too_short",
            )

    def get_help_text(self) -> str:
        return _("Use at least %(min_length)d characters.") % {"min_length": self.min_length}
