"""The national and regional view over all coalitions."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import overview_required
from kansrijk.coalitions.models import STEPS
from kansrijk.monitoring import forms, national
from kansrijk.reports.charts import chart_svg
from kansrijk.reports.csv import csv_response


@overview_required
def overview(request: HttpRequest) -> HttpResponse:
    form = forms.StepChoiceForm(request.GET or None)
    step = (form.cleaned_data["stap"] if form.is_valid() else None) or 1
    scope = national.scope_for(request.user)
    rows = national.coalition_rows(scope=scope)
    share = national.chain_share_over_time(scope=scope)
    context = {
        "scope": scope,
        "form": form,
        "step": step,
        "step_label": dict(STEPS)[step],
        "steps": STEPS,
        "rows": rows,
        "items": national.map_items(rows, step),
        "legend": national.legend(),
        "step_counts": national.step_counts(rows),
        "share": share,
        "share_chart": chart_svg(
            national.share_chart_spec(share),
            title=_("Share of municipalities with a chain approach per quarter"),
        ),
        "regions": national.regional_rollup(rows, scope=scope),
        "analysetool": national.analysetool_summary(scope),
    }
    return render(request, "monitoring/national.html", context)


def _table(name: str, scope: national.Scope) -> tuple[list[str], list[list[Any]]]:
    """The rows of one table, exactly as the page shows them to this viewer."""
    rows = national.coalition_rows(scope=scope)
    if name == "stappen":
        header = [_("Coalition"), _("Regions")]
        for number, _label in STEPS:
            header += [
                _("Step %(n)d declared") % {"n": number},
                _("Step %(n)d derived") % {"n": number},
            ]
        body = []
        for row in rows:
            line: list[Any] = [row.coalition.name, " | ".join(row.regions)]
            for s in row.steps:
                line += [s.declared, s.derived.status]
            body.append(line)
        return header, body
    if name == "ketenaanpak":
        return [
            _("Date"),
            _("Municipalities with a chain approach"),
            _("Municipalities"),
            _("Share (%)"),
        ], [
            [p["date"].isoformat(), p["with_chain"], p["municipalities"], p["share"]]
            for p in national.chain_share_over_time(scope=scope)
        ]
    if name == "regios":
        return [
            _("GGD region"),
            _("Municipalities"),
            _("With a coalition"),
            _("With a chain approach"),
            _("Coalitions"),
            _("Average steps in place"),
        ], [
            [
                r["region"],
                r["municipalities"],
                r["with_coalition"],
                r["with_chain"],
                r["coalitions"],
                r["average_steps"],
            ]
            for r in national.regional_rollup(rows, scope=scope)
        ]
    if name == "analysetool":
        summary = national.analysetool_summary(scope)
        return [_("Part"), _("Coalitions"), _("Average score")], [
            [r["part"], r["coalitions"], r["mean"]] for r in summary.parts
        ]
    raise Http404


@overview_required
def export(request: HttpRequest, table: str) -> HttpResponse:
    header, body = _table(table, national.scope_for(request.user))
    return csv_response(f"landelijk-{table}.csv", header, body)
