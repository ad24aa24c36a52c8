"""Forms of early signalling. The broad conversation's form has no field for a person."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.signalling import selectors
from kansrijk.signalling.models import (
    Domain,
    Factor,
    HomeVisitAgreement,
    HomeVisitFigures,
    Phase,
    ScreeningInstrument,
    VulnerabilityGrade,
)
from kansrijk.socialmap.models import CarePath, Service
from kansrijk.ui import fields as ui_fields

MAX_TEXT = 4000  # a free-text field of an agreement


class ConversationForm(forms.Form):
    """What the professional marks. Only choices from the lists: no free text at all."""

    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.filter(coalitions__isnull=False).distinct(),
        label=_("Municipality where the parents live"),
        to_field_name="code",
        error_messages={"required": _("Choose the municipality.")},
    )
    phase = forms.ModelChoiceField(
        queryset=Phase.objects.filter(active=True),
        label=_("Phase"),
        to_field_name="key",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the phase.")},
    )
    domains = ui_fields.ModelMultipleChoiceField(
        queryset=Domain.objects.filter(active=True),
        to_field_name="key",
        required=False,
        label=_("Life domains with concerns"),
    )
    factors = ui_fields.ModelMultipleChoiceField(
        queryset=Factor.objects.filter(active=True).select_related("domain"),
        to_field_name="key",
        required=False,
        label=_("Factors that apply"),
    )
    grade = forms.ModelChoiceField(
        queryset=VulnerabilityGrade.objects.filter(active=True),
        to_field_name="key",
        required=False,
        widget=forms.RadioSelect,
        label=_("Your weighing"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        risks = [f for f in data.get("factors") or [] if f.kind == "risk"]
        if not data.get("domains") and not risks:
            raise forms.ValidationError(
                _("Mark at least one life domain or risk factor to get advice.")
            )
        return data

    def checked(self, name: str) -> set[str]:
        return set(self.data.getlist(name)) if hasattr(self.data, "getlist") else set()


class InstrumentAgreementForm(forms.Form):
    instruments = ui_fields.ModelMultipleChoiceField(
        queryset=ScreeningInstrument.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        label=_("Instruments agreed on"),
        error_messages={"required": _("Choose at least one instrument.")},
    )
    note = forms.CharField(
        label=_("What was agreed (who uses which instrument, when)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=MAX_TEXT,
    )


class HomeVisitAgreementForm(forms.ModelForm[HomeVisitAgreement]):
    class Meta:
        model = HomeVisitAgreement
        fields = [
            "criteria",
            "trigger_domains",
            "minimum_domains",
            "minimum_grade",
            "jgz_organisation",
            "referral_route",
            "feedback",
        ]
        widgets = {
            "trigger_domains": forms.CheckboxSelectMultiple,
            "criteria": forms.Textarea(attrs={"rows": 4}),
            "referral_route": forms.Textarea(attrs={"rows": 3}),
            "feedback": forms.Textarea(attrs={"rows": 3}),
        }
        field_classes = {"trigger_domains": ui_fields.ModelMultipleChoiceField}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("criteria", "referral_route", "feedback"):  # text columns without a limit
            field = self.fields[name]
            assert isinstance(field, forms.CharField)
            field.max_length = MAX_TEXT
            field.validators.append(MaxLengthValidator(MAX_TEXT))
            field.widget.attrs["maxlength"] = str(MAX_TEXT)


class HomeVisitFiguresForm(forms.ModelForm[HomeVisitFigures]):
    class Meta:
        model = HomeVisitFigures
        fields = ["year", "quarter", "offered", "accepted", "realised", "referrals"]


class SignalSettingForm(forms.Form):
    enabled = forms.BooleanField(
        label=_("Count anonymous signals in this coalition"), required=False
    )


def month_choices(today: date, count: int = 12) -> list[tuple[str, str]]:
    choices = []
    year, month = today.year, today.month
    for _i in range(count):
        choices.append((f"{year:04d}-{month:02d}", f"{month:02d}-{year:04d}"))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return choices


class SignalRecordForm(forms.Form):
    month = forms.ChoiceField(label=_("Month of the conversation"))
    phase = forms.ModelChoiceField(
        queryset=Phase.objects.filter(active=True), label=_("Phase"), widget=forms.RadioSelect
    )
    domains = ui_fields.ModelMultipleChoiceField(
        queryset=Domain.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        label=_("Life domains marked"),
        error_messages={"required": _("Mark at least one life domain.")},
    )
    referral = forms.BooleanField(label=_("A referral followed"), required=False)

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["month"].choices = month_choices(today)  # type: ignore[attr-defined]

    def clean_month(self) -> date:
        year, month = (int(part) for part in self.cleaned_data["month"].split("-"))
        return date(year, month, 1)


class ReferralIssueForm(forms.Form):
    care_path = forms.ModelChoiceField(
        queryset=CarePath.objects.none(), label=_("Care path of the referral"), required=False
    )
    service = forms.ModelChoiceField(
        queryset=Service.objects.none(), label=_("Service referred to"), required=False
    )
    domain = forms.ModelChoiceField(
        queryset=Domain.objects.filter(active=True),
        label=_("Life domain of the referral"),
        required=False,
    )

    def __init__(self, *args: Any, coalition: Coalition, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        paths = CarePath.objects.filter(coalition=coalition).select_related("risk_situation")
        self.fields["care_path"].queryset = paths  # type: ignore[attr-defined]
        self.fields["service"].queryset = (  # type: ignore[attr-defined]
            Service.objects.filter(care_path_steps__version__care_path__coalition=coalition)
            .select_related("organization")
            .distinct()
            .order_by("name")
        )


class ReferralOutcomeForm(forms.Form):
    code = forms.CharField(label=_("Referral code"), max_length=12)
    outcome = forms.ModelChoiceField(
        queryset=selectors.outcomes(), label=_("Outcome"), widget=forms.RadioSelect
    )
