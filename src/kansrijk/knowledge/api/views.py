"""Read-only API of the knowledge base: themes and practice examples (public)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, permissions
from rest_framework.exceptions import ValidationError

from kansrijk.coalitions.models import STEPS
from kansrijk.knowledge import selectors
from kansrijk.knowledge.api.serializers import KnowledgeThemeSerializer, PracticeExampleSerializer
from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample

FILTERS = [
    OpenApiParameter("zoek", str, description="Words to search for (full-text search)."),
    OpenApiParameter("thema", str, description="Key of a theme, e.g. armoede-en-schulden."),
    OpenApiParameter(
        "stap",
        {"type": "integer", "minimum": 1, "maximum": len(STEPS)},
        description="Number of a step (1-7) the example helps with.",
    ),
]


class ExampleQuery(forms.Form):
    zoek = forms.CharField(required=False, max_length=200, strip=True)
    thema = forms.SlugField(required=False, max_length=80)
    stap = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=len(STEPS),
        error_messages={"invalid": _("Give the number of a step, 1 to 7.")},
    )


class ThemeList(generics.ListAPIView[KnowledgeTheme]):
    """The themes of the knowledge base."""

    serializer_class = KnowledgeThemeSerializer
    permission_classes = (permissions.AllowAny,)
    filter_backends = ()

    def get_queryset(self) -> QuerySet[KnowledgeTheme]:
        return selectors.themes()


@extend_schema(parameters=FILTERS)
class ExampleList(generics.ListAPIView[PracticeExample]):
    """Practice examples; with ``zoek`` ranked by the full-text search, else by title."""

    serializer_class = PracticeExampleSerializer
    permission_classes = (permissions.AllowAny,)
    filter_backends = ()

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return PracticeExample.objects.none()
        query = ExampleQuery(self.request.query_params)
        if not query.is_valid():
            raise ValidationError({k: [str(m) for m in v] for k, v in query.errors.items()})
        data = query.cleaned_data
        theme = None
        if data["thema"]:
            theme = selectors.themes().filter(key=data["thema"]).first()
            if theme is None:
                return []
        return selectors.examples(text=data["zoek"], theme=theme, step=data["stap"])


class ExampleDetail(generics.RetrieveAPIView[PracticeExample]):
    serializer_class = PracticeExampleSerializer
    permission_classes = (permissions.AllowAny,)
    lookup_field = "key"

    def get_queryset(self) -> QuerySet[PracticeExample]:
        return PracticeExample.objects.filter(active=True).prefetch_related("themes")
