"""The coalition register: public to read; the lead (or a national editor) writes."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from rest_framework import generics, serializers
from rest_framework.request import Request

from kansrijk.api import patterns
from kansrijk.api.permissions import NationalEditorWrite, PublicReadLeadWrite
from kansrijk.api.views import ReadCreateUpdateViewSet
from kansrijk.coalitions import selectors
from kansrijk.coalitions.api.serializers import (
    CoalitionSerializer,
    CoalitionUpdateSerializer,
    PartnerSerializer,
    StepStatusSerializer,
)
from kansrijk.coalitions.models import (
    Coalition,
    CoalitionKind,
    CoalitionStatus,
    Partner,
    StepStatusEntry,
)


class CoalitionFilter(django_filters.FilterSet):  # type: ignore[misc]
    soort = django_filters.ChoiceFilter(field_name="kind", choices=CoalitionKind.choices)
    status = django_filters.ChoiceFilter(choices=CoalitionStatus.choices)
    tranche = patterns.bounded_number_filter(1, 4)
    gemeente = patterns.code_filter(
        patterns.MUNICIPALITY, field_name="municipalities__code", distinct=True
    )

    class Meta:
        model = Coalition
        fields: list[str] = []


class CoalitionPermission(NationalEditorWrite):
    """Read: everybody. Create: national editors. Change: the lead and national editors."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method == "PATCH":
            return bool(request.user and request.user.is_authenticated)
        return super().has_permission(request, view)

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        return PublicReadLeadWrite().has_object_permission(request, view, obj)


class CoalitionViewSet(ReadCreateUpdateViewSet):
    """Coalitions of the register. Creating one is for national editors; its lead and
    national editors change its register entry."""

    lookup_field = "slug"
    filterset_class = CoalitionFilter
    permission_classes = [CoalitionPermission]

    def get_queryset(self) -> QuerySet[Coalition]:
        return selectors.coalition_list()

    def get_serializer_class(self) -> type[serializers.BaseSerializer[Coalition]]:
        if self.request.method in ("PATCH", "PUT"):
            return CoalitionUpdateSerializer
        return CoalitionSerializer


class _CoalitionChildView(generics.ListCreateAPIView):  # type: ignore[type-arg]
    """A list under ``coalities/{slug}``: public to read, the lead appends."""

    permission_classes = [PublicReadLeadWrite]

    def coalition(self) -> Coalition:
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return Coalition()
        if not hasattr(self, "_coalition"):
            self._coalition = get_object_or_404(Coalition, slug=self.kwargs["slug"])
            if self.request.method not in ("GET", "HEAD", "OPTIONS"):
                self.check_object_permissions(self.request, self._coalition)
        return self._coalition

    def get_serializer_context(self) -> dict[str, Any]:
        context = dict(super().get_serializer_context())
        if "slug" in self.kwargs:
            context["coalition"] = self.coalition()
        return context

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        self.coalition()
        return super().create(request, *args, **kwargs)


class StepStatusListView(_CoalitionChildView):
    """The coalition's declared step statuses, newest first (history is appended)."""

    serializer_class = StepStatusSerializer

    def get_queryset(self) -> QuerySet[StepStatusEntry]:
        if getattr(self, "swagger_fake_view", False):
            return StepStatusEntry.objects.none()
        return StepStatusEntry.objects.filter(coalition=self.coalition()).order_by(
            "-created_at", "-pk"
        )


class PartnerListView(_CoalitionChildView):
    """The partner organisations of the coalition (no contact persons)."""

    serializer_class = PartnerSerializer

    def get_queryset(self) -> QuerySet[Partner]:
        if getattr(self, "swagger_fake_view", False):
            return Partner.objects.none()
        return selectors.partners_by_ring(coalition=self.coalition())
