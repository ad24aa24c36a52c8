"""Chart specifications of the results (Vega-Lite), rendered by `reports.charts.chart_svg`.

Every chart here has a table beside it in the templates; the charts use statement numbers
as labels, the table gives the full text.
"""

from __future__ import annotations

from typing import Any

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from kansrijk.assessments.bank import Text
from kansrijk.assessments.results import ItemResult, PartResult, RoundResult
from kansrijk.assessments.scoring import Flag, Summary
from kansrijk.reports.charts import chart_svg
from kansrijk.ui.bilingual import pick

# Colour-blind safe (Okabe-Ito), each also told apart by the label in the table.
COLOURS = {
    "strong": "#009E73",
    "improve": "#D55E00",
    "no_agreement": "#CC79A7",
    "neutral": "#56B4E9",
}


def text(value: Text) -> str:
    return pick(value.nl, value.en)


def signal(summary: Summary) -> str:
    """The one signal a bar is coloured by: no agreement first, it needs discussing."""
    if Flag.NO_AGREEMENT in summary.flags:
        return "no_agreement"
    if Flag.IMPROVE in summary.flags:
        return "improve"
    if Flag.STRONG in summary.flags:
        return "strong"
    return "neutral"


def signal_labels() -> dict[str, str]:
    return {
        "strong": _("strong point"),
        "improve": _("point to improve"),
        "no_agreement": _("no agreement"),
        "neutral": _("no signal"),
    }


def _bar_spec(
    rows: list[dict[str, Any]], *, scale_min: int, scale_max: int, label_title: str
) -> dict[str, Any]:
    labels = signal_labels()
    return {
        "data": {"values": rows},
        "width": 420,
        "height": max(60, 22 * len(rows)),
        "layer": [
            {
                "mark": {"type": "rule", "color": "#6b6b6b"},
                "encoding": {
                    "y": {"field": "label", "type": "nominal", "sort": None},
                    "x": {
                        "field": "low",
                        "type": "quantitative",
                        "scale": {"domain": [scale_min, scale_max], "zero": False},
                    },
                    "x2": {"field": "high"},
                },
            },
            {
                "mark": {"type": "point", "filled": True, "size": 90},
                "encoding": {
                    "y": {
                        "field": "label",
                        "type": "nominal",
                        "sort": None,
                        "title": label_title,
                        "axis": {"labelLimit": 320},
                    },
                    "x": {
                        "field": "mean",
                        "type": "quantitative",
                        "title": _("Mean (line: mean ± one standard deviation)"),
                        "scale": {"domain": [scale_min, scale_max], "zero": False},
                    },
                    "color": {
                        "field": "signal",
                        "type": "nominal",
                        "title": _("Signal"),
                        "scale": {
                            "domain": [labels[k] for k in COLOURS],
                            "range": list(COLOURS.values()),
                        },
                    },
                    "shape": {"field": "signal", "type": "nominal", "legend": None},
                },
            },
        ],
    }


def _row(label: str, summary: Summary, scale_min: int, scale_max: int) -> dict[str, Any] | None:
    if summary.mean is None or summary.sd is None:
        return None
    return {
        "label": label,
        "mean": round(summary.mean, 2),
        "low": round(max(scale_min, summary.mean - summary.sd), 2),
        "high": round(min(scale_max, summary.mean + summary.sd), 2),
        "signal": signal_labels()[signal(summary)],
    }


def item_number(item: ItemResult, numbers: dict[str, int]) -> str:
    return _("S%(number)s") % {"number": numbers.get(item.key, 0)}


def part_chart(
    part: PartResult, numbers: dict[str, int], *, scale_min: int, scale_max: int
) -> SafeString | None:
    rows = [
        row
        for item in part.items
        if (row := _row(item_number(item, numbers), item.summary, scale_min, scale_max))
    ]
    if not rows:
        return None
    spec = _bar_spec(rows, scale_min=scale_min, scale_max=scale_max, label_title=_("Statement"))
    title = _("Mean score per statement: %(part)s") % {"part": text(part.title)}
    return chart_svg(spec, title=title)


def overview_chart(result: RoundResult, *, scale_min: int, scale_max: int) -> SafeString | None:
    rows = []
    for part in result.parts:
        row = _row(text(part.title).upper(), part.summary, scale_min, scale_max)
        if row:
            rows.append(row)
        for theme in part.themes:
            row = _row(text(theme.title), theme.summary, scale_min, scale_max)
            if row:
                rows.append(row)
    if not rows:
        return None
    spec = _bar_spec(rows, scale_min=scale_min, scale_max=scale_max, label_title=_("Part / theme"))
    spec["width"] = 360
    return chart_svg(spec, title=_("Mean score per part and theme"))
