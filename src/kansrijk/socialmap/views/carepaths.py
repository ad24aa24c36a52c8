"""Pages of the care paths: the list, one path (any version) and a new version."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap import selectors
from kansrijk.socialmap.forms import MAX_STEPS, CarePathForm
from kansrijk.socialmap.models import CarePath, RiskSituation
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save


def _path_or_404(request: HttpRequest, coalition: Coalition, key: str) -> CarePath:
    path = get_object_or_404(
        CarePath.objects.select_related("risk_situation", "coalition"),
        coalition=coalition,
        risk_situation__key=key,
    )
    return path


@coalition_view("public")
def care_path_list(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    paths = selectors.care_paths(coalition, request.user)
    context: dict[str, Any] = {
        "coalition": coalition,
        "paths": paths,
        "lead": access.can_edit_coalition(request.user, coalition),
        "missing": RiskSituation.objects.filter(active=True).exclude(
            care_paths__coalition=coalition
        ),
    }
    return render(request, "socialmap/care_path_list.html", context)


def _show(request: HttpRequest, coalition: Coalition, key: str, number: int | None) -> HttpResponse:
    path = _path_or_404(request, coalition, key)
    if not selectors.care_path_is_visible(request.user, path):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    version = selectors.care_path_version(path, number)
    if version is None:
        raise Http404
    context = {
        "coalition": coalition,
        "path": path,
        "version": version,
        "versions": path.versions.order_by("-number"),
        "is_current": number is None or version.number == path.versions.count(),
        "lead": access.can_edit_coalition(request.user, coalition),
        "professional": selectors.is_professional(request.user),
    }
    return render(request, "socialmap/care_path_detail.html", context)


@coalition_view("public")
def care_path_detail(request: HttpRequest, coalition: Coalition, key: str) -> HttpResponse:
    return _show(request, coalition, key, None)


@coalition_view("public")
def care_path_version(
    request: HttpRequest, coalition: Coalition, key: str, number: int
) -> HttpResponse:
    return _show(request, coalition, key, number)


def _initial(path: CarePath | None) -> dict[str, Any]:
    if path is None:
        return {"visibility": "public"}
    version = selectors.care_path_version(path)
    if version is None:
        return {"risk_situation": path.risk_situation, "visibility": path.visibility}
    initial: dict[str, Any] = {
        "risk_situation": path.risk_situation,
        "visibility": path.visibility,
        "signallers": version.signallers,
        "instruments": version.instruments,
        "contacts": version.contacts,
        "warm_handover": version.warm_handover,
        "feedback_to_referrer": version.feedback_to_referrer,
        "case_meeting": version.case_meeting,
        "agreements": version.agreements,
        "owner": version.owner,
        "next_review": version.next_review,
    }
    for number, step in enumerate(version.steps.all(), start=1):
        if number <= MAX_STEPS:
            initial[f"step_{number}"] = step.text
            initial[f"step_{number}_services"] = list(step.services.all())
    return initial


def _edit(request: HttpRequest, coalition: Coalition, path: CarePath | None) -> HttpResponse:
    form = CarePathForm(
        request.POST or None,
        coalition=coalition,
        fixed_risk=path is not None,
        initial=_initial(path),
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        risk = path.risk_situation if path is not None else d["risk_situation"]
        steps = [
            StepData(
                text=d.get(f"step_{n}") or "", services=list(d.get(f"step_{n}_services") or [])
            )
            for n in range(1, MAX_STEPS + 1)
        ]
        data = CarePathData(
            signallers=d["signallers"],
            owner=d["owner"],
            steps=steps,
            visibility=d["visibility"],
            instruments=d["instruments"],
            contacts=d["contacts"],
            warm_handover=d["warm_handover"],
            feedback_to_referrer=d["feedback_to_referrer"],
            case_meeting=d["case_meeting"],
            agreements=d["agreements"],
            next_review=d["next_review"],
            change_note=d["change_note"],
        )
        try:
            care_path_save(coalition=coalition, risk_situation=risk, data=data, actor=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The care path is saved as a new version."))
            return redirect("socialmap:care_path_detail", coalition.slug, risk.key)
    title = (
        _("New care path")
        if path is None
        else _("Change care path: %(name)s") % {"name": path.risk_situation.label}
    )
    context = {"coalition": coalition, "form": form, "title": title, "max_steps": MAX_STEPS}
    return render(request, "socialmap/care_path_form.html", context)


@coalition_view("lead")
def care_path_new(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    return _edit(request, coalition, None)


@coalition_view("lead")
def care_path_edit(request: HttpRequest, coalition: Coalition, key: str) -> HttpResponse:
    path = get_object_or_404(CarePath, coalition=coalition, risk_situation__key=key)
    return _edit(request, coalition, path)
