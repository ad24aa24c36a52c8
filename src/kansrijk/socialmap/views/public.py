"""Public pages: the search for professionals, the customer route, the page for parents."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.socialmap import parents as parents_page
from kansrijk.socialmap import selectors
from kansrijk.socialmap.forms import SearchForm
from kansrijk.socialmap.models import ContactMoment, Domain, Phase
from kansrijk.socialmap.search import cards, lists
from kansrijk.socialmap.search.query import run_search

SVG_WIDTH = 960
LABEL_WIDTH = 110
ROW_HEIGHT = 22


def search(request: HttpRequest) -> HttpResponse:
    """The search page: the lists come from memory (``search/lists.py``), the result cards
    are rendered in Python (``search/cards.py``) and the rendered results of a search are
    kept for a minute, so that a search costs two queries at most and little else."""
    form = SearchForm(request.GET or None)
    results_html = None
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        if d["q"] or d["gemeente"] or d["risico"] or d["fase"]:
            visible = selectors.visibility_tokens(request.user)
            query = (d["q"], d["gemeente"], d["risico"], d["fase"], visible)
            results_html = lists.cached_result(query, partial(_results, *query))
    selects = [
        {
            "name": name,
            "label": form.fields[name].label,
            "options": lists.options(
                name, partial(form.choices, name), str(form.data.get(name, ""))
            ),
        }
        for name in ("gemeente", "risico", "fase")
    ]
    context: dict[str, Any] = {
        "form": form,
        "selects": selects,
        "results_html": results_html,
        "professional": selectors.is_professional(request.user),
    }
    return render(request, "socialmap/search.html", context)


def _results(
    text: str, municipality: str, risk: str, phase: str, visible: tuple[str, ...] | None
) -> str:
    result = run_search(
        text=text, municipality=municipality, risk=risk, phase=phase, visible=visible
    )
    return cards.result_block(result)


def _svg_layout(coalition: Coalition, user: Any) -> dict[str, Any]:
    timeline = selectors.customer_route(coalition, user)
    width = SVG_WIDTH - LABEL_WIDTH

    def x(fraction: float) -> float:
        return round(LABEL_WIDTH + fraction * width, 1)

    top = 70
    lanes = []
    domain_labels = dict(Domain.choices)
    for lane in timeline.lanes:
        rows = max(lane.rows, 1)
        bars = [
            {
                "x": x(b.start) + 2,
                "y": top + b.row * ROW_HEIGHT + 2,
                "width": round((b.end - b.start) * width - 4, 1),
                "label": b.item.label,
            }
            for b in lane.bars
        ]
        lanes.append(
            {
                "label": domain_labels[lane.domain],
                "y": top,
                "height": rows * ROW_HEIGHT,
                "bars": bars,
            }
        )
        top += rows * ROW_HEIGHT + 12
    phase_labels = dict(Phase.choices)
    phases = [
        {
            "label": phase_labels[key],
            "x": x(start),
            "width": round((end - start) * width, 1),
            "center": x((start + end) / 2),
        }
        for key, start, end in timeline.phases
    ]
    moments = [
        {"x": x(pos), "label": m.label, "number": n}
        for n, (m, pos) in enumerate(timeline.moments, start=1)
    ]
    return {
        "timeline": timeline,
        "lanes": lanes,
        "phases": phases,
        "moments": moments,
        "height": top + 10,
        "width": SVG_WIDTH,
        "label_width": LABEL_WIDTH,
    }


@coalition_view("public")
def customer_route(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    layout = _svg_layout(coalition, request.user)
    timeline = layout["timeline"]
    phase_rows = [
        {
            "label": label,
            "moments": [m for m, _pos in timeline.moments if m.phase == key],
            "items": sorted(timeline.items_in(key), key=lambda item: (item.domain, item.label)),
        }
        for key, label in Phase.choices
    ]
    context = {
        "coalition": coalition,
        "svg": layout,
        "phase_rows": phase_rows,
        "moments": ContactMoment.objects.filter(active=True),
        "domain_labels": dict(Domain.choices),
    }
    return render(request, "socialmap/customer_route.html", context)


def parents(request: HttpRequest, code: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, code=code.upper())
    grouped = parents_page.sections(
        selectors.parents_services(municipality),
        Phase.choices,
        _("Help at any time, from wanting a child until your child is two"),
    )
    context = {"municipality": municipality, "sections": grouped}
    return render(request, "socialmap/parents.html", context)


def parents_index(request: HttpRequest) -> HttpResponse:
    """Where parents-to-be choose their municipality (linked from the home page)."""
    context = {"municipalities": selectors.municipalities_with_parents_help()}
    return render(request, "socialmap/parents_index.html", context)
