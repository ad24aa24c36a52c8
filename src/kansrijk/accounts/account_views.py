"""One's own account: second factor, e-mail, API keys, download and deletion."""

from __future__ import annotations

import json
from typing import cast

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts import account_services, enrolment, two_factor
from kansrijk.accounts.account_forms import (
    ApiKeyForm,
    DeleteAccountForm,
    EmailChangeForm,
    TwoFactorSetupForm,
    TwoFactorVerifyForm,
)
from kansrijk.accounts.decorators import login_required_403
from kansrijk.accounts.models import User
from kansrijk.accounts.security_log import FAILURE, record
from kansrijk.api import services as api_services
from kansrijk.api.models import ApiToken

SETUP_DEVICE = "kansrijk_totp_setup_device"


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/mijn-overzicht"


@login_required_403
def account(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    context = {
        "has_device": two_factor.has_device(user),
        "required": two_factor.required_for(user),
        "tokens": ApiToken.objects.filter(user=user, revoked_at__isnull=True),
    }
    return render(request, "accounts/account.html", context)


@login_required_403
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    reauth = two_factor.has_device(user)
    if reauth and not two_factor.is_verified(user):
        return redirect("accounts:two_factor_verify")
    if not reauth and not enrolment.allowed(request, user):
        context = {"next": _next(request), "required": two_factor.required_for(user)}
        return render(request, "accounts/two_factor_link.html", context)
    device = TOTPDevice.objects.filter(
        user=user, confirmed=False, pk=request.session.get(SETUP_DEVICE)
    ).first()
    if device is None:
        device = account_services.totp_device_start(user=user)
        request.session[SETUP_DEVICE] = device.pk
    form = TwoFactorSetupForm(request.POST or None, device=device, user=user, reauth=reauth)
    if request.method == "POST":
        if form.is_valid():
            account_services.totp_device_confirm(device=device)
            otp_login(request, device)
            request.session.pop(SETUP_DEVICE, None)
            messages.success(request, _("Two-factor log-in is now on for your account."))
            return redirect(_next(request))
        record("second_factor_set", result=FAILURE, request=request, object=f"user:{user.pk}")
    context = {
        "form": form,
        "qr": two_factor.qr_data_uri(device),
        "secret": two_factor.secret_base32(device),
        "next": _next(request),
        "required": two_factor.required_for(user),
    }
    return render(request, "accounts/two_factor_setup.html", context)


@require_POST
@login_required_403
def two_factor_link_send(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    enrolment.link_send(request=request, user=user)
    record("second_factor_link", request=request, object=f"user:{user.pk}")
    messages.success(request, _("We have sent you an e-mail with a link."))
    return redirect("accounts:two_factor_setup")


@login_required_403
def two_factor_link(request: HttpRequest, token: str) -> HttpResponse:
    user = cast(User, request.user)
    if not enrolment.link_open(request=request, user=user, token=token):
        record("second_factor_link", result=FAILURE, request=request, object=f"user:{user.pk}")
        raise Http404
    return redirect("accounts:two_factor_setup")


@login_required_403
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    device = two_factor.confirmed_device(user)
    if device is None:
        return redirect("accounts:two_factor_setup")
    form = TwoFactorVerifyForm(request.POST or None, device=device)
    if request.method == "POST":
        if form.is_valid():
            otp_login(request, device)
            record("second_factor", request=request, object=f"user:{user.pk}")
            return redirect(_next(request))
        record("second_factor", result=FAILURE, request=request, object=f"user:{user.pk}")
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next(request)}
    )


@login_required_403
def email_change(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    form = EmailChangeForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            account_services.email_change(user=user, new_email=form.cleaned_data["email"])
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(request, _("Your e-mail address has been changed."))
            return redirect("accounts:account")
    return render(request, "accounts/email_change.html", {"form": form})


@login_required_403
def account_export(request: HttpRequest) -> HttpResponse:
    data = account_services.account_export(user=cast(User, request.user))
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-kansrijk-gegevens.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required_403
def account_delete(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            account_services.account_delete(user=user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            logout(request)
            messages.success(request, _("Your account has been deleted."))
            return redirect("ui:home")
    return render(request, "accounts/account_delete.html", {"form": form})


@login_required_403
def api_keys(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    form = ApiKeyForm(request.POST or None)
    new_key = ""
    if request.method == "POST" and form.is_valid():
        try:
            token, new_key = api_services.api_token_create(
                user=user,
                name=form.cleaned_data["name"],
                second_factor=two_factor.is_verified(user),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            record("api_key_create", request=request, object=f"user:{user.pk} key:{token.prefix}")
            form = ApiKeyForm()
    tokens = ApiToken.objects.filter(user=user, revoked_at__isnull=True)
    return render(
        request, "accounts/api_keys.html", {"form": form, "tokens": tokens, "new_key": new_key}
    )


@require_POST
@login_required_403
def api_key_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    api_services.api_token_revoke(token=token)
    record("api_key_revoke", request=request, object=f"user:{token.user_id} key:{token.prefix}")
    messages.success(request, _("The API key has been revoked."))
    return redirect("accounts:api_keys")
