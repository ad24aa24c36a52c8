"""The menu: list with filters, one intervention, side-by-side comparison, editing."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.accounts.access import is_national_editor
from kansrijk.accounts.decorators import national_editor_required
from kansrijk.interventions import selectors, services
from kansrijk.interventions.forms import CatalogueFilterForm, InterventionForm
from kansrijk.interventions.models import Intervention


def catalogue(request: HttpRequest) -> HttpResponse:
    form = CatalogueFilterForm(request.GET or None)
    filters = selectors.CatalogueFilter()
    if form.is_valid():
        data = form.cleaned_data
        filters = selectors.CatalogueFilter(
            phase=data["phase"].key if data["phase"] else "",
            risk=data["risk"].key if data["risk"] else "",
            recognition=data["recognition"].key if data["recognition"] else "",
            form=data["form"].key if data["form"] else "",
            zvw=data["zvw"].key if data["zvw"] else "",
            query=data["q"] or "",
        )
    return render(
        request,
        "interventions/catalogue.html",
        {
            "filter_form": form,
            "interventions": list(selectors.catalogue_list(filters)),
            "can_edit": is_national_editor(request.user),
        },
    )


def intervention_detail(request: HttpRequest, key: str) -> HttpResponse:
    try:
        intervention = selectors.intervention_get(key)
    except Intervention.DoesNotExist as error:
        raise Http404 from error
    return render(
        request,
        "interventions/intervention_detail.html",
        {
            "intervention": intervention,
            "items": [intervention],
            "coalitions": list(selectors.coalitions_offering(intervention)),
            "can_edit": is_national_editor(request.user),
        },
    )


def compare(request: HttpRequest) -> HttpResponse:
    items = selectors.interventions_compare(request.GET.getlist("i"))
    return render(request, "interventions/compare.html", {"items": items})


def _edit(request: HttpRequest, intervention: Intervention | None) -> HttpResponse:
    form = InterventionForm(request.POST or None, instance=intervention)
    if request.method == "POST" and form.is_valid():
        saved = services.intervention_save(form=form)
        return redirect("interventions:intervention", key=saved.key)
    heading = (
        _("Edit %(name)s") % {"name": intervention.name}
        if intervention
        else _("Add an intervention to the menu")
    )
    back = (
        reverse("interventions:intervention", kwargs={"key": intervention.key})
        if intervention
        else reverse("interventions:catalogue")
    )
    return render(
        request,
        "interventions/form_page.html",
        {"form": form, "heading": heading, "back_url": back},
        status=400 if request.method == "POST" else 200,
    )


@national_editor_required
def intervention_create(request: HttpRequest) -> HttpResponse:
    return _edit(request, None)


@national_editor_required
def intervention_edit(request: HttpRequest, key: str) -> HttpResponse:
    intervention = Intervention.objects.filter(key=key).first()
    if intervention is None:
        raise Http404
    return _edit(request, intervention)
