"""Reads of the knowledge base."""

from __future__ import annotations

from django.db.models import QuerySet

from kansrijk.knowledge import search
from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample


def themes() -> QuerySet[KnowledgeTheme]:
    return KnowledgeTheme.objects.filter(active=True).order_by("order", "name")


def examples(
    *, text: str = "", theme: KnowledgeTheme | None = None, step: int | None = None
) -> list[PracticeExample]:
    """Active examples, filtered; with text, ranked by the full-text search."""
    queryset = PracticeExample.objects.filter(active=True).prefetch_related("themes")
    if theme is not None:
        queryset = queryset.filter(themes=theme)
    found = search.search(text, queryset) if text.strip() else list(queryset.order_by("title"))
    if step is not None:
        found = [e for e in found if step in e.steps]
    return found


def examples_for_step(step: int, *, limit: int = 5) -> list[PracticeExample]:
    return examples(step=step)[:limit]


def examples_for_instrument(instrument: str, *, limit: int = 5) -> list[PracticeExample]:
    chosen = [
        e
        for e in PracticeExample.objects.filter(active=True).order_by("title")
        if instrument in e.instruments
    ]
    return chosen[:limit]
