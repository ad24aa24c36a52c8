from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import STEPS
from kansrijk.monitoring.models import (
    AttentionPoint,
    AttentionStatus,
    EmbeddingKind,
    Goal,
    Measurement,
    MultiYearPlan,
)
from kansrijk.ui import widgets

DATE_INPUT = widgets.DateInput()


class GoalForm(forms.ModelForm[Goal]):
    class Meta:
        model = Goal
        fields = [
            "statement",
            "source",
            "source_key",
            "indicator",
            "unit",
            "baseline",
            "baseline_date",
            "target",
            "deadline",
            "owner",
        ]
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 3}),
            "baseline_date": DATE_INPUT,
            "deadline": DATE_INPUT,
        }
        help_texts = {
            "indicator": _("For example: share of pregnancy care started before 10 weeks."),
            "unit": _("For example: %, number, score 1-5."),
            "owner": _("The partner or person who keeps an eye on this goal."),
        }


class MeasurementForm(forms.ModelForm[Measurement]):
    class Meta:
        model = Measurement
        fields = ["measured_on", "value", "note"]
        widgets = {"measured_on": DATE_INPUT}


class AttentionForm(forms.Form):
    point = forms.ModelChoiceField(
        label=_("Attention point"), queryset=AttentionPoint.objects.filter(active=True)
    )
    status = forms.ChoiceField(label=_("Status"), choices=AttentionStatus.choices)
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What shows this status, for example a document or an agreement."),
    )


class EmbeddingForm(forms.Form):
    kind = forms.ModelChoiceField(
        label=_("Kind"), queryset=EmbeddingKind.objects.filter(active=True)
    )
    title = forms.CharField(label=_("Document"), max_length=200)
    adopted_on = forms.DateField(label=_("Adopted on"), required=False, widget=DATE_INPUT)
    note = forms.CharField(
        label=_("What it says about the approach"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PlanForm(forms.ModelForm[MultiYearPlan]):
    class Meta:
        model = MultiYearPlan
        fields = ["first_year", "last_year", "ambition", "activities", "financing"]
        widgets = {
            "ambition": forms.Textarea(attrs={"rows": 3}),
            "activities": forms.Textarea(attrs={"rows": 6}),
            "financing": forms.Textarea(attrs={"rows": 3}),
        }


class YearForm(forms.Form):
    jaar = forms.IntegerField(label=_("Year"), min_value=2018, max_value=2100)


class StepChoiceForm(forms.Form):
    stap = forms.TypedChoiceField(
        label=_("Step"),
        coerce=int,
        choices=STEPS,
        required=False,
        empty_value=None,
    )
