"""The collaboration survey (samenwerkingsmonitor): rounds and results per dimension over time.

Rounds are rounds of the assessments engine: invitation links, answering, closing and the
detailed results use the engine's own pages; this page opens rounds and shows the trend.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import survey
from kansrijk.reports.charts import chart_svg


class RoundForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Name of the round"),
        max_length=200,
        help_text=gettext_lazy("For example: collaboration survey spring 2026."),
    )


@coalition_view("member")
def survey_page(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    lead = access.can_edit_coalition(request.user, coalition)
    form = RoundForm(request.POST or None)
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        if form.is_valid():
            try:
                new_round = survey.round_open(
                    coalition=coalition, title=form.cleaned_data["title"], user=request.user
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The round is open. Now make the invitation links."))
                return redirect("assessments:round", slug=coalition.slug, pk=new_round.pk)
    results = survey.results_over_time(coalition)
    shown = [r for r in results if not r["suppressed"]]
    context = {
        "coalition": coalition,
        "lead": lead,
        "form": form,
        "available": survey.questionnaire() is not None,
        "rounds": survey.rounds(coalition),
        "results": results,
        "table": survey.dimension_table(results),
        "chart": chart_svg(
            survey.chart_spec(shown),
            title=_("Collaboration survey: average per dimension per round"),
        )
        if shown
        else None,
    }
    return render(request, "monitoring/survey.html", context)
