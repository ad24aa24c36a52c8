"""A coalition's early signalling: agreements, home-visit figures, signals, referral codes."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import forms, selectors, services


def _form_page(
    request: HttpRequest, coalition: Coalition, form: Any, title: str, intro: str = ""
) -> HttpResponse:
    context = {"coalition": coalition, "form": form, "title": title, "intro": intro}
    return render(request, "signalling/form.html", context)


def _apply_errors(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@coalition_view("public")
def overview(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    owner = selectors.is_owner(request.user, coalition)
    today = timezone.localdate()
    context = {
        "coalition": coalition,
        "owner": owner,
        # links to the forms only for those who may write (not the region or an adviser)
        "member": access.can_contribute_to_coalition(request.user, coalition),
        "lead": access.can_edit_coalition(request.user, coalition),
        "instruments": selectors.instrument_agreement(coalition),
        "home_visit": selectors.home_visit_agreement(coalition),
        "quarters": selectors.home_visit_quarters(coalition, owner=owner),
        "counting": selectors.signal_counting_enabled(coalition),
        "signals": selectors.signal_table(coalition, owner=owner),
        "outcomes": selectors.outcomes(),
        "referrals": selectors.referral_rows(coalition, owner=owner, today=today),
        "threshold": selectors.threshold(),
    }
    return render(request, "signalling/coalition.html", context)


@coalition_view("lead")
def instrument_agreement(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    current = selectors.instrument_agreement(coalition)
    initial = (
        {"instruments": list(current.instruments.all()), "note": current.note} if current else {}
    )
    form = forms.InstrumentAgreementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.instrument_agreement_record(
            coalition=coalition, user=request.user, **form.cleaned_data
        )
        messages.success(request, _("The agreement on screening instruments was recorded."))
        return redirect("signalling:coalition", coalition.slug)
    return _form_page(request, coalition, form, _("Screening instruments agreed on"))


@coalition_view("lead")
def home_visit_agreement(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    current = selectors.home_visit_agreement(coalition)
    initial: dict[str, Any] = {}
    if current is not None:
        initial = {
            "criteria": current.criteria,
            "trigger_domains": list(current.trigger_domains.all()),
            "minimum_domains": current.minimum_domains,
            "minimum_grade": current.minimum_grade,
            "jgz_organisation": current.jgz_organisation,
            "referral_route": current.referral_route,
            "feedback": current.feedback,
        }
    else:
        initial = selectors.home_visit_template()
    form = forms.HomeVisitAgreementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.home_visit_agreement_record(
                coalition=coalition, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("The agreement on the prenatal home visit was recorded."))
            return redirect("signalling:coalition", coalition.slug)
    return _form_page(request, coalition, form, _("Agreements on the prenatal home visit"))


@coalition_view("member")
def home_visit_figures(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.HomeVisitFiguresForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.home_visit_figures_record(
                coalition=coalition, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("The figures were recorded."))
            return redirect("signalling:coalition", coalition.slug)
    intro = _(
        "Youth health care enters the totals of a quarter. Entering a quarter again "
        "replaces its figures; the earlier entry stays in the history."
    )
    return _form_page(request, coalition, form, _("Home visit figures of a quarter"), intro)


@coalition_view("lead")
def signal_setting(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    initial = {"enabled": selectors.signal_counting_enabled(coalition)}
    form = forms.SignalSettingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.signal_setting_set(
            coalition=coalition, enabled=form.cleaned_data["enabled"], user=request.user
        )
        messages.success(request, _("The setting was saved."))
        return redirect("signalling:coalition", coalition.slug)
    intro = _(
        "When switched on, professionals of the coalition can count a broad conversation: "
        "only the month, the phase, the life domains and whether a referral followed."
    )
    return _form_page(request, coalition, form, _("Counting anonymous signals"), intro)


@coalition_view("member")
def signal_record(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    if not selectors.signal_counting_enabled(coalition):
        raise Http404
    today = timezone.localdate()
    form = forms.SignalRecordForm(request.POST or None, today=today)
    if request.method == "POST" and form.is_valid():
        try:
            services.signal_record_create(coalition=coalition, today=today, **form.cleaned_data)
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("The conversation was counted. Thank you."))
            return redirect("signalling:signal_record", coalition.slug)
    intro = _(
        "Count that a broad conversation took place. Do not enter anything about the "
        "parents: the form asks only for the month, the phase and the life domains."
    )
    return _form_page(request, coalition, form, _("Count a conversation"), intro)


@coalition_view("member")
def referral_issue(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.ReferralIssueForm(request.POST or None, coalition=coalition)
    code = None
    if request.method == "POST" and form.is_valid():
        code = services.referral_code_issue(
            coalition=coalition, today=timezone.localdate(), **form.cleaned_data
        )
    context = {"coalition": coalition, "form": form, "code": code}
    return render(request, "signalling/referral_issue.html", context)


@coalition_view("member")
def referral_outcome(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = forms.ReferralOutcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.referral_code_mark(
                coalition=coalition, today=timezone.localdate(), **form.cleaned_data
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("The outcome was recorded."))
            return redirect("signalling:referral_outcome", coalition.slug)
    intro = _(
        "Received a referral with a code? Mark what became of it. The code says nothing "
        "about the person; it only lets the coalition see where referrals get stuck."
    )
    return _form_page(request, coalition, form, _("Outcome of a referral"), intro)
