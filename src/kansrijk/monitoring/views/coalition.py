"""The coalition's monitoring overview, the step tracker and the annual report."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import annual, forms, selectors, steptracker, survey
from kansrijk.reports.csv import csv_response
from kansrijk.reports.pdf import render_to_pdf


@coalition_view("member")
def index(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    tracked = steptracker.track(coalition)
    context = {
        "coalition": coalition,
        "lead": access.can_edit_coalition(request.user, coalition),
        "goals": selectors.coalition_goals(coalition=coalition),
        "attention": selectors.attention_counts(coalition=coalition),
        "plan": selectors.current_plan(coalition=coalition),
        "steps": tracked,
        "differences": sum(1 for s in tracked if s.differs),
        "surveys": survey.closed_round_count(coalition),
        "year": timezone.localdate().year,
    }
    return render(request, "monitoring/index.html", context)


@coalition_view("member")
def steps(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    tracked = steptracker.track(coalition)
    context = {
        "coalition": coalition,
        "lead": access.can_edit_coalition(request.user, coalition),
        "steps": tracked,
        "differences": sum(1 for s in tracked if s.differs),
    }
    return render(request, "monitoring/steps.html", context)


def _year(request: HttpRequest) -> tuple[forms.YearForm, int]:
    default = timezone.localdate().year
    form = forms.YearForm(request.GET or {"jaar": default})
    return form, (form.cleaned_data["jaar"] if form.is_valid() else default)


@coalition_view("member")
def report(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form, year = _year(request)
    context = {
        "coalition": coalition,
        "form": form,
        "year": year,
        "sections": annual.build(coalition, year),
    }
    return render(request, "monitoring/report.html", context)


@coalition_view("member")
def report_pdf(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    _form, year = _year(request)
    context = {
        "coalition": coalition,
        "year": year,
        "sections": annual.build(coalition, year),
        "generated": timezone.localdate(),
    }
    return render_to_pdf(
        "monitoring/report_pdf.html",
        context,
        request,
        filename=f"jaarverslag-{coalition.slug}-{year}.pdf",
    )


@coalition_view("member")
def report_csv(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    from django.utils.translation import gettext as _

    _form, year = _year(request)
    return csv_response(
        f"jaarverslag-{coalition.slug}-{year}.csv",
        [_("Section"), _("Question"), _("Answer")],
        annual.csv_rows(annual.build(coalition, year)),
    )
