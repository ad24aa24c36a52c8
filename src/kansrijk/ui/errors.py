"""The page shown when Django's CSRF check refuses a form (``CSRF_FAILURE_VIEW``).

The error pages themselves are templates (``403.html``, ``404.html``, ``400.html``,
``500.html`` and ``ui/503.html``) that Django's own handlers render.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """In the site's layout and language; the reason is for the log (the CSRF middleware
    writes it there), not for the visitor."""
    response = render(request, "ui/csrf_failure.html", status=403)
    response["Cache-Control"] = "no-store"
    return response
