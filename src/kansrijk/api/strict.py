"""Write bodies hold only the fields the document names (it says
``additionalProperties: false``): an unknown or read-only field is a 400, never silently
ignored (a misspelt field would otherwise look stored)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers


class RefuseUnknownFields:
    fields: Any

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(str(name) for name in data if name not in writable)
            if unknown:
                raise serializers.ValidationError(
                    {
                        name[:100]: [_("This field is unknown or cannot be changed.")]
                        for name in unknown[:20]
                    }
                )
        return super().to_internal_value(data)  # type: ignore[misc]
