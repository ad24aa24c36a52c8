from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import (
    STEPS,
    BasicPrinciple,
    Coalition,
    PartnerType,
    PrincipleStatus,
    Ring,
    StepStatus,
)
from kansrijk.ui import widgets

DATE_INPUT = widgets.DateInput()


class CoalitionForm(forms.ModelForm[Coalition]):
    class Meta:
        model = Coalition
        fields = [
            "name",
            "tranche",
            "start_date",
            "status",
            "lead_name",
            "lead_organisation",
            "public_description",
        ]
        widgets = {"start_date": DATE_INPUT}


class StepStatusForm(forms.Form):
    step = forms.TypedChoiceField(label=_("Step"), choices=STEPS, coerce=int)
    status = forms.ChoiceField(label=_("Status"), choices=StepStatus.choices)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class PartnerForm(forms.Form):
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    partner_type = forms.ModelChoiceField(
        label=_("Partner type"),
        queryset=PartnerType.objects.filter(active=True).select_related("domain"),
    )
    ring = forms.ChoiceField(label=_("Ring"), choices=Ring.choices, initial=Ring.INNER)
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    joined_on = forms.DateField(label=_("Joined on"), required=False, widget=DATE_INPUT)


class PrincipleForm(forms.Form):
    principle = forms.ModelChoiceField(
        label=_("Basic principle"), queryset=BasicPrinciple.objects.filter(active=True)
    )
    status = forms.ChoiceField(label=_("Status"), choices=PrincipleStatus.choices)
    evidence = forms.CharField(
        label=_("Evidence and notes"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DeclarationForm(forms.Form):
    signed_on = forms.DateField(label=_("Signed on"), widget=DATE_INPUT)
    signing_organisations = forms.CharField(
        label=_("Signing organisations"),
        help_text=_("One organisation per line."),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class PlanUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Plan of approach (PDF)"), help_text=_("PDF only, at most 10 MB.")
    )


class OverviewImportForm(forms.Form):
    file = forms.FileField(
        label=_("National overview (CSV)"),
        help_text=_(
            "Columns: gemeentecode, tranche, startdatum, organisatie_trekker. UTF-8, comma or semicolon."
        ),
    )


MAP_COLOURINGS = (("status", _("status")), ("tranche", _("tranche")))
