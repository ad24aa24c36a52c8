"""Pages for every professional: the broad conversation, the instruments, the network map.

The broad conversation's answer is computed from a POST and rendered once: it is never
stored, never put in a URL, never logged, and never cached.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from kansrijk.signalling import selectors
from kansrijk.signalling.advice import build_advice
from kansrijk.signalling.forms import ConversationForm


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "signalling/index.html", {"grades": selectors.grades()})


@sensitive_post_parameters()
@never_cache
def conversation(request: HttpRequest) -> HttpResponse:
    form = ConversationForm(request.POST if request.method == "POST" else None)
    context = {
        "form": form,
        "domains": selectors.domains_with_factors(),
        "grades": selectors.grades(),
        "checked_domains": form.checked("domains"),
        "checked_factors": form.checked("factors"),
    }
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        advice = build_advice(
            municipality=data["municipality"],
            phase=data["phase"],
            domains=data["domains"],
            factors=list(data["factors"]),
            grade=data["grade"],
            user=request.user,
        )
        return render(request, "signalling/advice.html", {"advice": advice})
    return render(request, "signalling/conversation.html", context)


def instruments(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "signalling/instruments.html",
        {"instruments": selectors.instruments(), "domains": selectors.domains_with_factors()},
    )


NETWORK_RINGS = (
    ("own", _("Own network"), -118),
    ("informal", _("Informal support"), -205),
    ("professional", _("Professionals"), -295),
)


def network_map(request: HttpRequest) -> HttpResponse:
    """The page only: the map itself lives in the browser and never reaches the server."""
    context = {"rings": NETWORK_RINGS, "write_lines": range(8)}
    return render(request, "signalling/network_map.html", context)
