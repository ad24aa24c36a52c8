"""A coalition's financing plan: per year, with a chart and a table; editing; CSV."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import selectors, services
from kansrijk.interventions.financing import chart_spec
from kansrijk.interventions.forms import FinancingLineForm
from kansrijk.interventions.models import FinancingLine
from kansrijk.interventions.views.palette import _nav
from kansrijk.reports.charts import chart_svg
from kansrijk.reports.csv import csv_response


def _year(request: HttpRequest, default: int) -> int:
    try:
        year = int(request.GET.get("jaar", default))
    except ValueError:
        return default
    return year if 2018 <= year <= 2100 else default


@coalition_view("member")
def financing(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    years = selectors.financing_years(coalition)
    this_year = datetime.date.today().year
    year = _year(request, this_year if this_year in years or not years else years[-1])
    lines = list(selectors.financing_lines(coalition, year=year))
    totals = selectors.financing_totals(lines)
    chart = ""
    if totals:
        title = _("Planned and realised spending per funding source, %(year)s") % {"year": year}
        chart = chart_svg(
            chart_spec(totals, title=title, planned=_("Planned"), realised=_("Realised")),
            title=title,
        )
    options = sorted({*years, this_year, year})
    return render(
        request,
        "interventions/financing.html",
        {
            **_nav(request, coalition),
            "year": year,
            "year_options": options,
            "lines": lines,
            "totals": totals,
            "planned_total": sum((total.planned for total in totals), Decimal(0)),
            "realised_total": sum((total.realised for total in totals), Decimal(0)),
            "chart": chart,
            "national": selectors.national_amounts(year),
        },
    )


def _line_form(
    request: HttpRequest, coalition: Coalition, line: FinancingLine | None
) -> HttpResponse:
    initial = (
        FinancingLineForm.initial_for(line)
        if line
        else {"year": _year(request, datetime.date.today().year)}
    )
    form = FinancingLineForm(request.POST or None, initial=initial, coalition=coalition)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = services.financing_line_save(
            coalition=coalition,
            line=line,
            year=data["year"],
            palette_item=data["palette_item"],
            activity=data["activity"],
            funding_source=data["funding_source"],
            spuk_purpose=data["spuk_purpose"],
            planned_eur=data["planned_eur"],
            realised_eur=data["realised_eur"],
            note=data["note"],
        )
        return redirect(
            reverse("interventions:financing", kwargs={"slug": coalition.slug})
            + f"?jaar={saved.year}"
        )
    return render(
        request,
        "interventions/form_page.html",
        {
            "form": form,
            "heading": _("Change a line of the financing plan")
            if line
            else _("Add a line to the financing plan"),
            "back_url": reverse("interventions:financing", kwargs={"slug": coalition.slug}),
            "delete_url": reverse(
                "interventions:financing_line_delete",
                kwargs={"slug": coalition.slug, "pk": line.pk},
            )
            if line
            else None,
        },
        status=400 if request.method == "POST" else 200,
    )


def _line(coalition: Coalition, pk: int) -> FinancingLine:
    line = FinancingLine.objects.filter(coalition=coalition, pk=pk).first()
    if line is None:
        raise Http404
    return line


@coalition_view("lead")
def financing_line_create(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    return _line_form(request, coalition, None)


@coalition_view("lead")
def financing_line_edit(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    return _line_form(request, coalition, _line(coalition, pk))


@coalition_view("lead")
def financing_line_delete(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    line = _line(coalition, pk)
    if request.method == "POST":
        services.financing_line_delete(coalition=coalition, line=line)
        return redirect(
            reverse("interventions:financing", kwargs={"slug": coalition.slug})
            + f"?jaar={line.year}"
        )
    return redirect("interventions:financing_line_edit", slug=coalition.slug, pk=pk)


@coalition_view("member")
def financing_csv(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    header = [
        _("Year"),
        _("Intervention or activity"),
        _("Funding source"),
        _("SPUK purpose"),
        _("Planned (EUR)"),
        _("Realised (EUR)"),
        _("Note"),
    ]
    rows = [
        [
            str(line.year),
            line.label,
            line.funding_source.label,
            line.spuk_purpose.label if line.spuk_purpose else "",
            f"{line.planned_eur:.2f}",
            "" if line.realised_eur is None else f"{line.realised_eur:.2f}",
            line.note,
        ]
        for line in selectors.financing_lines(coalition)
    ]
    return csv_response(f"financieringsplan-{coalition.slug}.csv", header, rows)
