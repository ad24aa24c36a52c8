"""Public API views: the menu and a coalition's palette."""

from __future__ import annotations

from django.http import Http404
from rest_framework import generics, permissions
from rest_framework.request import Request
from rest_framework.response import Response

from kansrijk.accounts.access import is_data_owner
from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import selectors
from kansrijk.interventions.api.serializers import InterventionSerializer, PaletteSerializer


class InterventionList(generics.ListAPIView):  # type: ignore[type-arg]
    """The menu of interventions (public)."""

    permission_classes = (permissions.AllowAny,)
    serializer_class = InterventionSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        params = self.request.query_params
        return selectors.catalogue_list(
            selectors.CatalogueFilter(
                phase=params.get("fase", ""),
                risk=params.get("risicosituatie", ""),
                recognition=params.get("erkenning", ""),
                form=params.get("vorm", ""),
                zvw=params.get("zvw", ""),
            )
        )


class InterventionDetail(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = (permissions.AllowAny,)
    serializer_class = InterventionSerializer
    lookup_field = "key"

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.catalogue_list()


class CoalitionPalette(generics.GenericAPIView):  # type: ignore[type-arg]
    """The public parts of a coalition's palette (small reach counts hidden)."""

    permission_classes = (permissions.AllowAny,)
    serializer_class = PaletteSerializer

    def get(self, request: Request, slug: str) -> Response:
        coalition = Coalition.objects.filter(slug=slug).first()
        if coalition is None:
            raise Http404
        owner = request.user.is_authenticated and is_data_owner(request.user, coalition)
        serializer = PaletteSerializer(
            {"coalition": coalition.slug, "items": selectors.palette_list(coalition)},
            context={"owner": owner},
        )
        return Response(serializer.data)


__all__ = ["CoalitionPalette", "InterventionDetail", "InterventionList"]
