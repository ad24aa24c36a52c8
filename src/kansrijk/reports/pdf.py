"""One way to make a PDF: render a template and hand it to WeasyPrint (tagged, PDF/UA-1)."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher

# A finished PDF is kept by the hash of its HTML: a document that shows anything new has new
# HTML. Closed Analysetool rounds and startfotos are downloaded again and again for meetings.
CACHE_SECONDS = 60 * 60 * 24
_STYLESHEET = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"')


def static_file(url: str) -> str | None:
    """The file on disk behind a /static/ URL, also under a hashed production name.

    With ManifestStaticFilesStorage the page links ``ui/pdf.3f2a....css``: that is the
    collected file in STATIC_ROOT, or, where nothing is collected, the source file the
    manifest maps it back to.
    """
    relative = url.removeprefix("file:///static/").removeprefix(settings.STATIC_URL)
    relative = relative.split("?", 1)[0].split("#", 1)[0]
    if relative == url or not relative:
        return None
    try:
        found = finders.find(relative)
        if isinstance(found, str):
            return found
        if staticfiles_storage.exists(relative):
            return str(staticfiles_storage.path(relative))
    except (SuspiciousFileOperation, NotImplementedError, ValueError):
        return None
    hashed_files: dict[str, str] = getattr(staticfiles_storage, "hashed_files", {}) or {}
    for source, hashed in hashed_files.items():
        if hashed == relative:
            original = finders.find(source)
            return original if isinstance(original, str) else None
    return None


class _LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Resolve /static/ URLs from disk; refuse anything on the network (WeasyPrint >= 66)."""

    def fetch(self, url: str, headers: Any = None) -> Any:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        found = static_file(url)
        if found:
            return super().fetch(f"file://{found}", headers)
        raise ValueError(f"Refusing to fetch {url!r} while rendering a PDF.")


def _cache_key(html: str, uncompressed: bool) -> str:
    digest = hashlib.sha256(html.encode())
    for href in _STYLESHEET.findall(html):  # a stylesheet edited in development counts too
        path = static_file(href)
        if path:
            stat = os.stat(path)
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return f"pdf:{int(uncompressed)}:{digest.hexdigest()}"


def render_pdf_bytes(
    template_name: str,
    context: dict[str, Any],
    request: HttpRequest | None = None,
    *,
    uncompressed: bool = False,
) -> bytes:
    html = render_to_string(template_name, context, request=request)
    key = _cache_key(html, uncompressed)
    cached: bytes | None = cache.get(key)
    if cached is not None:
        return cached
    document = HTML(string=html, base_url="file:///", url_fetcher=_LocalOnlyFetcher())
    result: bytes = document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=uncompressed)
    cache.set(key, result, CACHE_SECONDS)
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
