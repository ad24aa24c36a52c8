"""Chart specifications (Vega-Lite through Altair), rendered to SVG by ``reports.charts``."""

from __future__ import annotations

from typing import Any

import altair as alt
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from kansrijk.indicators.models import Indicator
from kansrijk.indicators.startfoto import Line, NationalPage
from kansrijk.reports.charts import chart_svg

COLOURS = {"better": "#2e7d32", "worse": "#c62828", "similar": "#f2c200", "none": "#7a7a7a"}


def _data(values: list[dict[str, Any]]) -> Any:
    return alt.Data(values=values)  # type: ignore[no-untyped-call]


def _unit_label(indicator: Indicator) -> str:
    return str(indicator.get_unit_display())


def _title(indicator: Indicator, text: str) -> str:
    if indicator.synthetic:
        return f"{text} ({_('synthetisch')})"
    return text


def funnel_svg(page: NationalPage, highlight: str | None = None) -> SafeString | None:
    """Funnel plot: every visible municipality against its size, with 95% and 99.8% limits."""
    if not page.curve or page.country is None or page.country.value is None:
        return None
    points = [
        {
            "name": name,
            "size": shown.denominator,
            "value": shown.value,
            "own": code == highlight,
        }
        for code, name, shown, _positions, _shrunk in page.rows
        if shown.value is not None and shown.denominator
    ]
    curve = _data(page.curve)
    base = alt.Chart(curve).encode(
        x=alt.X(
            "size:Q",
            title=str(page.indicator.denominator_definition or _("denominator")),
            scale=alt.Scale(type="log"),
        )
    )
    layers: list[Any] = [
        base.mark_line(color="#1b4f8a", strokeDash=[4, 3]).encode(y="lower95:Q"),
        base.mark_line(color="#1b4f8a", strokeDash=[4, 3]).encode(y="upper95:Q"),
        base.mark_line(color="#1b4f8a").encode(y="lower998:Q"),
        base.mark_line(color="#1b4f8a").encode(y="upper998:Q"),
        alt.Chart(_data([{"v": page.country.value}])).mark_rule(color="#1a1a1a").encode(y="v:Q"),
        alt.Chart(_data(points))
        .mark_circle(opacity=0.7)
        .encode(
            x="size:Q",
            y=alt.Y("value:Q", title=_unit_label(page.indicator)),
            color=alt.Color(
                "own:N",
                scale=alt.Scale(domain=[False, True], range=["#7a9cc6", "#c62828"]),
                legend=None,
            ),
            size=alt.condition("datum.own", alt.value(120), alt.value(25)),
        ),
    ]
    chart = alt.layer(*layers).properties(width=560, height=320)
    title = _title(page.indicator, _("Funnel plot: %(name)s") % {"name": page.indicator.label})
    return chart_svg(chart.to_dict(validate=False), title=title)


def trend_svg(line: Line, area_name: str) -> SafeString | None:
    """Yearly values of the area with their 95% intervals, the region and the country."""
    rows: list[dict[str, Any]] = []
    for label, series in (
        (area_name, line.yearly),
        (_("Region"), line.region_yearly),
        (_("Netherlands"), line.country_yearly),
    ):
        for shown in series:
            if shown.value is None:
                continue
            rows.append(
                {
                    "year": str(shown.start),
                    "area": label,
                    "value": shown.value,
                    "low": shown.ci95.lower if shown.ci95 else shown.value,
                    "high": shown.ci95.upper if shown.ci95 else shown.value,
                }
            )
    if not rows:
        return None
    data = _data(rows)
    colour = alt.Color("area:N", title=None, sort=[area_name, _("Region"), _("Netherlands")])
    lines = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=_("Year")),
            y=alt.Y("value:Q", title=_unit_label(line.indicator)),
            color=colour,
        )
    )
    bars = alt.Chart(data).mark_rule().encode(x="year:O", y="low:Q", y2="high:Q", color=colour)
    chart = alt.layer(bars, lines).properties(width=520, height=240)
    title = _title(line.indicator, _("Trend: %(name)s") % {"name": line.indicator.label})
    return chart_svg(chart.to_dict(validate=False), title=title)


def spine_svg(lines: list[Line], area_name: str) -> SafeString | None:
    """Spine chart: per indicator the spread of municipalities around the national value."""
    rows: list[dict[str, Any]] = []
    for line in lines:
        spread = line.spread
        if spread is None or line.country is None or line.country.value is None:
            continue
        centre = line.country.value
        half = max(centre - spread["min"], spread["max"] - centre) or 1.0

        def pos(v: float, centre: float = centre, half: float = half) -> float:
            return 0.5 + (v - centre) / (2 * half)

        own = line.own.value if line.own else None
        judgement = line.vs_country.judgement if line.vs_country else "none"
        label = str(line.indicator.label) + (" *" if line.synthetic else "")
        rows.append(
            {
                "indicator": label,
                "min": pos(spread["min"]),
                "max": pos(spread["max"]),
                "q1": pos(spread["q1"]),
                "q3": pos(spread["q3"]),
                "own": pos(own) if own is not None else None,
                "judgement": judgement if judgement in COLOURS else "none",
            }
        )
    if not rows:
        return None
    data = _data(rows)
    # whole names: a truncated "Preterm birth and/or small for gesta…" reads badly on paper
    y = alt.Y("indicator:N", title=None, sort=None, axis=alt.Axis(labelLimit=480))
    scale = alt.Scale(domain=[0, 1])
    chart = alt.layer(
        alt.Chart(data)
        .mark_bar(color="#dfe7f1", height=12)
        .encode(x=alt.X("min:Q", scale=scale, axis=None), x2="max:Q", y=y),
        alt.Chart(data).mark_bar(color="#9bb5d6", height=12).encode(x="q1:Q", x2="q3:Q", y=y),
        alt.Chart(_data([{"c": 0.5}])).mark_rule(color="#1a1a1a").encode(x="c:Q"),
        alt.Chart(data)
        .mark_point(filled=True, size=110, shape="circle")
        .encode(
            x="own:Q",
            y=y,
            color=alt.Color(
                "judgement:N",
                scale=alt.Scale(domain=list(COLOURS), range=list(COLOURS.values())),
                title=None,
            ),
        ),
    ).properties(width=420, height=max(60, 26 * len(rows)))
    title = _("Spine chart of %(area)s against all municipalities") % {"area": area_name}
    return chart_svg(chart.to_dict(validate=False), title=title)
