"""Pages of the voice of parents: the coalition's rounds, results, the lead's review of free
text, and the public questions (no account, plain language, any phone)."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.assessments.models import Answer
from kansrijk.assessments.services import AnswersRefusedError, LinkRefusedError
from kansrijk.coalitions.models import Coalition
from kansrijk.support import parents
from kansrijk.support.models import ParentSurvey
from kansrijk.support.parents_forms import CommentReviewForm, ParentQuestionsForm, SurveyStartForm

SESSION_KEY = "kansrijk_parent_token"


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


def _survey(coalition: Coalition, pk: int) -> ParentSurvey:
    return get_object_or_404(parents.surveys_of(coalition=coalition), pk=pk)


@coalition_view("member")
def overview(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    lead = access.can_edit_coalition(request.user, coalition)
    form = SurveyStartForm(request.POST or None)
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        if form.is_valid():
            try:
                parents.parent_survey_start(
                    coalition=coalition, user=request.user, title=form.cleaned_data["title"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("The questionnaire is open. Share the link or QR code.")
                )
                return redirect("support:parents", coalition.slug)
    rows = []
    for survey in parents.surveys_of(coalition=coalition):
        url = request.build_absolute_uri(reverse("support:parent_start", args=[survey.code]))
        is_open = survey.round.is_open
        rows.append(
            {
                "survey": survey,
                "respondents": parents.respondents(survey),
                "url": url if is_open else "",
                "qr": mark_safe(_qr_svg(url)) if is_open and lead else "",  # noqa: S308  (our own SVG)  # nosec B308 B703
            }
        )
    context = {
        "coalition": coalition,
        "rows": rows,
        "lead": lead,
        "form": form if lead else None,
        "threshold": settings.KANSRIJK_SMALL_COUNT_THRESHOLD,
    }
    return render(request, "support/parents_overview.html", context)


@require_POST
@coalition_view("lead")
def close(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    parents.parent_survey_close(survey=_survey(coalition, pk), user=request.user)
    messages.success(request, _("The questionnaire is closed; the results are ready."))
    return redirect("support:parent_results", coalition.slug, pk)


@coalition_view("member")
def results(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    survey = _survey(coalition, pk)
    result = parents.result(survey)
    shown = result is not None and not result.suppressed
    questionnaire = survey.round.questionnaire
    context = {
        "coalition": coalition,
        "survey": survey,
        "respondents": parents.respondents(survey),
        "threshold": survey.round.questionnaire.min_respondents,
        "rows": parents.result_rows(survey, result) if result is not None and shown else [],
        "scale_labels": [
            questionnaire.scale_label(p)
            for p in range(questionnaire.scale_min, questionnaire.scale_max + 1)
        ],
        "suppressed": result is not None and result.suppressed,
        "comments": parents.shared_comments(survey),
        "lead": access.can_edit_coalition(request.user, coalition),
    }
    return render(request, "support/parents_results.html", context)


@coalition_view("lead")
def review(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    """The lead alone reads the original free text and decides what the coalition sees."""
    survey = _survey(coalition, pk)
    if request.method == "POST":
        raw = request.POST.get("answer") or ""
        if not raw.isdigit() or len(raw) > 18:
            raise Http404  # not the number of an answer
        answer = get_object_or_404(Answer, pk=int(raw), response__round=survey.round)
        form = CommentReviewForm(request.POST)
        if form.is_valid():
            try:
                parents.comment_review_save(answer=answer, user=request.user, **form.cleaned_data)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Your choice for this answer has been saved."))
        else:
            messages.error(
                request, " ".join(str(e) for errors in form.errors.values() for e in errors)
            )
        return redirect("support:parent_review", coalition.slug, pk)
    comments = parents.comments_for_review(survey)
    return render(
        request,
        "support/parents_review.html",
        {"coalition": coalition, "survey": survey, "comments": comments},
    )


# --- public pages for parents --------------------------------------------------------------


def _open_survey(code: str) -> ParentSurvey:
    survey = parents.survey_by_code(code)
    if survey is None:
        raise Http404
    return survey


@never_cache
def start(request: HttpRequest, code: str) -> HttpResponse:
    survey = _open_survey(code)
    if request.method == "POST":
        request.session[SESSION_KEY] = parents.parent_response_begin(survey=survey)
        return redirect("support:parent_questions", code)
    return render(request, "support/parent_start.html", {"survey": survey})


@never_cache
def questions(request: HttpRequest, code: str) -> HttpResponse:
    survey = _open_survey(code)
    token = request.session.get(SESSION_KEY)
    if not token:
        return redirect("support:parent_start", code)
    form = ParentQuestionsForm(
        request.POST or None,
        questionnaire=survey.round.questionnaire,
        items=parents.items_of(survey),
    )
    if request.method == "POST" and form.is_valid():
        try:
            parents.parent_answers_submit(token=token, answers=form.answers())
        except LinkRefusedError:
            request.session.pop(SESSION_KEY, None)
            return redirect("support:parent_start", code)
        except AnswersRefusedError as error:
            form.add_error(None, error.message)
        else:
            request.session.pop(SESSION_KEY, None)
            return redirect("support:parent_thanks", code)
    return render(request, "support/parent_questions.html", {"survey": survey, "form": form})


def thanks(request: HttpRequest, code: str) -> HttpResponse:
    survey = get_object_or_404(ParentSurvey, code=code)
    return render(request, "support/parent_thanks.html", {"survey": survey})
