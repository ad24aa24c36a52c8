"""Borging (step 7): attention points, embedding in policy, the multi-year plan."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import forms, selectors, services


def _plan_initial(coalition: Coalition) -> dict[str, object]:
    plan = selectors.current_plan(coalition=coalition)
    if plan is None:
        return {}
    return {
        "first_year": plan.first_year,
        "last_year": plan.last_year,
        "ambition": plan.ambition,
        "activities": plan.activities,
        "financing": plan.financing,
    }


@coalition_view("member")
def borging(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    lead = access.can_edit_coalition(request.user, coalition)
    which = request.POST.get("formulier", "") if request.method == "POST" else ""
    attention = forms.AttentionForm(request.POST if which == "aandachtspunt" else None)
    embedding = forms.EmbeddingForm(request.POST if which == "inbedding" else None)
    plan = forms.PlanForm(
        request.POST if which == "meerjarenplan" else None, initial=_plan_initial(coalition)
    )
    if request.method == "POST":
        if not lead:
            return HttpResponse(status=403)
        chosen: BaseForm | None = {
            "aandachtspunt": attention,
            "inbedding": embedding,
            "meerjarenplan": plan,
        }.get(which)
        if chosen is None:
            return HttpResponse(status=400)
        if chosen.is_valid():
            try:
                if chosen is attention:
                    services.attention_assess(
                        coalition=coalition, user=request.user, **chosen.cleaned_data
                    )
                elif chosen is embedding:
                    services.embedding_add(
                        coalition=coalition, user=request.user, **chosen.cleaned_data
                    )
                else:
                    services.plan_record(
                        coalition=coalition, user=request.user, **chosen.cleaned_data
                    )
            except ValidationError as error:
                chosen.add_error(None, error)
            else:
                messages.success(request, _("Borging has been updated."))
                return redirect("monitoring:borging", coalition.slug)
    context = {
        "coalition": coalition,
        "lead": lead,
        "points": selectors.attention_overview(coalition=coalition),
        "embeddings": selectors.embeddings(coalition=coalition),
        "plan": selectors.current_plan(coalition=coalition),
        "plans": coalition.multi_year_plans.order_by("-created_at", "-pk")[1:20],
        "attention_form": attention,
        "embedding_form": embedding,
        "plan_form": plan,
    }
    return render(request, "monitoring/borging.html", context)
