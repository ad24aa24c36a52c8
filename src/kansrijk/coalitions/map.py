"""Colouring of the national map: per coalition status or per tranche."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition, CoalitionStatus
from kansrijk.regions.templatetags.regions import LegendEntry, MapItem

STATUS_COLOURS = {
    CoalitionStatus.EXPLORING: "#fde0c5",
    CoalitionStatus.FORMING: "#f4a259",
    CoalitionStatus.ACTIVE: "#5aa0d8",
    CoalitionStatus.CHAIN_IN_PLACE: "#1b4f8a",
}
TRANCHE_COLOURS = {1: "#08306b", 2: "#2171b5", 3: "#6baed6", 4: "#c6dbef"}
UNKNOWN_TRANCHE = "#bdbdbd"
NO_COALITION = "#ffffff"


def map_items(coalitions: list[Coalition], colouring: str) -> dict[str, MapItem]:
    items: dict[str, MapItem] = {}
    for coalition in coalitions:
        href = reverse("coalitions:detail", args=[coalition.slug])
        if colouring == "tranche":
            fill = TRANCHE_COLOURS.get(coalition.tranche or 0, UNKNOWN_TRANCHE)
            label = (
                _("%(name)s, tranche %(t)s") % {"name": coalition.name, "t": coalition.tranche}
                if coalition.tranche
                else _("%(name)s, tranche unknown") % {"name": coalition.name}
            )
        else:
            fill = STATUS_COLOURS[CoalitionStatus(coalition.status)]
            label = f"{coalition.name}, {CoalitionStatus(coalition.status).label}"
        for municipality in coalition.municipalities.all():
            items.setdefault(municipality.code, MapItem(fill=fill, label=label, href=href))
    return items


def legend(colouring: str) -> list[LegendEntry]:
    if colouring == "tranche":
        entries = [
            LegendEntry(fill=c, label=_("Tranche %(t)d") % {"t": t})
            for t, c in TRANCHE_COLOURS.items()
        ]
        entries.append(LegendEntry(fill=UNKNOWN_TRANCHE, label=_("Coalition, tranche unknown")))
    else:
        entries = [
            LegendEntry(fill=STATUS_COLOURS[s], label=str(s.label).capitalize())
            for s in CoalitionStatus
        ]
    entries.append(LegendEntry(fill=NO_COALITION, label=_("No coalition registered")))
    return entries
