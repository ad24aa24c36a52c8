"""Read-only API of monitoring: a coalition's shared goals with their plain status."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from rest_framework import generics, permissions

from kansrijk.accounts.access import is_data_owner
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import selectors
from kansrijk.monitoring.api.serializers import CoalitionGoalSerializer
from kansrijk.monitoring.models import Goal


class CoalitionGoalList(generics.ListAPIView):  # type: ignore[type-arg]
    """The coalition's shared goals with baseline, target, newest measurement and status
    (on track, behind, reached, not yet measured). No owner names; small counts hidden."""

    permission_classes = (permissions.AllowAny,)
    serializer_class = CoalitionGoalSerializer

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return Goal.objects.none()
        coalition = get_object_or_404(Coalition, slug=self.kwargs["slug"])
        owner = is_data_owner(self.request.user, coalition)
        return selectors.public_goals(coalition=coalition, owner=owner)
