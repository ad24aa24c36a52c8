"""Log-in, log-out, invitations and the coalition's audit log."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts import access, enrolment, services
from kansrijk.accounts.audit import coalition_log
from kansrijk.accounts.decorators import coalition_view
from kansrijk.accounts.forms import AcceptInvitationForm, InvitationForm, LoginForm
from kansrijk.accounts.models import Invitation, MembershipRole, User
from kansrijk.coalitions.models import Coalition


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def invitation(request: HttpRequest, token: str) -> HttpResponse:
    found = services.invitation_find(token=token)
    if found is None or not found.is_open:
        return render(
            request, "accounts/invitation_invalid.html", status=404 if found is None else 410
        )
    form = AcceptInvitationForm(request.POST or None, ask_name=found.role != MembershipRole.PARENT)
    if request.user.is_authenticated and request.method == "POST":
        try:
            services.invitation_accept(
                invitation=found, full_name="", password="", existing_user=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("ui:dashboard")
        messages.success(
            request, _("You are now a member of %(name)s.") % {"name": found.coalition.name}
        )
        return redirect("coalitions:detail", found.coalition.slug)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                invitation=found,
                full_name=form.cleaned_data.get("full_name", ""),
                password=form.cleaned_data["password"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            enrolment.allow(request, user)  # the invitation was the first log-in link
            messages.success(
                request,
                _("Welcome! You are now a member of %(name)s.") % {"name": found.coalition.name},
            )
            return redirect("coalitions:detail", found.coalition.slug)
    return render(request, "accounts/invitation_accept.html", {"invitation": found, "form": form})


@coalition_view("lead_read")
def members(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.invitation_create(
                coalition=coalition,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=cast(User, request.user),
                base_url=request.build_absolute_uri("/")[:-1],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The invitation has been sent."))
            return redirect("accounts:members", coalition.slug)
    context = {
        "coalition": coalition,
        "form": form,
        # an adviser reads this page too, but only the lead invites
        "can_invite": access.can_edit_coalition(request.user, coalition),
        "memberships": coalition.memberships.select_related("user").order_by(
            "role", "user__full_name"
        ),
        "invitations": coalition.invitations.order_by("-created_at")[:50],
    }
    return render(request, "accounts/members.html", context)


@require_POST
@coalition_view("lead")
def invitation_revoke(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    found = get_object_or_404(Invitation, pk=pk, coalition=coalition)
    services.invitation_revoke(invitation=found)
    messages.success(request, _("The invitation has been withdrawn."))
    return redirect("accounts:members", coalition.slug)


@coalition_view("lead_read")
def audit_log(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    entries = coalition_log(coalition.pk)[:200]
    return render(request, "accounts/audit_log.html", {"coalition": coalition, "entries": entries})
