"""A coalition's palette: the public list, editing by the lead, the gaps matrix, CSV."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.accounts.access import (
    can_edit_coalition,
    can_view_coalition,
    is_data_owner,
    is_national_editor,
    is_regional_coordinator_for,
)
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import selectors, services
from kansrijk.interventions.forms import PaletteItemForm
from kansrijk.interventions.models import PaletteItem
from kansrijk.interventions.templatetags import interventions as matrix
from kansrijk.reports.csv import csv_response

SHOWN_GAPS = 12


def _is_owner(request: HttpRequest, coalition: Coalition) -> bool:
    return bool(
        request.user.is_authenticated
        and (is_data_owner(request.user, coalition) or can_edit_coalition(request.user, coalition))
    )


def _region_code(request: HttpRequest, coalition: Coalition) -> str | None:
    """The GGD region of the coalition when the user may see that region's overview."""
    if not (
        is_national_editor(request.user) or is_regional_coordinator_for(request.user, coalition)
    ):
        return None
    municipality = coalition.municipalities.select_related("ggd_region").first()
    return municipality.ggd_region.code if municipality else None


def _nav(request: HttpRequest, coalition: Coalition) -> dict[str, object]:
    return {
        "region_code": _region_code(request, coalition),
        "coalition": coalition,
        "is_member": request.user.is_authenticated
        and (_is_owner(request, coalition) or can_view_coalition(request.user, coalition)),
        "can_edit": request.user.is_authenticated and can_edit_coalition(request.user, coalition),
    }


@coalition_view("public")
def palette(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    owner = _is_owner(request, coalition)
    rows = [
        {"item": item, "reach": selectors.reach_for_display(item, owner=owner)}
        for item in selectors.palette_list(coalition)
    ]
    return render(request, "interventions/palette.html", {**_nav(request, coalition), "rows": rows})


def _item_form(
    request: HttpRequest, coalition: Coalition, item: PaletteItem | None
) -> HttpResponse:
    initial = PaletteItemForm.initial_for(item) if item else None
    form = PaletteItemForm(request.POST or None, initial=initial, coalition=coalition)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.palette_item_save(
                coalition=coalition,
                item=item,
                intervention=data["intervention"],
                local_name=data["local_name"],
                local_description=data["local_description"],
                phases=data["phases"],
                risk_situations=data["risk_situations"],
                partner=data["partner"],
                capacity_per_year=data["capacity_per_year"],
                reach_per_year=data["reach_per_year"],
                waiting_weeks=data["waiting_weeks"],
                since_year=data["since_year"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("interventions:palette", slug=coalition.slug)
    return render(
        request,
        "interventions/form_page.html",
        {
            "form": form,
            "heading": _("Change an offer") if item else _("Add an offer"),
            "back_url": reverse("interventions:palette", kwargs={"slug": coalition.slug}),
            "delete_url": reverse(
                "interventions:palette_item_delete", kwargs={"slug": coalition.slug, "pk": item.pk}
            )
            if item
            else None,
        },
        status=400 if request.method == "POST" else 200,
    )


def _item(coalition: Coalition, pk: int) -> PaletteItem:
    item = PaletteItem.objects.filter(coalition=coalition, pk=pk).first()
    if item is None:
        raise Http404
    return item


@coalition_view("lead")
def palette_item_create(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    return _item_form(request, coalition, None)


@coalition_view("lead")
def palette_item_edit(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    return _item_form(request, coalition, _item(coalition, pk))


@coalition_view("lead")
def palette_item_delete(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    item = _item(coalition, pk)
    if request.method != "POST":
        return redirect("interventions:palette_item_edit", slug=coalition.slug, pk=pk)
    try:
        services.palette_item_delete(coalition=coalition, item=item)
    except ValidationError as error:
        form = PaletteItemForm(initial=PaletteItemForm.initial_for(item), coalition=coalition)
        return render(
            request,
            "interventions/form_page.html",
            {
                "form": form,
                "error_messages": error.messages,
                "heading": _("Change an offer"),
                "back_url": reverse("interventions:palette", kwargs={"slug": coalition.slug}),
            },
            status=400,
        )
    return redirect("interventions:palette", slug=coalition.slug)


@coalition_view("member")
def gaps(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    report = selectors.gap_report(coalition)
    show_all = request.GET.get("alle") == "1"
    shown = report.analysis.gaps if show_all else report.analysis.gaps[:SHOWN_GAPS]
    labels = {phase.key: phase.label for phase in report.phases}
    labels.update({risk.key: risk.label for risk in report.risks})
    common = matrix.common_evidence(report.analysis)
    return render(
        request,
        "interventions/gaps.html",
        {
            **_nav(request, coalition),
            "report": report,
            "shown_gaps": shown,
            "hidden_count": len(report.analysis.gaps) - len(shown),
            "labels": labels,
            "legend": matrix.legend(report.analysis),
            "common": common,
            "common_points": sum(item.points for item in common),
        },
    )


@coalition_view("public")
def palette_csv(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    owner = _is_owner(request, coalition)
    header = [
        _("Offer"),
        _("Menu key"),
        _("Offered by"),
        _("Phases"),
        _("Risk situations"),
        _("Recognition level"),
        _("Zvw status"),
        _("Capacity per year"),
        _("Reach per year"),
        _("Waiting time (weeks)"),
        _("Since"),
    ]
    rows = []
    for item in selectors.palette_list(coalition):
        reach = selectors.reach_for_display(item, owner=owner)
        rows.append(
            [
                item.title,
                item.intervention.key if item.intervention else "",
                str(item.partner or ""),
                "; ".join(phase.label for phase in item.phases.all()),
                "; ".join(risk.label for risk in item.risk_situations.all()),
                str(item.intervention.recognition_level) if item.intervention else "",
                str(item.intervention.zvw_status) if item.intervention else "",
                "" if item.capacity_per_year is None else str(item.capacity_per_year),
                "" if reach is None else str(reach),
                "" if item.waiting_weeks is None else str(item.waiting_weeks),
                "" if item.since_year is None else str(item.since_year),
            ]
        )
    return csv_response(f"palet-{coalition.slug}.csv", header, rows)
