"""Goals and their measurements (step 6)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import charts, forms, selectors, services, sources
from kansrijk.reports.charts import chart_svg


@coalition_view("member")
def goals(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    lead = access.can_edit_coalition(request.user, coalition)
    form = forms.GoalForm(request.POST or None)
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        if form.is_valid():
            try:
                goal = services.goal_create(
                    coalition=coalition, user=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The goal has been added."))
                return redirect("monitoring:goal", coalition.slug, goal.pk)
    context = {
        "coalition": coalition,
        "lead": lead,
        "form": form,
        "goals": selectors.coalition_goals(coalition=coalition),
    }
    return render(request, "monitoring/goals.html", context)


@coalition_view("member")
def goal(request: HttpRequest, coalition: Coalition, pk: int) -> HttpResponse:
    chosen = get_object_or_404(coalition.goals, pk=pk)
    lead = access.can_edit_coalition(request.user, coalition)
    owner = access.is_data_owner(request.user, coalition)
    from_source = request.method == "POST" and request.POST.get("action") == "from_source"
    form = forms.MeasurementForm(None if from_source else (request.POST or None))
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        if from_source:
            try:
                services.measurement_from_source(goal=chosen, user=request.user, owner=owner)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(request, _("The value of the source has been recorded."))
            return redirect("monitoring:goal", coalition.slug, chosen.pk)
        if form.is_valid():
            try:
                services.measurement_add(goal=chosen, user=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The measurement has been recorded."))
                return redirect("monitoring:goal", coalition.slug, chosen.pk)
    view = selectors.goal_view(chosen)
    context = {
        "coalition": coalition,
        "lead": lead,
        "form": form,
        "view": view,
        "reading": sources.current_value(chosen, owner=owner),
        "chart": chart_svg(
            charts.goal_spec(view),
            title=_("Progress of the goal: %(indicator)s") % {"indicator": chosen.indicator},
        ),
    }
    return render(request, "monitoring/goal.html", context)
