"""Forms of the support programme; errors in plain Dutch through the catalogue."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import GGDRegion
from kansrijk.support.models import (
    AdviceTopic,
    ContactForm,
    EventScope,
    MeetingType,
    SupportTheme,
)
from kansrijk.ui import fields as ui_fields
from kansrijk.ui.widgets import DateInput, DateTimeInput


class AdviceEntryForm(forms.Form):
    date = forms.DateField(label=_("Date of the contact"), widget=DateInput())
    form = forms.ChoiceField(label=_("Form"), choices=ContactForm.choices)
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=AdviceTopic.objects.filter(active=True)
    )
    summary = forms.CharField(
        label=_("What was discussed"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
    follow_up = forms.CharField(label=_("Agreed follow-up"), max_length=500, required=False)
    follow_up_due = forms.DateField(label=_("Follow-up due on"), required=False, widget=DateInput())


class FollowUpCompleteForm(forms.Form):
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class PeerSettingsForm(forms.Form):
    suggest_to_others = forms.BooleanField(
        label=_("Suggest our coalition to other coalitions"), required=False
    )
    share_focus = forms.BooleanField(
        label=_("Show our focus themes to other coalitions"), required=False
    )
    accept_messages = forms.BooleanField(
        label=_("Other leads may send us a message through the platform"), required=False
    )
    themes = ui_fields.ModelMultipleChoiceField(
        label=_("Themes we work on"),
        queryset=SupportTheme.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    since = forms.IntegerField(
        label=_("Working on these themes since (year)"),
        min_value=2010,
        max_value=2100,
        required=False,
    )


class PeerMessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )


class EventForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    meeting_type = forms.ModelChoiceField(
        label=_("Kind"), queryset=MeetingType.objects.filter(active=True)
    )
    scope = forms.ChoiceField(label=_("For"), choices=EventScope.choices)
    ggd_region = forms.ModelChoiceField(
        label=_("Region (for a regional meeting)"),
        queryset=GGDRegion.objects.order_by("name"),
        required=False,
    )
    description = forms.CharField(
        label=_("Description"), max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=DateTimeInput())
    location = forms.CharField(label=_("Place or address"), max_length=200, required=False)
    online_url = ui_fields.URLField(
        label=_("Link to join online"), required=False, assume_scheme="https"
    )
    capacity = forms.IntegerField(label=_("Number of places"), min_value=1, max_value=10000)
    themes = ui_fields.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=SupportTheme.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class RegistrationForm(forms.Form):
    coalition = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Coalition.objects.none(), required=False
    )

    def __init__(self, *args: Any, coalitions: list[Coalition], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["coalition"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Coalition.objects.filter(pk__in=[c.pk for c in coalitions])
        field.empty_label = _("(no coalition)")


class MaterialForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    url = ui_fields.URLField(label=_("Link to the document or page"), assume_scheme="https")
