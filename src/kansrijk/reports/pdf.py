"""One way to make a PDF: render a template and hand it to WeasyPrint (tagged, PDF/UA-1)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher


class _LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Resolve /static/ URLs from disk; refuse anything on the network (WeasyPrint >= 66)."""

    def fetch(self, url: str, headers: Any = None) -> Any:
        static_prefix = "file:///static/"
        if url.startswith(static_prefix) or url.startswith(settings.STATIC_URL):
            relative = url.removeprefix(static_prefix).removeprefix(settings.STATIC_URL)
            found = finders.find(relative)
            if found:
                return super().fetch(f"file://{found}", headers)
        if url.startswith("data:"):
            return super().fetch(url, headers)
        raise ValueError(f"Refusing to fetch {url!r} while rendering a PDF.")


def render_pdf_bytes(
    template_name: str, context: dict[str, Any], request: HttpRequest | None = None
) -> bytes:
    html = render_to_string(template_name, context, request=request)
    document = HTML(string=html, base_url="file:///", url_fetcher=_LocalOnlyFetcher())
    result: bytes = document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=False)
    return result


def render_to_pdf(
    template_name: str,
    context: dict[str, Any],
    request: HttpRequest | None = None,
    *,
    filename: str = "kansrijk.pdf",
) -> HttpResponse:
    response = HttpResponse(
        render_pdf_bytes(template_name, context, request), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
