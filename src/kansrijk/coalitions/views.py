"""Pages of the coalition register (step 1). Thin: reads from selectors, writes via services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view, national_editor_required
from kansrijk.coalitions import forms, selectors, services
from kansrijk.coalitions.imports import parse_overview
from kansrijk.coalitions.map import legend, map_items
from kansrijk.coalitions.models import Coalition, Partner, PlanDocument
from kansrijk.reports.csv import csv_response


def coalition_list(request: HttpRequest) -> HttpResponse:
    return render(request, "coalitions/list.html", {"coalitions": selectors.coalition_list()})


def coalition_export(request: HttpRequest) -> HttpResponse:
    rows = (
        [
            c.name,
            c.get_kind_display(),
            " | ".join(f"{m.code} {m.name}" for m in c.municipalities.all()),
            c.tranche or "",
            c.start_date.isoformat() if c.start_date else "",
            c.get_status_display(),
            c.lead_organisation,
        ]
        for c in selectors.coalition_list()
    )
    header = [
        _("Name"),
        _("Kind"),
        _("Municipalities"),
        _("Tranche"),
        _("Start date"),
        _("Status"),
        _("Lead organisation"),
    ]
    return csv_response("coalities.csv", header, rows)


def national_map(request: HttpRequest) -> HttpResponse:
    colouring = request.GET.get("kleur", "status")
    if colouring not in {"status", "tranche"}:
        colouring = "status"
    coalitions = list(selectors.coalition_list())
    context = {
        "colouring": colouring,
        "colourings": forms.MAP_COLOURINGS,
        "items": map_items(coalitions, colouring),
        "legend": legend(colouring),
        "coalitions": coalitions,
        "per_tranche": selectors.counts_per_tranche(),
        "per_province": selectors.counts_per_province(),
    }
    return render(request, "coalitions/map.html", context)


@coalition_view("public")
def detail(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    member = access.can_view_coalition(request.user, coalition)
    context = {
        "coalition": coalition,
        "member": member,
        "lead": access.can_edit_coalition(request.user, coalition),
        "steps": selectors.current_steps(coalition=coalition),
        "partners": selectors.partners_by_ring(coalition=coalition),
        "missing": selectors.missing_partner_types(coalition=coalition),
        "principles": selectors.principle_checklist(coalition=coalition) if member else [],
        "plans": coalition.plans.all() if member else [],
        "declaration": getattr(coalition, "declaration", None),
    }
    return render(request, "coalitions/detail.html", context)


@coalition_view("lead")
def edit(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.CoalitionForm(request.POST or None, instance=coalition)
    if request.method == "POST" and form.is_valid():
        services.coalition_update(coalition=coalition, **form.cleaned_data)
        messages.success(request, _("The coalition has been saved."))
        return redirect("coalitions:detail", coalition.slug)
    return render(
        request,
        "coalitions/form.html",
        {"coalition": coalition, "form": form, "title": _("Edit coalition")},
    )


@coalition_view("lead")
def steps(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.StepStatusForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.step_status_declare(coalition=coalition, user=request.user, **form.cleaned_data)
        messages.success(request, _("The step status has been recorded."))
        return redirect("coalitions:detail", coalition.slug)
    history = coalition.step_entries.select_related("created_by").order_by("-created_at", "-pk")[
        :100
    ]
    return render(
        request, "coalitions/steps.html", {"coalition": coalition, "form": form, "history": history}
    )


@coalition_view("lead")
def partners(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.PartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_add(coalition=coalition, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The partner has been added."))
            return redirect("coalitions:partners", coalition.slug)
    context = {
        "coalition": coalition,
        "form": form,
        "partners": selectors.partners_by_ring(coalition=coalition),
        "missing": selectors.missing_partner_types(coalition=coalition),
    }
    return render(request, "coalitions/partners.html", context)


@require_POST
@coalition_view("lead")
def partner_remove(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    services.partner_remove(partner=get_object_or_404(Partner, pk=pk, coalition=coalition))
    messages.success(request, _("The partner has been removed."))
    return redirect("coalitions:partners", coalition.slug)


@coalition_view("member")
def principles(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    lead = access.can_edit_coalition(request.user, coalition)
    form = forms.PrincipleForm(request.POST or None)
    scope = "regional" if coalition.kind == "regional" else "local"
    form.fields["principle"].queryset = form.fields["principle"].queryset.filter(scope=scope)  # type: ignore[attr-defined]
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        if form.is_valid():
            services.principle_assess(coalition=coalition, user=request.user, **form.cleaned_data)
            messages.success(request, _("The assessment has been recorded."))
            return redirect("coalitions:principles", coalition.slug)
    context = {
        "coalition": coalition,
        "lead": lead,
        "form": form,
        "checklist": selectors.principle_checklist(coalition=coalition),
        "history": coalition.principle_assessments.select_related("principle", "created_by")[:100],
    }
    return render(request, "coalitions/principles.html", context)


@coalition_view("lead")
def declaration(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    current = getattr(coalition, "declaration", None)
    initial = (
        {"signed_on": current.signed_on, "signing_organisations": current.signing_organisations}
        if current
        else None
    )
    form = forms.DeclarationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.declaration_save(coalition=coalition, **form.cleaned_data)
        messages.success(request, _("The declaration of intent has been saved."))
        return redirect("coalitions:detail", coalition.slug)
    return render(
        request,
        "coalitions/form.html",
        {"coalition": coalition, "form": form, "title": _("Declaration of intent")},
    )


@coalition_view("lead")
def plan_upload(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.PlanUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_upload(
                coalition=coalition, upload=form.cleaned_data["file"], user=request.user
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The plan of approach has been uploaded."))
            return redirect("coalitions:detail", coalition.slug)
    return render(
        request,
        "coalitions/form.html",
        {
            "coalition": coalition,
            "form": form,
            "title": _("Upload plan of approach"),
            "multipart": True,
        },
    )


@coalition_view("member")
def plan_download(request: HttpRequest, coalition: Coalition, pk: int) -> FileResponse:
    document = get_object_or_404(PlanDocument, pk=pk, coalition=coalition)
    response = FileResponse(
        document.file.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=document.original_name,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@national_editor_required
def overview_import(request: HttpRequest) -> HttpResponse:
    form = forms.OverviewImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            errors = [_("The file is larger than 2 MB.")]
        else:
            result = parse_overview(upload.read())
            errors = result.errors
            if result.ok:
                created, updated = services.overview_import(rows=result.rows)
                messages.success(
                    request,
                    _("Import complete: %(c)d coalitions created, %(u)d updated.")
                    % {"c": created, "u": updated},
                )
                return redirect("coalitions:list")
    return render(request, "coalitions/import.html", {"form": form, "errors": errors})
