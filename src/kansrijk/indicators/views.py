"""Pages of the startfoto (step 2a). Thin: builders in ``startfoto``, writes in ``services``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view, national_editor_required
from kansrijk.coalitions.models import Coalition
from kansrijk.indicators import caching, charts, forms, selectors, services, startfoto
from kansrijk.indicators.imports import import_upload
from kansrijk.indicators.maps import map_items_for
from kansrijk.indicators.models import Indicator, NoteStatus, StoryNote
from kansrijk.regions.models import Municipality


def _owner(request: HttpRequest) -> bool:
    """The data's owner (the national editor who imports it) sees small counts too."""
    return access.is_national_editor(request.user)


def _municipality(code: str) -> Municipality:
    return get_object_or_404(
        Municipality.objects.select_related("ggd_region", "province"), code=code.upper()
    )


def _indicator(code: str) -> Indicator:
    return get_object_or_404(Indicator.objects.select_related("group"), key=code, active=True)


def _period(raw: str | None) -> tuple[int, int] | None:
    if not raw:
        return None
    start, _sep, end = raw.partition("-")
    try:
        return int(start), int(end or start)
    except ValueError:
        return None


def area_html(municipality: Municipality, *, owner: bool, pdf: bool = False) -> SafeString:
    """The spine chart and overview table of one municipality, cached per data version."""

    def build() -> str:
        context = area_context(municipality, owner=owner)
        context["pdf"] = pdf
        return render_to_string("indicators/_area.html", context)

    return caching.fragment(("area", municipality.code, owner, pdf), build)


def coalition_totals_html(coalition: Coalition, *, owner: bool) -> SafeString:
    """The coalition as a whole (several municipalities summed), cached per data version."""

    def build() -> str:
        municipalities = coalition.municipalities.select_related("ggd_region").order_by("name")
        per_area = [
            startfoto.build_lines(m.code, m.ggd_region.code, owner=owner) for m in municipalities
        ]
        totals = startfoto.build_totals(
            per_area, threshold=settings.KANSRIJK_SMALL_COUNT_THRESHOLD, owner=owner
        )
        return render_to_string(
            "indicators/_totals.html", {"totals": totals, "coalition": coalition}
        )

    codes = tuple(coalition.municipalities.order_by("code").values_list("code", flat=True))
    return caching.fragment(("coalition-total", coalition.pk, codes, owner), build)


def area_synthetic(municipality: Municipality) -> bool:
    return selectors.has_synthetic_values(municipality.code)


def area_context(municipality: Municipality, *, owner: bool) -> dict[str, Any]:
    lines = startfoto.build_lines(municipality.code, municipality.ggd_region.code, owner=owner)
    return {
        "municipality": municipality,
        "lines": lines,
        "spine": charts.spine_svg(lines, municipality.name),
        "synthetic": any(line.synthetic and line.own for line in lines),
        "predecessors": selectors.predecessors_with_values(municipality),
        "owner": owner,
    }


def catalogue(request: HttpRequest) -> HttpResponse:
    return render(
        request, "indicators/catalogue.html", {"indicators": selectors.indicators_active()}
    )


def national(request: HttpRequest, code: str) -> HttpResponse:
    indicator = _indicator(code)
    owner = _owner(request)
    period = _period(request.GET.get("periode"))

    def build() -> str:
        page = startfoto.build_national(indicator, period, owner=owner)
        items, legend = map_items_for(page)
        context = {
            "indicator": indicator,
            "page": page,
            "funnel": charts.funnel_svg(page),
            "items": items,
            "legend": legend,
        }
        return render_to_string("indicators/_national_body.html", context)

    body = caching.fragment(("national", indicator.key, period, owner), build)
    context = {"indicator": indicator, "body": body, "owner": owner}
    return render(request, "indicators/national.html", context)


