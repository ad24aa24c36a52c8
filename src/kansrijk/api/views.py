"""Base classes for API views: the conventions every app's API follows.

- List and detail of public data without a key; writes with a user's key (or session).
- Every documented error is problem+json (see ``kansrijk.api.schema``).
"""

from __future__ import annotations

from rest_framework import mixins, viewsets


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    """Public reference data: list (paginated, filterable) and detail."""


class ReadCreateUpdateViewSet(
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.ReadOnlyModelViewSet,  # type: ignore[type-arg]
):
    """Public list and detail; create and partial update where the permission allows."""

    http_method_names = ["get", "post", "patch", "head", "options"]
