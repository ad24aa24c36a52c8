"""Pages of advisers (overview, advice log) and peer matching. Thin: selectors and services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view, login_required_403
from kansrijk.coalitions.models import Coalition
from kansrijk.support import forms, peers, selectors, services
from kansrijk.support.models import AdviceEntry, CoalitionFocus, PeerMessage


@login_required_403
def adviser_overview(request: HttpRequest) -> HttpResponse:
    if not (selectors.is_adviser(request.user) or access.is_national_editor(request.user)):
        raise PermissionDenied
    rows = selectors.adviser_overview(user=request.user)
    return render(
        request,
        "support/adviser_overview.html",
        {"rows": rows, "today": timezone.localdate()},
    )


@coalition_view("member", writers="view")
def advice_log(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    """The lead, the members and the advisers read the log; advisers write it."""
    may_write = selectors.may_keep_log(user=request.user, coalition=coalition)
    form = forms.AdviceEntryForm(request.POST or None)
    if request.method == "POST":
        if not may_write:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.advice_entry_add(
                    coalition=coalition, adviser=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The contact has been added to the log."))
                return redirect("support:advice_log", coalition.slug)
    context = {
        "coalition": coalition,
        "form": form if may_write else None,
        "entries": selectors.advice_log(coalition=coalition),
        "open_follow_ups": selectors.open_follow_ups(coalition=coalition),
        "advisers": selectors.advisers_of(coalition=coalition),
        "may_write": may_write,
        "may_complete": may_write or access.can_edit_coalition(request.user, coalition),
        "today": timezone.localdate(),
    }
    return render(request, "support/advice_log.html", context)


@require_POST
@coalition_view("member", writers="view")
def follow_up_complete(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    """The adviser or the lead marks an agreed follow-up as done."""
    if not (
        selectors.may_keep_log(user=request.user, coalition=coalition)
        or access.can_edit_coalition(request.user, coalition)
    ):
        raise PermissionDenied
    entry = get_object_or_404(AdviceEntry, pk=pk, coalition=coalition)
    form = forms.FollowUpCompleteForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("support:advice_log", coalition.slug)
    note = form.cleaned_data["note"]
    try:
        services.follow_up_complete(entry=entry, user=request.user, note=note)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The follow-up has been marked as done."))
    return redirect("support:advice_log", coalition.slug)


@coalition_view("member")
def peer_suggestions(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    found = [
        (
            other,
            [peers.explain(r) for r in suggestion.reasons],
            peers.settings_of(other).accept_messages,
        )
        for other, suggestion in peers.suggestions(coalition=coalition)
    ]
    context = {
        "coalition": coalition,
        "suggestions": found,
        "lead": access.can_edit_coalition(request.user, coalition),
        "focus": CoalitionFocus.objects.filter(coalition=coalition).select_related("theme"),
        "settings": peers.settings_of(coalition),
    }
    return render(request, "support/peers.html", context)


@coalition_view("lead")
def peer_settings(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    current = peers.settings_of(coalition)
    focus = list(CoalitionFocus.objects.filter(coalition=coalition))
    initial = {
        "suggest_to_others": current.suggest_to_others,
        "share_focus": current.share_focus,
        "accept_messages": current.accept_messages,
        "themes": [f.theme_id for f in focus],
        "since": min((f.since for f in focus if f.since), default=None),
    }
    form = forms.PeerSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.peer_settings_update(
            coalition=coalition,
            suggest_to_others=data["suggest_to_others"],
            share_focus=data["share_focus"],
            accept_messages=data["accept_messages"],
            themes=[(theme, data["since"]) for theme in data["themes"]],
        )
        messages.success(request, _("Your choices have been saved."))
        return redirect("support:peers", coalition.slug)
    return render(request, "support/peer_settings.html", {"coalition": coalition, "form": form})


@coalition_view("lead")
def peer_contact(request: HttpRequest, coalition: Coalition, other: str) -> HttpResponse:
    """Write to the leads of another coalition; no e-mail address is shown either way."""
    to = get_object_or_404(Coalition, slug=other)
    form = forms.PeerMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.peer_message_send(
                sender=request.user,
                from_coalition=coalition,
                to_coalition=to,
                base_url=request.build_absolute_uri("/")[:-1],
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your message has been sent."))
            return redirect("support:messages", coalition.slug)
    return render(
        request, "support/peer_contact.html", {"coalition": coalition, "other": to, "form": form}
    )


@coalition_view("lead")
def peer_messages(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    found = (
        PeerMessage.objects.filter(Q(to_coalition=coalition) | Q(from_coalition=coalition))
        .select_related("from_coalition", "to_coalition", "sender")
        .order_by("-created_at", "-pk")[:200]
    )
    return render(request, "support/messages.html", {"coalition": coalition, "messages_": found})
