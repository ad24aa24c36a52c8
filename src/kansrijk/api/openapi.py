"""The published OpenAPI document is the committed one (``openapi.json`` beside this file).

``make openapi`` regenerates it with drf-spectacular; ``make openapi-check`` fails when the
committed document is stale or when the national API Design Rules linter finds an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

DOCUMENT = Path(__file__).with_name("openapi.json")


@cache
def _document() -> bytes:
    return DOCUMENT.read_bytes()


@require_GET
def openapi_document(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(_document(), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