def municipality_startfoto(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(code)
    owner = _owner(request)
    context = {
        "municipality": municipality,
        "body": area_html(municipality, owner=owner),
        "synthetic": area_synthetic(municipality),
        "owner": owner,
        "coalitions": municipality.coalitions.all(),
    }
    return render(request, "indicators/municipality.html", context)


def municipality_indicator(request: HttpRequest, code: str, indicator: str) -> HttpResponse:
    municipality = _municipality(code)
    item = _indicator(indicator)
    owner = _owner(request)
    lines = startfoto.build_lines(municipality.code, municipality.ggd_region.code, owner=owner)
    line = next((candidate for candidate in lines if candidate.indicator.pk == item.pk), None)
    if line is None:
        raise Http404
    page = startfoto.build_national(item, line.period, owner=owner)
    context = {
        "municipality": municipality,
        "line": line,
        "indicator": item,
        "trend_chart": charts.trend_svg(line, municipality.name),
        "funnel": charts.funnel_svg(page, highlight=municipality.code),
        "owner": owner,
    }
    return render(request, "indicators/municipality_indicator.html", context)


@coalition_view("public")
def coalition_startfoto(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    member = access.can_view_coalition(request.user, coalition)
    owner = _owner(request)
    areas: list[dict[str, Any]] = [
        {"municipality": m, "body": area_html(m, owner=owner)}
        for m in coalition.municipalities.select_related("ggd_region", "province").order_by("name")
    ]
    context = {
        "coalition": coalition,
        "areas": areas,
        "totals": coalition_totals_html(coalition, owner=owner) if len(areas) > 1 else "",
        "synthetic": any(area_synthetic(a["municipality"]) for a in areas),
        "member": member,
        "lead": access.can_edit_coalition(request.user, coalition),
        "notes": selectors.story_notes(coalition, include_unpublished=member),
        "note_form": (
            forms.StoryNoteForm()
            if access.can_contribute_to_coalition(request.user, coalition)
            else None
        ),
        "owner": owner,
    }
    return render(request, "indicators/coalition.html", context)


@require_POST
@coalition_view("member")
def note_add(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.StoryNoteForm(request.POST)
    if form.is_valid():
        try:
            services.story_note_create(
                coalition=coalition,
                indicator=form.cleaned_data["indicator"],
                text=form.cleaned_data["text"],
                user=request.user,
            )
        except ValidationError as error:
            messages.error(request, "; ".join(error.messages))
        else:
            messages.success(request, _("Your note was saved; the lead decides on publishing it."))
    else:
        messages.error(
            request,
            _("The note was not saved: %(errors)s")
            % {"errors": "; ".join(str(e) for errors in form.errors.values() for e in errors)},
        )
    return redirect("indicators:coalition", slug=coalition.slug)


@require_POST
@coalition_view("lead")
def note_status(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    note = get_object_or_404(StoryNote, pk=pk, coalition=coalition)
    form = forms.NoteStatusForm(request.POST)
    if form.is_valid():
        services.story_note_set_status(note=note, status=form.cleaned_data["status"])
        if form.cleaned_data["status"] == NoteStatus.PUBLISHED:
            messages.success(request, _("The note is published."))
        else:
            messages.success(request, _("The note is hidden."))
    else:
        messages.error(request, _("Choose to publish or to hide the note."))
    return redirect("indicators:coalition", slug=coalition.slug)


@national_editor_required
def import_page(request: HttpRequest) -> HttpResponse:
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    count = 0
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        outcome = import_upload(
            file=upload,
            size=upload.size,
            name=upload.name,
            period=form.cleaned_data["period"] or None,
            extra_columns=form.cleaned_data["columns"],
            user=request.user,
        )
        if outcome.problem_count:
            problems, count = outcome.problems, outcome.problem_count
        else:
            messages.success(request, outcome.summary)
            return redirect("indicators:import")
    context = {"form": form, "problems": problems, "count": count, "more": count - len(problems)}
    return render(request, "indicators/import.html", context)
