"""The shapes of the keys in the API (CBS codes, keys), for the OpenAPI document and the
checks: a documented pattern is also enforced (a value outside it is a 400 or a 404), so
that the document tells the truth in both directions.

Digits are written ``[0-9]``: in a JSON-schema (ECMA) pattern and in Python ``\\d`` differ
(Python also matches other scripts' digits).
"""

from __future__ import annotations

import re
from typing import Any

import django_filters
from django.core.validators import RegexValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.drainage import set_override
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers

MUNICIPALITY = "GM[0-9]{4}"
GGD_REGION = "GG[0-9]{4}"
PROVINCE = "PV[0-9]{2}"


def anchored(pattern: str) -> str:
    return f"^{pattern}$"


def optional(pattern: str) -> str:
    """A query parameter's pattern: the code, or empty (an empty filter filters nothing)."""
    return f"^(?:{pattern})?$"


def code_filter(pattern: str, **kwargs: Any) -> django_filters.CharFilter:
    """A filter on a code: documented with its pattern, a value outside it is a 400."""
    validator = RegexValidator(
        anchored(pattern), message=gettext_lazy("This is not a code of the right form.")
    )
    field = django_filters.CharFilter(validators=[validator], **kwargs)
    set_override(field, "field", {"type": "string", "pattern": optional(pattern)})
    return field


def bounded_number_filter(minimum: int, maximum: int, **kwargs: Any) -> django_filters.NumberFilter:
    field = django_filters.NumberFilter(min_value=minimum, max_value=maximum, **kwargs)
    set_override(field, "field", {"type": "integer", "minimum": minimum, "maximum": maximum})
    return field


def check_parameter(params: Any, name: str, pattern: str) -> str:
    """The query parameter ``name`` when given; a 400 when it does not have the pattern."""
    value = str(params.get(name) or "")
    if value and not re.fullmatch(pattern, value):
        raise exceptions.ValidationError(
            {name: [_("This is not a code of the right form.")]}, code="invalid"
        )
    return value


def _code_field(pattern: str, name: str) -> type[serializers.CharField]:
    schema = {"type": "string", "pattern": anchored(pattern)}
    return extend_schema_field(schema)(type(name, (serializers.CharField,), {}))


# Read-only code fields in answers, documented with their pattern.
MunicipalityCodeField = _code_field(MUNICIPALITY, "MunicipalityCodeField")
GgdRegionCodeField = _code_field(GGD_REGION, "GgdRegionCodeField")
ProvinceCodeField = _code_field(PROVINCE, "ProvinceCodeField")
