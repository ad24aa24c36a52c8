"""Charts from one declarative Vega-Lite specification, rendered to SVG on the server.

The same SVG goes into the page (works without JavaScript) and into the PDF. Rendering is
cached by the hash of the specification, which includes the data: a new data version is a
new specification.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import vl_convert as vlc
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

VEGA_LITE_VERSION = "5.20"
_INNER_ARIA = re.compile(r'\s(?:role|aria-roledescription|aria-label)="[^"]*"')
_FONT = "Noto Sans, DejaVu Sans, sans-serif"

BASE_CONFIG: dict[str, Any] = {
    "font": _FONT,
    "axis": {
        "labelFontSize": 12,
        "titleFontSize": 12,
        "labelColor": "#1a1a1a",
        "titleColor": "#1a1a1a",
    },
    "legend": {"labelFontSize": 12, "titleFontSize": 12},
    "view": {"stroke": None},
    "background": "#ffffff",
}


def chart_svg(spec: dict[str, Any], *, title: str) -> SafeString:
    """Render a Vega-Lite spec (a dict, e.g. ``altair.Chart(...).to_dict()``) to inline SVG.

    The SVG is one image with ``title`` as its accessible name; the data itself must be
    shown in a table beside the chart.
    """
    full = {"config": BASE_CONFIG, **spec}
    full.setdefault("$schema", "https://vega.github.io/schema/vega-lite/v5.json")
    payload = json.dumps(full, sort_keys=True, default=str)
    key = "chart:" + hashlib.sha256((payload + title).encode()).hexdigest()
    cached: str | None = cache.get(key)
    if cached is not None:
        # Vega escapes every text node it renders, so the SVG is safe to inline.
        return mark_safe(cached)  # noqa: S308  # nosec B308 B703
    svg = vlc.vegalite_to_svg(payload, vl_version=VEGA_LITE_VERSION.replace(".", "_"))
    svg = _INNER_ARIA.sub("", svg)
    svg = svg.replace(
        "<svg ", f'<svg role="img" aria-label="{escape(title)}" class="kr-chart__svg" ', 1
    )
    cache.set(key, svg, 60 * 60 * 24)
    return mark_safe(svg)  # noqa: S308  # nosec B308 B703
