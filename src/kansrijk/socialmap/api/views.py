"""JSON API of the social map: public services and care paths for everybody, member-only
entries and contact persons for members."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny

from kansrijk.api import patterns
from kansrijk.socialmap import selectors
from kansrijk.socialmap.api.serializers import (
    CarePathSerializer,
    HsdsServiceSerializer,
    RiskSituationSerializer,
)
from kansrijk.socialmap.hsds.convert import labels
from kansrijk.socialmap.models import CarePath, RiskSituation, Service

FILTERS = [
    OpenApiParameter(
        "gemeente",
        str,
        description="CBS municipality code, e.g. GM0344",
        pattern=patterns.optional(patterns.MUNICIPALITY),
    ),
    OpenApiParameter("risico", str, description="key of a risk situation"),
    OpenApiParameter("coalitie", str, description="slug of a coalition"),
]


class _Context:
    request: Any

    def get_serializer_context(self) -> dict[str, Any]:
        context: dict[str, Any] = super().get_serializer_context()  # type: ignore[misc]
        context["professional"] = selectors.is_professional(self.request.user)
        context["labels"] = labels()
        return context


def _services(request: Any) -> QuerySet[Service]:
    return selectors.visible_services(request.user).prefetch_related(
        "risk_situations", "municipalities__province", "locations", "contacts"
    )


@extend_schema(parameters=[*FILTERS, OpenApiParameter("fase", str, description="phase key")])
class ServiceList(_Context, generics.ListAPIView[Service]):
    """Services of the social map in the HSDS 3.0 `service` shape."""

    serializer_class = HsdsServiceSerializer
    permission_classes = (AllowAny,)
    filter_backends = ()

    def get_queryset(self) -> QuerySet[Service]:
        services = _services(self.request).order_by("pk")
        params = self.request.query_params
        if municipality := patterns.check_parameter(params, "gemeente", patterns.MUNICIPALITY):
            services = services.filter(municipalities__code=municipality)
        if params.get("risico"):
            services = services.filter(risk_situations__key=params["risico"])
        if params.get("coalitie"):
            services = services.filter(organization__coalition__slug=params["coalitie"])
        if params.get("fase"):
            services = services.filter(phases__contains=f",{params['fase']},")
        return services.distinct()


class ServiceDetail(_Context, generics.RetrieveAPIView[Service]):
    serializer_class = HsdsServiceSerializer
    permission_classes = (AllowAny,)

    def get_object(self) -> Service:
        return get_object_or_404(_services(self.request), uuid=self.kwargs["uuid"])


@extend_schema(parameters=FILTERS[1:])
class CarePathList(_Context, generics.ListAPIView[CarePath]):
    """Care paths the requester may see, each with its current version."""

    serializer_class = CarePathSerializer
    permission_classes = (AllowAny,)
    filter_backends = ()

    def get_queryset(self) -> Any:
        paths = CarePath.objects.select_related("coalition", "risk_situation").order_by("pk")
        params = self.request.query_params
        if params.get("risico"):
            paths = paths.filter(risk_situation__key=params["risico"])
        if params.get("coalitie"):
            paths = paths.filter(coalition__slug=params["coalitie"])
        user = self.request.user
        return [p for p in paths if selectors.care_path_is_visible(user, p)]


class CarePathDetail(_Context, generics.RetrieveAPIView[CarePath]):
    serializer_class = CarePathSerializer
    permission_classes = (AllowAny,)

    def get_object(self) -> CarePath:
        path = get_object_or_404(
            CarePath.objects.select_related("coalition", "risk_situation"), pk=self.kwargs["pk"]
        )
        if not selectors.care_path_is_visible(self.request.user, path):
            raise NotFound
        return path


class RiskSituationList(generics.ListAPIView[RiskSituation]):
    """The national list of risk situations."""

    serializer_class = RiskSituationSerializer
    permission_classes = (AllowAny,)
    queryset = RiskSituation.objects.order_by("order", "name")
    filter_backends = ()
