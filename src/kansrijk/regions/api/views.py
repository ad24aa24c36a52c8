"""Public reference data: provinces, GGD regions and municipalities (CBS codes)."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet

from kansrijk.api import patterns
from kansrijk.api.views import ReadOnlyViewSet
from kansrijk.regions.api.serializers import (
    GgdRegionSerializer,
    MunicipalitySerializer,
    ProvinceSerializer,
)
from kansrijk.regions.models import GGDRegion, Municipality, Province


class MunicipalityFilter(django_filters.FilterSet):  # type: ignore[misc]
    naam = django_filters.CharFilter(field_name="name", lookup_expr="icontains", max_length=100)
    provincie = patterns.code_filter(patterns.PROVINCE, field_name="province__code")
    ggdRegio = patterns.code_filter(patterns.GGD_REGION, field_name="ggd_region__code")  # noqa: N815

    class Meta:
        model = Municipality
        fields: list[str] = []


class ProvinceViewSet(ReadOnlyViewSet):
    serializer_class = ProvinceSerializer
    lookup_field = "code"
    lookup_value_regex = patterns.PROVINCE
    queryset = Province.objects.order_by("code")


class GGDRegionViewSet(ReadOnlyViewSet):
    serializer_class = GgdRegionSerializer
    lookup_field = "code"
    lookup_value_regex = patterns.GGD_REGION
    queryset = GGDRegion.objects.order_by("code")


class MunicipalityViewSet(ReadOnlyViewSet):
    serializer_class = MunicipalitySerializer
    lookup_field = "code"
    lookup_value_regex = patterns.MUNICIPALITY
    filterset_class = MunicipalityFilter

    def get_queryset(self) -> QuerySet[Municipality]:
        return Municipality.objects.select_related("province", "ggd_region").order_by("code")
