"""Colouring the national map by an indicator's values (quintiles of visible values)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.indicators.startfoto import NationalPage
from kansrijk.regions.templatetags.regions import LegendEntry, MapItem

COLOURS = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
HIDDEN = "#d9d9d9"


def _format(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def map_items_for(page: NationalPage) -> tuple[dict[str, MapItem], list[LegendEntry]]:
    values = sorted(s.value for _c, _n, s, _p, _e in page.rows if s.value is not None)
    if not values:
        return {}, []
    edges = [values[min(len(values) - 1, int(len(values) * q / 5))] for q in range(1, 5)]
    items: dict[str, MapItem] = {}
    for code, _name, shown, _positions, _shrunk in page.rows:
        href = reverse("indicators:municipality_indicator", args=[code, page.indicator.key])
        if shown.value is None:
            items[code] = MapItem(fill=HIDDEN, label=_("not shown (small numbers)"), href=href)
            continue
        band = sum(1 for edge in edges if shown.value > edge)
        items[code] = MapItem(fill=COLOURS[band], label=_format(shown.value), href=href)
    bounds = [values[0], *edges, values[-1]]
    legend = [
        LegendEntry(fill=COLOURS[i], label=f"{_format(bounds[i])} - {_format(bounds[i + 1])}")
        for i in range(5)
    ]
    legend.append(LegendEntry(fill=HIDDEN, label=_("not shown (small numbers)")))
    return items, legend
