"""CSV and PDF exports of the startfoto and the national pages (same data as the pages)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.indicators import selectors, startfoto
from kansrijk.indicators.present import Shown
from kansrijk.indicators.views import (
    _indicator,
    _municipality,
    _owner,
    _period,
    area_context,
    coalition_totals_html,
)
from kansrijk.reports.csv import csv_response


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def status_text(shown: Shown | None, synthetic: bool) -> str:
    parts = []
    if synthetic:
        parts.append(_("synthetisch"))
    if shown is not None and shown.suppression and shown.value is None:
        if shown.suppression == "small_count":
            parts.append(_("hidden: count below the threshold"))
        elif shown.suppression == "derivable":
            parts.append(_("hidden: would reveal a hidden count"))
        else:
            parts.append(_("hidden: a small count, or one it could be calculated from"))
    if shown is not None and shown.computed:
        parts.append(_("computed here"))
    return "; ".join(parts)


def _cells(shown: Shown | None) -> list[Any]:
    if shown is None:
        return ["", "", "", "", "", ""]
    return [
        shown.period,
        _number(shown.value),
        _number(shown.ci95.lower if shown.ci95 else None),
        _number(shown.ci95.upper if shown.ci95 else None),
        "" if shown.numerator is None else shown.numerator,
        "" if shown.denominator is None else shown.denominator,
    ]


HEADER = [
    "indicator",
    "naam",
    "gebied",
    "periode",
    "waarde",
    "ondergrens_95",
    "bovengrens_95",
    "teller",
    "noemer",
]


def national_csv(request: HttpRequest, code: str) -> HttpResponse:
    indicator = _indicator(code)
    page = startfoto.build_national(
        indicator, _period(request.GET.get("periode")), owner=_owner(request)
    )

    def rows() -> Iterator[list[Any]]:
        for area, name, shown, positions, _shrunk in page.rows:
            yield [
                indicator.key,
                indicator.label,
                f"{area} {name}",
                *_cells(shown),
                positions.get(0.95, ""),
                positions.get(0.998, ""),
                status_text(shown, indicator.synthetic),
            ]
        if page.country:
            yield [
                indicator.key,
                indicator.label,
                "NL01 Nederland",
                *_cells(page.country),
                "",
                "",
                status_text(page.country, indicator.synthetic),
            ]

    header = [*HEADER, "trechter_95", "trechter_99_8", "status"]
    return csv_response(f"{indicator.key}.csv", header, rows())


def municipality_csv(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(code)
    context = area_context(municipality, owner=_owner(request))

    def rows() -> Iterator[list[Any]]:
        for line in context["lines"]:
            for shown in [*line.yearly, *line.pooled]:
                yield [
                    line.indicator.key,
                    line.indicator.label,
                    f"{municipality.code} {municipality.name}",
                    *_cells(shown),
                    status_text(shown, line.synthetic),
                ]
            for label, shown in (("regio", line.region), ("Nederland", line.country)):
                if shown is not None:
                    yield [
                        line.indicator.key,
                        line.indicator.label,
                        f"{shown.area} ({label})",
                        *_cells(shown),
                        status_text(shown, line.synthetic),
                    ]

    return csv_response(f"startfoto-{municipality.code}.csv", [*HEADER, "status"], rows())


def _render_to_pdf(
    template: str, context: dict[str, Any], request: HttpRequest, filename: str
) -> HttpResponse:
    # imported here: WeasyPrint is heavy and only PDF requests need it
    from kansrijk.reports.pdf import render_to_pdf

    return render_to_pdf(template, context, request, filename=filename)


def municipality_pdf(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(code)
    context: dict[str, Any] = {
        "areas": [area_context(municipality, owner=_owner(request))],
        "title": _("Startfoto %(name)s") % {"name": municipality.name},
    }
    context["synthetic"] = context["areas"][0]["synthetic"]
    return _render_to_pdf(
        "indicators/pdf.html", context, request, f"startfoto-{municipality.code}.pdf"
    )


@coalition_view("public")
def coalition_pdf(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    owner = _owner(request)
    areas = [
        area_context(m, owner=owner)
        for m in coalition.municipalities.select_related("ggd_region").order_by("name")
    ]
    context = {
        "areas": areas,
        "coalition": coalition,
        "title": _("Startfoto %(name)s") % {"name": coalition.name},
        "synthetic": any(a["synthetic"] for a in areas),
        "notes": selectors.story_notes(coalition, include_unpublished=False),
        "totals": coalition_totals_html(coalition, owner=owner) if len(areas) > 1 else "",
    }
    return _render_to_pdf(
        "indicators/pdf.html", context, request, f"startfoto-{coalition.slug}.pdf"
    )
