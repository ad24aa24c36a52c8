"""Pages of the social map: the coalition's map, a service, entering and maintaining."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view, login_required_403
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap import quality, selectors
from kansrijk.socialmap.forms import ServiceForm
from kansrijk.socialmap.models import Organization, Phase, Service
from kansrijk.socialmap.services.directory import (
    ServiceData,
    can_approve,
    can_maintain,
    organization_create,
    service_approve,
    service_create,
    service_update,
    service_verify,
    services_remind,
)


def _service_or_404(request: HttpRequest, uuid: str) -> Service:
    service = get_object_or_404(
        Service.objects.select_related("organization", "organization__coalition"), uuid=uuid
    )
    if not selectors.service_is_visible(request.user, service):
        raise Http404
    return service


@coalition_view("public")
def social_map(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    services = selectors.coalition_services(coalition, request.user)
    today = timezone.localdate()
    rows = [
        {
            "service": s,
            "stale": quality.is_stale(s.assured_date, today),
            "completeness": selectors.service_completeness(s),
        }
        for s in services
    ]
    context: dict[str, Any] = {
        "coalition": coalition,
        "rows": rows,
        "member": access.can_view_coalition(request.user, coalition),
        "lead": access.can_edit_coalition(request.user, coalition),
    }
    return render(request, "socialmap/social_map.html", context)


def service_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    service = _service_or_404(request, uuid)
    context = {
        "service": service,
        "coalition": service.organization.coalition,
        "stale": quality.is_stale(service.assured_date, timezone.localdate()),
        "completeness": selectors.service_completeness(service),
        "professional": selectors.is_professional(request.user),
        "maintainer": can_maintain(request.user, service.organization),
        "approver": can_approve(request.user, service.organization.coalition),
        "care_paths": [
            p
            for p in {step.version.care_path for step in service.care_path_steps.all()}
            if selectors.care_path_is_visible(request.user, p)
        ],
    }
    return render(request, "socialmap/service_detail.html", context)


def _organizations_for(user: Any, coalition: Coalition) -> Any:
    organizations = Organization.objects.filter(coalition=coalition)
    if access.can_edit_coalition(user, coalition):
        return organizations
    return organizations.filter(Q(maintainers=user)).distinct()


def _data(form: ServiceForm) -> ServiceData:
    d = form.cleaned_data
    return ServiceData(
        name=d["name"],
        description=d["description"],
        domain=d["domain"],
        phases=d["phases"],
        municipalities=list(d["municipalities"]),
        risk_situations=list(d["risk_situations"]),
        status=d["status"],
        access=d["access"],
        target_group=d["target_group"],
        eligibility=d["eligibility"],
        costs=d["costs"],
        languages=d["languages"],
        url=d["url"],
        email=d["email"],
        phone=d["phone"],
        street=d["street"],
        postal_code=d["postal_code"],
        city=d["city"],
        contact_name=d["contact_name"],
        contact_title=d["contact_title"],
        contact_email=d["contact_email"],
        contact_phone=d["contact_phone"],
    )


def _render_form(
    request: HttpRequest, coalition: Coalition, form: ServiceForm, title: str
) -> HttpResponse:
    return render(
        request,
        "socialmap/service_form.html",
        {"coalition": coalition, "form": form, "title": title},
    )


@coalition_view("member")
def service_new(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    if not access.is_member(request.user, coalition) and not access.can_edit_coalition(
        request.user, coalition
    ):
        raise PermissionDenied
    form = ServiceForm(
        request.POST or None,
        coalition=coalition,
        organizations=_organizations_for(request.user, coalition),
        initial={
            "municipalities": list(coalition.municipalities.all()),
            "status": "active",
            "access": "both",
            "languages": "nl",
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # a new organisation only together with its service
                organization = form.cleaned_data["organization"] or organization_create(
                    coalition=coalition,
                    name=form.cleaned_data["new_organization"].strip(),
                    actor=request.user,
                )
                service = service_create(
                    organization=organization, data=_data(form), actor=request.user
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The service is saved."))
            return redirect("socialmap:service_detail", service.uuid)
    return _render_form(request, coalition, form, _("New service"))


@login_required_403
def service_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    service = _service_or_404(request, uuid)
    coalition = service.organization.coalition
    if not can_maintain(request.user, service.organization):
        raise PermissionDenied
    contact = service.contacts.first()
    location = service.locations.first()
    initial = {
        "organization": service.organization,
        "name": service.name,
        "description": service.description,
        "domain": service.domain,
        "phases": service.phase_list,
        "risk_situations": list(service.risk_situations.all()),
        "municipalities": list(service.municipalities.all()),
        "status": service.status,
        "access": service.access,
        "target_group": service.target_group,
        "eligibility": service.eligibility,
        "costs": service.costs,
        "languages": service.languages,
        "url": service.url,
        "email": service.email,
        "phone": service.phone,
        "street": location.street if location else "",
        "postal_code": location.postal_code if location else "",
        "city": location.city if location else "",
        "contact_name": contact.name if contact else "",
        "contact_title": contact.title if contact else "",
        "contact_email": contact.email if contact else "",
        "contact_phone": contact.phone if contact else "",
    }
    form = ServiceForm(
        request.POST or None,
        coalition=coalition,
        service=service,
        initial=initial,
        organizations=_organizations_for(request.user, coalition),
    )
    if request.method == "POST" and form.is_valid():
        try:
            service.organization = form.cleaned_data["organization"]
            service_update(service=service, data=_data(form), actor=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The service is saved."))
            return redirect("socialmap:service_detail", service.uuid)
    return _render_form(request, coalition, form, _("Edit service"))


@require_POST
@login_required_403
def service_approve_view(request: HttpRequest, uuid: str) -> HttpResponse:
    service = _service_or_404(request, uuid)
    if not can_approve(request.user, service.organization.coalition):
        raise PermissionDenied
    service_approve(service=service, actor=request.user)
    messages.success(request, _("The service is approved and public."))
    return redirect("socialmap:service_detail", service.uuid)


@require_POST
@login_required_403
def service_verify_view(request: HttpRequest, uuid: str) -> HttpResponse:
    service = _service_or_404(request, uuid)
    if not can_maintain(request.user, service.organization):
        raise PermissionDenied
    service_verify(service=service, actor=request.user)
    messages.success(request, _("Thank you: the entry is marked as checked today."))
    return redirect("socialmap:service_detail", service.uuid)


@coalition_view("lead_read")
def maintenance(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    rows = selectors.maintenance_list(coalition, timezone.localdate())
    labels = {
        "address": _("address"),
        "phase": _("phase"),
        "risk_situations": _("risk situations"),
        "contact": _("contact details"),
        "eligibility": _("conditions"),
    }
    context = {
        "coalition": coalition,
        "rows": rows,
        "labels": labels,
        "phases": Phase,
        # an adviser reads this list too; reminders are the lead's
        "can_remind": access.can_edit_coalition(request.user, coalition),
    }
    return render(request, "socialmap/maintenance.html", context)


@require_POST
@coalition_view("lead")
def remind(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    ids = [int(pk) for pk in request.POST.getlist("service") if pk.isdigit()]
    services = list(
        Service.objects.filter(organization__coalition=coalition, pk__in=ids)
        .select_related("organization")
        .prefetch_related("organization__maintainers")
    )
    url = request.build_absolute_uri(reverse("socialmap:social_map", args=[coalition.slug]))
    sent = services_remind(services=services, actor=request.user, page_url=url)
    messages.success(request, _("%(count)s reminder(s) sent.") % {"count": sent})
    return redirect("socialmap:maintenance", coalition.slug)
