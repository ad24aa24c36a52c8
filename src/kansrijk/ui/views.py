"""Site-wide pages: home, dashboard, accessibility statement, health check."""

import importlib
from importlib.util import find_spec
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache

from kansrijk.accounts.decorators import login_required_403
from kansrijk.coalitions import selectors as coalition_selectors


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "ui/home.html", {"summary": coalition_selectors.national_summary()})


def dashboard_panels(request: HttpRequest) -> list[dict[str, Any]]:
    """Panels that apps add to "My overview": ``<app>.dashboard.panel(request)`` returns a
    dict with a ``template`` (and its context), or None when it has nothing to show."""
    panels = []
    for app in settings.KANSRIJK_APPS:
        if find_spec(app) and find_spec(f"{app}.dashboard"):
            panel = importlib.import_module(f"{app}.dashboard").panel(request)
            if panel:
                panels.append(panel)
    return panels


@login_required_403
def dashboard(request: HttpRequest) -> HttpResponse:
    coalitions = coalition_selectors.coalitions_for_user(user=request.user)
    return render(
        request,
        "ui/dashboard.html",
        {"coalitions": coalitions, "panels": dashboard_panels(request)},
    )


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "ui/accessibility.html")


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "ui/privacy.html")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask ``/favicon.ico`` before reading the page: send them to the SVG icon
    (a temporary redirect, since the static file's name changes with its content)."""
    return HttpResponseRedirect(static("ui/favicon.svg"))


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        connection.close_if_unusable_or_obsolete()
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
