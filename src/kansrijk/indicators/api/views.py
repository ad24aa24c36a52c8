"""Read-only JSON API: the indicator catalogue and values per area and period."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from kansrijk.accounts import access
from kansrijk.indicators import present, selectors
from kansrijk.indicators.api.serializers import (
    IndicatorSerializer,
    ValueSerializer,
    value_payload,
)
from kansrijk.indicators.models import Indicator, Value

PERIOD_HELP = "Een jaar (2022) of een vast blok van drie jaar (2021-2023)."


class IndicatorList(generics.ListAPIView[Indicator]):
    serializer_class = IndicatorSerializer

    def get_queryset(self) -> QuerySet[Indicator]:
        return (
            Indicator.objects.filter(active=True)
            .select_related("group")
            .order_by("group__order", "order")
        )


class IndicatorDetail(generics.RetrieveAPIView[Indicator]):
    serializer_class = IndicatorSerializer
    lookup_field = "key"
    lookup_url_kwarg = "code"

    def get_queryset(self) -> QuerySet[Indicator]:
        return Indicator.objects.filter(active=True).select_related("group")


class ValueList(generics.GenericAPIView[Value]):
    """Values of one indicator, optionally for one area (``gebied``) and period (``periode``)."""

    serializer_class = ValueSerializer
    pagination_class = None

    def get_queryset(self) -> QuerySet[Value]:
        return Value.objects.none()

    @extend_schema(
        parameters=[
            OpenApiParameter("gebied", str, description="Gebiedscode: GMxxxx, GGxxxx, PVxx, NL01"),
            OpenApiParameter("periode", str, description=PERIOD_HELP),
        ],
        responses=ValueSerializer(many=True),
    )
    def get(self, request: Request, code: str) -> Response:
        indicator = get_object_or_404(Indicator, key=code, active=True)
        owner = access.is_national_editor(request.user)
        values = Value.objects.filter(indicator=indicator).order_by(
            "area_code", "period_start", "period_end"
        )
        area = request.query_params.get("gebied")
        if area:
            values = values.filter(area_code=area.upper())
        period = request.query_params.get("periode")
        if period:
            start, _sep, end = period.partition("-")
            if not start.isdigit() or (end and not end.isdigit()):
                raise ValidationError({"periode": [PERIOD_HELP]})
            values = values.filter(period_start=int(start), period_end=int(end or start))
        if not area and not period:
            raise ValidationError({"gebied": ["Geef een gebied of een periode."]})
        cells = selectors.cells_from_values(values)
        data: list[dict[str, Any]] = [
            value_payload(indicator, present.show(cell, indicator.unit, owner=owner))
            for cell in cells
        ]
        return Response(data)
