"""Answering a round by personal link, without an account.

Every answer is saved as it is given: the page posts one part at a time (works without
JavaScript), and with JavaScript htmx posts each statement the moment it changes. Saving
the same answer again replaces it, so nothing counts twice.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from kansrijk.assessments import selectors, services
from kansrijk.assessments.forms import choice_values, parse_answers
from kansrijk.assessments.models import InvitationLink, Part, Response
from kansrijk.assessments.services import LinkProblem, LinkRefusedError

REFUSAL_STATUS = {
    LinkProblem.UNKNOWN: 404,
    LinkProblem.EXPIRED: 410,
    LinkProblem.REVOKED: 410,
    LinkProblem.CLOSED: 409,
}


# The token is in the address. ``strict-origin`` sends at most ``https://host/`` as Referer
# (never the path, so never the token; nothing on a step down from https to http), to other
# sites and to Kansrijk itself alike, so the token does not end up in a proxy's log of the
# page's own requests either. ``no-referrer`` would protect no more, but it makes browsers
# post forms with ``Origin: null``, which the CSRF check rightly refuses: the parts could then
# only be saved one answer at a time with JavaScript (issue 14).
REFERRER_POLICY = "strict-origin"


def _private(response: HttpResponse) -> HttpResponse:
    """The token is in the address: never send it on, never keep the page in a cache."""
    response["Referrer-Policy"] = REFERRER_POLICY
    response["X-Robots-Tag"] = "noindex"
    return response


def _refused(request: HttpRequest, refusal: LinkRefusedError) -> HttpResponse:
    response = render(
        request,
        "assessments/respond_refused.html",
        {"problem": refusal.problem.value},
        status=REFUSAL_STATUS[refusal.problem],
    )
    return _private(response)


def _response_of(link: InvitationLink) -> Response | None:
    try:
        return link.response
    except Response.DoesNotExist:
        return None


def _parts(link: InvitationLink) -> list[Part]:
    return selectors.version_parts(link.round.version)


@never_cache
def respond_start(request: HttpRequest, token: str) -> HttpResponse:
    try:
        link = services.invitation_link_resolve(token=token)
    except LinkRefusedError as refusal:
        return _refused(request, refusal)
    response = _response_of(link)
    answered = selectors.answers_for_response(response.pk) if response else {}
    parts: list[dict[str, Any]] = []
    total = 0
    for part in _parts(link):
        items = [item for theme in part.themes.all() for item in theme.items.all()]
        total += len(items)
        parts.append(
            {
                "part": part,
                "total": len(items),
                "answered": sum(1 for item in items if item.pk in answered),
            }
        )
    context = {
        "link": link,
        "round": link.round,
        "token": token,
        "parts": parts,
        "answered": len(answered),
        "total": total,
        "completed": response is not None and response.completed_at is not None,
    }
    return _private(render(request, "assessments/respond_start.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
def respond_part(request: HttpRequest, token: str, number: int) -> HttpResponse:
    try:
        link = services.invitation_link_resolve(token=token)
    except LinkRefusedError as refusal:
        return _refused(request, refusal)
    parts = _parts(link)
    if not 1 <= number <= len(parts):
        raise Http404
    part = parts[number - 1]
    items = [item for theme in part.themes.all() for item in theme.items.all()]
    questionnaire = link.round.questionnaire
    errors: dict[int, str] = {}
    is_htmx = request.headers.get("HX-Request") == "true"
    if request.method == "POST":
        answers, errors = parse_answers(request.POST, items, questionnaire)
        if not errors:
            try:
                services.answers_save(token=token, answers=answers)
            except LinkRefusedError as refusal:
                return _refused(request, refusal)
            except services.AnswersRefusedError as refused:
                errors = refused.errors_by_item
        if is_htmx:
            status = 400 if errors else 200
            return _private(
                render(
                    request,
                    "assessments/_save_status.html",
                    {"errors": list(errors.values()), "saved": not errors},
                    status=status,
                )
            )
        if not errors:
            messages.success(request, _("Your answers have been saved."))
            target = request.POST.get("go", "next")
            if target == "previous" and number > 1:
                return redirect("assessments:respond_part", token=token, number=number - 1)
            if target == "next" and number < len(parts):
                return redirect("assessments:respond_part", token=token, number=number + 1)
            if target == "stay":
                return redirect("assessments:respond_part", token=token, number=number)
            return redirect("assessments:respond_done", token=token)
    response = _response_of(link)
    saved = selectors.answers_for_response(response.pk) if response else {}
    themes = []
    for theme in part.themes.all():
        rows = []
        for item in theme.items.all():
            answer = saved.get(item.pk)
            posted = request.POST if request.method == "POST" else None
            if posted is not None:
                current = posted.get(f"item-{item.pk}", "")
                comment = posted.get(f"comment-{item.pk}", "")
            elif answer is not None:
                current = str(answer.score) if answer.score is not None else answer.kind
                comment = answer.comment
            else:
                current, comment = "", ""
            rows.append(
                {"item": item, "current": current, "comment": comment, "error": errors.get(item.pk)}
            )
        themes.append({"theme": theme, "rows": rows})
    context = {
        "round": link.round,
        "token": token,
        "part": part,
        "number": number,
        "count": len(parts),
        "themes": themes,
        "choices": choice_values(questionnaire),
        "errors": errors,
        "save_url": reverse("assessments:respond_part", kwargs={"token": token, "number": number}),
    }
    status = 400 if errors else 200
    return _private(render(request, "assessments/respond_part.html", context, status=status))


@never_cache
@require_http_methods(["GET", "POST"])
def respond_done(request: HttpRequest, token: str) -> HttpResponse:
    try:
        link = services.invitation_link_resolve(token=token)
    except LinkRefusedError as refusal:
        return _refused(request, refusal)
    if request.method == "POST":
        try:
            services.response_complete(token=token)
        except LinkRefusedError as refusal:
            return _refused(request, refusal)
        messages.success(
            request, _("Thank you. You can change your answers until the round closes.")
        )
        return redirect("assessments:respond_done", token=token)
    response = _response_of(link)
    answered = len(selectors.answers_for_response(response.pk)) if response else 0
    context = {
        "round": link.round,
        "token": token,
        "answered": answered,
        "total": link.round.version.items.count(),
        "completed": response is not None and response.completed_at is not None,
    }
    return _private(render(request, "assessments/respond_done.html", context))
