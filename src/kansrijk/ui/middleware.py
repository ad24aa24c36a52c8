"""A clear 503 while the database is unreachable; the site recovers by itself.

Django turns an exception raised inside any middleware into a 500 answer at that
middleware's own layer, so an outer ``try`` never sees it. This middleware therefore
sits outermost and listens to ``got_request_exception``: when the exception of a request
was a database connection error (in a view, or in the session or authentication
middleware), the answer becomes a 503 page (problem+json under ``/api/``) with
``Retry-After``. Broken connections are closed so the next request reconnects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

logger = logging.getLogger("kansrijk.availability")
DATABASE_ERRORS = (OperationalError, InterfaceError)
_MARK = "_kansrijk_database_unavailable"
_KEEP = ("Content-Type", "Content-Length", "Content-Language", "Retry-After")


@receiver(got_request_exception)
def _remember_database_errors(sender: Any, request: HttpRequest | None = None, **_: Any) -> None:
    import sys

    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_ERRORS):
        setattr(request, _MARK, True)


def _close_broken_connections() -> None:
    for connection in connections.all(initialized_only=True):
        try:
            connection.close_if_unusable_or_obsolete()
        except DATABASE_ERRORS:
            connection.connection = None


def unavailable_response(request: HttpRequest) -> HttpResponse:
    _close_broken_connections()
    if request.path.startswith("/api/"):
        from kansrijk.api.problems import problem_response

        response = problem_response(
            request, 503, _("The service is temporarily unavailable; try again shortly.")
        )
    else:
        response = HttpResponse(render_to_string("ui/503.html"), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS:
            logger.warning("Database unavailable for %s", request.path)
            return unavailable_response(request)
        if getattr(request, _MARK, False):
            logger.warning("Database unavailable for %s", request.path)
            replacement = unavailable_response(request)
            for header, value in response.items():
                if header not in _KEEP and header not in replacement:
                    replacement[header] = value
            return replacement
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_ERRORS):
            setattr(request, _MARK, True)
            return unavailable_response(request)
        return None
