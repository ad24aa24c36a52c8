"""The coalition's Analysetool pages: its rounds, opening and closing, invitation links."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.assessments import selectors, services
from kansrijk.assessments.forms import LinksCreateForm, RoundCloseForm, RoundOpenForm
from kansrijk.assessments.models import InvitationLink, Questionnaire, Round
from kansrijk.coalitions.models import Coalition

NEW_LINKS_SESSION_KEY = "assessments-new-links-%s"


def analysetool() -> Questionnaire:
    questionnaire = selectors.questionnaire_get()
    if questionnaire is None:
        raise Http404
    return questionnaire


def round_of(coalition: Coalition, pk: int) -> Round:
    return get_object_or_404(
        Round.objects.select_related("version", "questionnaire", "coalition"),
        pk=pk,
        coalition=coalition,
    )


def _overview_context(
    request: HttpRequest, coalition: Coalition, form: RoundOpenForm
) -> dict[str, Any]:
    questionnaire = analysetool()
    rounds = list(selectors.coalition_rounds(coalition, questionnaire))
    return {
        "coalition": coalition,
        "questionnaire": questionnaire,
        "rounds": rounds,
        "open_round": next((r for r in rounds if r.is_open), None),
        "latest_closed": next((r for r in rounds if not r.is_open), None),
        "can_lead": access.can_edit_coalition(request.user, coalition),
        "form": form,
    }


def _round_context(
    request: HttpRequest, assessment_round: Round, form: LinksCreateForm
) -> dict[str, Any]:
    can_lead = access.can_edit_coalition(request.user, assessment_round.coalition)
    new_links = request.session.pop(NEW_LINKS_SESSION_KEY % assessment_round.pk, None)
    return {
        "coalition": assessment_round.coalition,
        "round": assessment_round,
        "respondents": selectors.round_respondent_count(assessment_round),
        "minimum": assessment_round.questionnaire.min_respondents,
        "can_lead": can_lead,
        "links": list(selectors.round_links(assessment_round)) if can_lead else [],
        "new_links": new_links if can_lead else None,
        "form": form,
        "close_form": RoundCloseForm(auto_id="close_%s"),
        "now": timezone.now(),
    }


@coalition_view("member")
def overview(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    context = _overview_context(request, coalition, RoundOpenForm())
    return render(request, "assessments/overview.html", context)


@require_POST
@coalition_view("lead")
def round_open(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    questionnaire = analysetool()
    form = RoundOpenForm(request.POST)
    if form.is_valid():
        try:
            new_round = services.round_open(
                coalition=coalition,
                questionnaire=questionnaire,
                title=form.cleaned_data["title"],
                user=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The round is open. Now make the invitation links."))
            return redirect("assessments:round", slug=coalition.slug, pk=new_round.pk)
    context = _overview_context(request, coalition, form)
    return render(request, "assessments/overview.html", context, status=400)


@coalition_view("member")
def round_detail(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    context = _round_context(request, assessment_round, LinksCreateForm())
    return render(request, "assessments/round.html", context)


@require_POST
@coalition_view("lead")
def links_create(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    form = LinksCreateForm(request.POST)
    if form.is_valid():
        until = timezone.make_aware(datetime.combine(form.cleaned_data["valid_until"], time.max))
        try:
            created = services.invitation_links_create(
                assessment_round=assessment_round,
                count=form.cleaned_data["count"],
                expires_at=until,
                label=form.cleaned_data["label"],
                user=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session[NEW_LINKS_SESSION_KEY % assessment_round.pk] = [
                {
                    "label": link.label,
                    "url": request.build_absolute_uri(
                        reverse("assessments:respond_start", kwargs={"token": token})
                    ),
                }
                for link, token in created
            ]
            return redirect("assessments:round", slug=coalition.slug, pk=assessment_round.pk)
    context = _round_context(request, assessment_round, form)
    return render(request, "assessments/round.html", context, status=400)


@require_POST
@coalition_view("lead")
def link_revoke(request: HttpRequest, coalition: Coalition, pk: int, link_pk: int) -> HttpResponse:
    assessment_round = round_of(coalition, pk)
    link = get_object_or_404(InvitationLink, pk=link_pk, round=assessment_round)
    services.invitation_link_revoke(link=link, user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("The link has been withdrawn. Answers already given still count."))
    return redirect("assessments:round", slug=coalition.slug, pk=assessment_round.pk)


@require_http_methods(["GET", "POST"])
@coalition_view("lead")
def round_close(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    """GET: the confirmation page. POST: closes the round only when the box is ticked."""
    assessment_round = round_of(coalition, pk)
    form = RoundCloseForm(request.POST if request.method == "POST" else None)
    if form.is_valid() and assessment_round.is_open:
        services.round_close(assessment_round=assessment_round, user=request.user)  # type: ignore[arg-type]
        messages.success(request, _("The round is closed. The results are ready."))
        return redirect("assessments:results", slug=coalition.slug, pk=assessment_round.pk)
    if not assessment_round.is_open:
        return redirect("assessments:round", slug=coalition.slug, pk=assessment_round.pk)
    context = {
        "coalition": coalition,
        "round": assessment_round,
        "respondents": selectors.round_respondent_count(assessment_round),
        "form": form,
    }
    status = 400 if form.is_bound else 200
    return render(request, "assessments/round_close.html", context, status=status)
