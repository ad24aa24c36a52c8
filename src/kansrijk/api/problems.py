"""Errors as application/problem+json (RFC 9457), as the API Design Rules ask.

Every error of the API has ``type``, ``title``, ``status`` and ``detail``; input errors
add ``invalidParams`` (``name``, ``code``, ``reason``) per wrong field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

PROBLEM_CONTENT_TYPE = "application/problem+json"


def _flatten(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """DRF's nested error details as a flat list of ``invalidParams``."""
    params: list[dict[str, str]] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            params.extend(_flatten(value, "" if key == "non_field_errors" and not prefix else name))
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            nested = isinstance(value, dict | list)
            params.extend(_flatten(value, f"{prefix}.{index}" if nested and prefix else prefix))
    else:
        params.append(
            {
                "name": prefix or "nonFieldErrors",
                "code": str(getattr(detail, "code", "invalid")),
                "reason": str(detail),
            }
        )
    return params


def problem_body(status: int, detail: str, instance: str = "", title: str = "") -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    return body


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context.get("request")
    instance = request.get_full_path() if request is not None else ""
    detail = response.data
    if isinstance(exc, exceptions.ValidationError) or not (
        isinstance(detail, dict) and "detail" in detail
    ):
        body = problem_body(
            response.status_code,
            _("The request contains invalid input; see invalidParams."),
            instance,
        )
        body["invalidParams"] = _flatten(detail)
    else:
        body = problem_body(response.status_code, str(detail["detail"]), instance)
    response.data = body
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def problem_response(request: HttpRequest, status: int, detail: str) -> HttpResponse:
    body = problem_body(status, detail, request.get_full_path())
    return HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_CONTENT_TYPE)


_DETAILS = {
    400: gettext_noop("The request could not be understood."),
    403: gettext_noop("You are not allowed to do this."),
    404: gettext_noop("There is no resource at this address."),
    405: gettext_noop("This method is not allowed on this resource."),
    500: gettext_noop("An unexpected error occurred; it has been logged."),
    503: gettext_noop("The service is temporarily unavailable; try again shortly."),
}


class ProblemJsonMiddleware:
    """Errors raised outside DRF (unknown URL, 500) also answer problem+json under /api/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith(
                (PROBLEM_CONTENT_TYPE, "application/json")
            )
        ):
            detail = _DETAILS.get(response.status_code)
            text = _(detail) if detail else HTTPStatus(response.status_code).phrase
            problem = problem_response(request, response.status_code, text)
            for header in ("Retry-After", "Allow", "WWW-Authenticate"):
                if header in response:
                    problem[header] = response[header]
            return problem
        return response
