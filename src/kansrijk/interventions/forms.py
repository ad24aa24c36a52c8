"""Forms of the interventions app (Dutch errors through the translation catalogue)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import Coalition, Partner
from kansrijk.interventions.models import (
    DeliveryForm,
    FinancingLine,
    FundingSource,
    Intervention,
    PaletteItem,
    Phase,
    RecognitionLevel,
    RiskSituation,
    SpukPurpose,
    ZvwStatus,
)
from kansrijk.ui import fields as ui_fields

MAX_TEXT = 4000  # a free-text field of the menu


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Name contains"), required=False, max_length=100)
    phase = forms.ModelChoiceField(
        label=_("Phase"),
        queryset=Phase.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("All phases"),
    )
    risk = forms.ModelChoiceField(
        label=_("Risk situation"),
        queryset=RiskSituation.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("All risk situations"),
    )
    recognition = forms.ModelChoiceField(
        label=_("Recognition level"),
        queryset=RecognitionLevel.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("All levels"),
    )
    form = forms.ModelChoiceField(
        label=_("Form"),
        queryset=DeliveryForm.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("All forms"),
    )
    zvw = forms.ModelChoiceField(
        label=_("Zvw status"),
        queryset=ZvwStatus.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("All statuses"),
    )


class PaletteItemForm(forms.Form):
    intervention = forms.ModelChoiceField(
        label=_("Intervention from the menu"),
        queryset=Intervention.objects.filter(active=True),
        required=False,
        to_field_name="key",
        empty_label=_("None: a local offer"),
    )
    local_name = forms.CharField(
        label=_("Or: name of a local offer"), required=False, max_length=200
    )
    local_description = forms.CharField(
        label=_("Description of the local offer"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phases = ui_fields.ModelMultipleChoiceField(
        label=_("Phases"),
        queryset=Phase.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For an intervention from the menu, empty means: the phases of the menu."),
    )
    risk_situations = ui_fields.ModelMultipleChoiceField(
        label=_("Risk situations"),
        queryset=RiskSituation.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "For an intervention from the menu, empty means: the risk situations of the menu."
        ),
    )
    partner = forms.ModelChoiceField(
        label=_("Offered by"), queryset=Partner.objects.none(), required=False
    )
    capacity_per_year = forms.IntegerField(
        label=_("Capacity per year"), required=False, min_value=0
    )
    reach_per_year = forms.IntegerField(label=_("Reach per year"), required=False, min_value=0)
    waiting_weeks = forms.IntegerField(
        label=_("Waiting time (weeks)"), required=False, min_value=0, max_value=520
    )
    since_year = forms.IntegerField(
        label=_("Offered since (year)"), required=False, min_value=1990, max_value=2100
    )

    def __init__(self, *args: Any, coalition: Coalition, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        partner_field = self.fields["partner"]
        assert isinstance(partner_field, forms.ModelChoiceField)
        partner_field.queryset = Partner.objects.filter(coalition=coalition)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        intervention = data.get("intervention")
        local_name = (data.get("local_name") or "").strip()
        if intervention is None and not local_name:
            raise forms.ValidationError(
                _("Choose an intervention from the menu or give the local offer a name.")
            )
        if intervention is not None and local_name:
            raise forms.ValidationError(
                _("An item is either an intervention from the menu or a local offer, not both.")
            )
        if intervention is None and (not data.get("phases") or not data.get("risk_situations")):
            raise forms.ValidationError(
                _("A local offer needs at least one phase and one risk situation.")
            )
        return data

    @classmethod
    def initial_for(cls, item: PaletteItem) -> dict[str, Any]:
        return {
            "intervention": item.intervention.key if item.intervention else None,
            "local_name": item.local_name,
            "local_description": item.local_description,
            "phases": list(item.phases.all()),
            "risk_situations": list(item.risk_situations.all()),
            "partner": item.partner,
            "capacity_per_year": item.capacity_per_year,
            "reach_per_year": item.reach_per_year,
            "waiting_weeks": item.waiting_weeks,
            "since_year": item.since_year,
        }


class FinancingLineForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2018, max_value=2100)
    palette_item = forms.ModelChoiceField(
        label=_("Intervention of the palette"),
        queryset=PaletteItem.objects.none(),
        required=False,
        empty_label=_("None: another activity"),
    )
    activity = forms.CharField(label=_("Or: other activity"), required=False, max_length=200)
    funding_source = forms.ModelChoiceField(
        label=_("Funding source"), queryset=FundingSource.objects.filter(active=True)
    )
    spuk_purpose = forms.ModelChoiceField(
        label=_("SPUK purpose"),
        queryset=SpukPurpose.objects.filter(active=True),
        required=False,
        help_text=_("Only for SPUK GALA money."),
    )
    planned_eur = forms.DecimalField(
        label=_("Planned (EUR)"), min_value=0, max_digits=12, decimal_places=2
    )
    realised_eur = forms.DecimalField(
        label=_("Realised (EUR)"), min_value=0, max_digits=12, decimal_places=2, required=False
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=300)

    def __init__(self, *args: Any, coalition: Coalition, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        item_field = self.fields["palette_item"]
        assert isinstance(item_field, forms.ModelChoiceField)
        item_field.queryset = PaletteItem.objects.filter(coalition=coalition).select_related(
            "intervention"
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("palette_item") is None and not (data.get("activity") or "").strip():
            raise forms.ValidationError(
                _("Choose an intervention of the palette or name the activity.")
            )
        source = data.get("funding_source")
        if source is not None and source.is_spuk and data.get("spuk_purpose") is None:
            self.add_error("spuk_purpose", _("Say for which SPUK purpose this money is spent."))
        if source is not None and not source.is_spuk and data.get("spuk_purpose") is not None:
            self.add_error("spuk_purpose", _("A SPUK purpose only applies to SPUK money."))
        return data

    @classmethod
    def initial_for(cls, line: FinancingLine) -> dict[str, Any]:
        return {
            "year": line.year,
            "palette_item": line.palette_item,
            "activity": line.activity,
            "funding_source": line.funding_source,
            "spuk_purpose": line.spuk_purpose,
            "planned_eur": line.planned_eur,
            "realised_eur": line.realised_eur,
            "note": line.note,
        }


class InterventionForm(forms.ModelForm):  # type: ignore[type-arg]
    """The national editor's form for one entry of the menu (lists chosen by their key)."""

    KEYED_FIELDS = (
        "phases",
        "risk_situations",
        "delivered_by",
        "forms",
        "recognition_level",
        "zvw_status",
        "funding_routes",
    )
    source_url = ui_fields.URLField(label=_("Source link"), max_length=500, assume_scheme="https")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.KEYED_FIELDS:
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.to_field_name = "key"
            if self.instance.pk and not isinstance(field, forms.ModelMultipleChoiceField):
                # The instance's initial value is the row's id; the choices are keys. Without
                # the object itself nothing is selected and saving unchanged is refused.
                self.initial[name] = getattr(self.instance, name)
        for field in self.fields.values():  # text columns without a limit get one here
            if isinstance(field, forms.CharField) and field.max_length is None:
                field.max_length = MAX_TEXT
                field.validators.append(MaxLengthValidator(MAX_TEXT))
                field.widget.attrs["maxlength"] = str(MAX_TEXT)

    class Meta:
        model = Intervention
        fields = (
            "key",
            "name",
            "summary_nl",
            "summary_en",
            "phases",
            "target_group_nl",
            "target_group_en",
            "risk_situations",
            "delivered_by",
            "forms",
            "intensity_nl",
            "intensity_en",
            "duration_nl",
            "duration_en",
            "recognition_level",
            "zvw_status",
            "zvw_note",
            "funding_routes",
            "source_url",
            "source_documents",
            "active",
        )
        widgets = {
            "phases": forms.CheckboxSelectMultiple,
            "risk_situations": forms.CheckboxSelectMultiple,
            "delivered_by": forms.CheckboxSelectMultiple,
            "forms": forms.CheckboxSelectMultiple,
            "funding_routes": forms.CheckboxSelectMultiple,
            "summary_nl": forms.Textarea(attrs={"rows": 3}),
            "summary_en": forms.Textarea(attrs={"rows": 3}),
        }
