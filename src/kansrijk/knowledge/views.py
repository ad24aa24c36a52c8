"""Pages of the knowledge base (public)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from kansrijk.coalitions.models import STEPS
from kansrijk.knowledge import selectors
from kansrijk.knowledge.forms import SearchForm
from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample


def index(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    text, theme, step = "", None, None
    if form.is_valid():
        text = form.cleaned_data["q"] or ""
        theme = form.cleaned_data["thema"]
        step = form.cleaned_data["stap"]
    searched = bool(text or theme or step)
    context = {
        "form": form,
        "searched": searched,
        "text": text,
        "examples": selectors.examples(text=text, theme=theme, step=step),
        "themes": selectors.themes(),
        "steps": STEPS,
    }
    return render(request, "knowledge/index.html", context)


def example(request: HttpRequest, key: str) -> HttpResponse:
    chosen = get_object_or_404(
        PracticeExample.objects.prefetch_related("themes"), key=key, active=True
    )
    labels = dict(STEPS)
    context = {
        "example": chosen,
        "steps": [(n, labels[n]) for n in chosen.steps if n in labels],
    }
    return render(request, "knowledge/example.html", context)


def theme(request: HttpRequest, key: str) -> HttpResponse:
    chosen = get_object_or_404(KnowledgeTheme, key=key, active=True)
    context = {"theme": chosen, "examples": selectors.examples(theme=chosen)}
    return render(request, "knowledge/theme.html", context)


def step(request: HttpRequest, number: int) -> HttpResponse:
    labels = dict(STEPS)
    if number not in labels:
        raise Http404
    context = {
        "number": number,
        "label": labels[number],
        "examples": selectors.examples(step=number),
    }
    return render(request, "knowledge/step.html", context)
