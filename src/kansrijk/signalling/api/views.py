"""Public API of early signalling: the lists and a coalition's aggregated, suppressed figures."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions
from rest_framework.request import Request
from rest_framework.response import Response

from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import selectors
from kansrijk.signalling.api.serializers import (
    DomainSerializer,
    InstrumentSerializer,
    SignallingFiguresSerializer,
)


class DomainList(generics.ListAPIView):  # type: ignore[type-arg]
    """The life domains of the broad conversation with their risk and protective factors."""

    permission_classes = (permissions.AllowAny,)
    serializer_class = DomainSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.domains_with_factors()


class InstrumentList(generics.ListAPIView):  # type: ignore[type-arg]
    """The catalogue of screening instruments."""

    permission_classes = (permissions.AllowAny,)
    serializer_class = InstrumentSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.instruments()


class CoalitionFigures(generics.GenericAPIView):  # type: ignore[type-arg]
    """Home visits per quarter and anonymous signals per life domain and quarter.

    Counts below the small-count threshold are null, except for the coalition's members; so
    is any count from which such a count could be calculated (a total minus the others).
    """

    permission_classes = (permissions.AllowAny,)
    serializer_class = SignallingFiguresSerializer

    @extend_schema(responses=SignallingFiguresSerializer)
    def get(self, request: Request, slug: str) -> Response:
        coalition = Coalition.objects.filter(slug=slug).first()
        if coalition is None:
            raise Http404
        owner = selectors.is_owner(request.user, coalition)
        table = selectors.signal_counts(coalition, owner=owner)
        data = {
            "coalition": coalition.slug,
            "suppressed_below": selectors.threshold(),
            "home_visits": selectors.home_visit_quarters(coalition, owner=owner),
            "signals": table,
        }
        return Response(SignallingFiguresSerializer(data).data)
