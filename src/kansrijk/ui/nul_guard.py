"""Refuse any request that carries a NUL character, before it reaches a view.

PostgreSQL cannot store or even compare text with a NUL (0x00) character: a filter such
as ``?gemeente=%00`` would raise a database error and abort the request's transaction,
where SQLite would simply find nothing. No legitimate input contains NUL, so one guard
answers every such request with a clear 400 (problem+json with ``invalidParams`` under
``/api/``), whatever the form, filter or import behind the address.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# A JSON string may spell NUL as the escape \u0000; a raw NUL byte anywhere is refused too.
_JSON_NUL = re.compile(rb"\\u0000", re.IGNORECASE)
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _fields_with_nul(data: QueryDict) -> list[str]:
    return [key for key in data if "\x00" in key or any("\x00" in v for v in data.getlist(key))]


def fields_with_nul(request: HttpRequest) -> list[str]:
    """The names of the parts of the request (path, query parameters, form fields, body)
    that hold a NUL character; empty when there is none."""
    found = ["path"] if "\x00" in request.path_info else []
    found += _fields_with_nul(request.GET)
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return found
    content_type = request.content_type or ""
    if content_type in _FORM_TYPES:
        found += _fields_with_nul(request.POST)
    elif content_type.endswith("json"):
        body = request.body
        if b"\x00" in body or _JSON_NUL.search(body):
            found.append("body")
    return found


def unreadable_body_response(request: HttpRequest) -> HttpResponse:
    """A body that says it is a form but cannot be read as one (a multipart body without its
    boundary): a 400 that says so, before any view or error page reads the body again."""
    return nul_refused_response(
        request,
        [],
        _("The content of the request could not be read. Nothing has been saved."),
    )


def nul_refused_response(
    request: HttpRequest, fields: list[str], message: str | None = None
) -> HttpResponse:
    message = message or _(
        "The request contains an invalid character (NUL). Remove it and try again; "
        "nothing has been saved."
    )
    if request.path.startswith("/api/"):
        from kansrijk.api.problems import PROBLEM_CONTENT_TYPE, problem_body

        body = problem_body(400, message, request.get_full_path())
        body["invalidParams"] = [
            {
                "name": name.replace("\x00", "\\u0000"),
                "code": "null_characters_not_allowed",
                "reason": message,
            }
            for name in fields
        ]
        return HttpResponse(json.dumps(body), status=400, content_type=PROBLEM_CONTENT_TYPE)
    title = escape(_("Invalid input"))
    page = (
        f'<!DOCTYPE html><html lang="{get_language()}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><main>"
        f"<h1>{title}</h1><p>{escape(message)}</p></main></body></html>"
    )
    return HttpResponse(page, status=400)


class NulCharacterMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            fields = fields_with_nul(request)
        except MultiPartParserError:
            return unreadable_body_response(request)
        if fields:
            return nul_refused_response(request, fields)
        return self.get_response(request)
