"""Pages of the learning network's agenda and its iCalendar feed."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts.decorators import login_required_403, national_editor_required
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.selectors import coalitions_for_user
from kansrijk.support import agenda, forms, services
from kansrijk.support.ical import calendar_bytes
from kansrijk.support.models import Event, Registration
from kansrijk.support.selectors import assigned_coalitions


def agenda_list(request: HttpRequest) -> HttpResponse:
    context = {
        "upcoming": agenda.upcoming(),
        "past": agenda.past()[:30],
        "may_organise": agenda.may_organise(request.user),
    }
    return render(request, "support/agenda.html", context)


def agenda_feed(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        calendar_bytes(agenda.events().filter(cancelled_at__isnull=True)),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="kansrijk-agenda.ics"'
    return response


def _coalitions_of(user: Any) -> list[Coalition]:
    mine = {c.pk: c for c in coalitions_for_user(user=user)}
    mine.update({c.pk: c for c in assigned_coalitions(user=user)})
    return sorted(mine.values(), key=lambda c: c.name)


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(agenda.events(), pk=pk)
    state = agenda.places(event)
    manage = agenda.may_manage(request.user, event)
    context = {
        "event": event,
        "places": state,
        "mine": agenda.registration_of(event, request.user),
        "manage": manage,
        "form": forms.RegistrationForm(coalitions=_coalitions_of(request.user))
        if request.user.is_authenticated
        else None,
        "material_form": forms.MaterialForm() if manage else None,
    }
    return render(request, "support/event.html", context)


@login_required_403
def event_new(request: HttpRequest) -> HttpResponse:
    if not agenda.may_organise(request.user):
        raise PermissionDenied
    form = forms.EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(organiser=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The meeting is on the agenda."))
            return redirect("support:event", event.pk)
    return render(request, "support/event_form.html", {"form": form})


@require_POST
@login_required_403
def event_register(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    form = forms.RegistrationForm(request.POST, coalitions=_coalitions_of(request.user))
    if not form.is_valid():
        messages.error(request, _("Choose one of your own coalitions."))
        return redirect("support:event", event.pk)
    try:
        services.registration_create(
            event=event, user=request.user, coalition=form.cleaned_data["coalition"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        mine = agenda.registration_of(event, request.user)
        if mine and mine.waiting_position:
            messages.success(
                request,
                _("The meeting is full: you are number %(n)s on the waiting list.")
                % {"n": mine.waiting_position},
            )
        else:
            messages.success(request, _("You are registered."))
    return redirect("support:event", event.pk)


@require_POST
@login_required_403
def event_cancel_registration(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    registration = get_object_or_404(
        Registration, event=event, user=request.user, cancelled_at__isnull=True
    )
    services.registration_cancel(registration=registration)
    messages.success(request, _("Your registration has been cancelled."))
    return redirect("support:event", event.pk)


@require_POST
@login_required_403
def material_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    if not agenda.may_manage(request.user, event):
        raise PermissionDenied
    form = forms.MaterialForm(request.POST)
    if form.is_valid():
        services.material_add(event=event, user=request.user, **form.cleaned_data)
        messages.success(request, _("The material has been added."))
    else:
        messages.error(request, _("Give a title and a valid link (https://...)."))
    return redirect("support:event", event.pk)


@national_editor_required
def attendance(request: HttpRequest) -> HttpResponse:
    per_coalition, per_theme = agenda.attendance()
    tables = [
        (_("Per coalition"), per_coalition, _("Coalition")),
        (_("Per theme"), per_theme, _("Theme")),
    ]
    return render(request, "support/attendance.html", {"tables": tables})
