"""``{% municipality_map %}``: the national map from the shipped boundaries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django import template

from kansrijk.regions.geometry import MAP_HEIGHT, MAP_WIDTH
from kansrijk.regions.models import Municipality

register = template.Library()

NO_DATA_FILL = "#ffffff"


@dataclass(frozen=True)
class MapItem:
    fill: str
    label: str
    href: str = ""


@dataclass(frozen=True)
class LegendEntry:
    fill: str
    label: str


def shapes() -> list[tuple[str, str, str]]:
    """The boundaries of all municipalities (one query of about 200 kB)."""
    return list(Municipality.objects.order_by("name").values_list("code", "name", "svg_path"))


@register.inclusion_tag("regions/map.html")
def municipality_map(
    items: Mapping[str, MapItem],
    legend: Sequence[LegendEntry],
    caption: str,
    map_id: str = "kaart",
) -> dict[str, Any]:
    linked: list[dict[str, str]] = []
    plain: list[dict[str, str]] = []
    for code, name, path in shapes():
        item = items.get(code)
        entry = {
            "code": code,
            "name": name,
            "path": path,
            "fill": item.fill if item else NO_DATA_FILL,
            "label": f"{name}: {item.label}" if item else name,
            "href": item.href if item else "",
        }
        (linked if entry["href"] else plain).append(entry)
    return {
        "plain": plain,
        "linked": linked,
        "legend": legend,
        "caption": caption,
        "map_id": map_id,
        "width": MAP_WIDTH,
        "height": MAP_HEIGHT,
    }
