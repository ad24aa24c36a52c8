"""Forms of the social map. Errors in Dutch through the translation catalogue."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Container
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.socialmap.models import (
    Access,
    Domain,
    Organization,
    Phase,
    RiskSituation,
    Service,
    ServiceStatus,
    Visibility,
)
from kansrijk.socialmap.search import lists
from kansrijk.ui import fields as ui_fields
from kansrijk.ui import widgets

MAX_STEPS = 8
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_TEXT = 4000  # a free-text field of a service or care path


class SearchForm(forms.Form):
    """The professional's search. Municipality and risk situation are checked against the
    cached lists (``search/lists.py``) rather than through ``ChoiceField`` choices, which
    would copy and walk 342 municipalities on every request."""

    q = forms.CharField(label=_("Search for"), required=False, max_length=200)
    gemeente = forms.CharField(label=_("Municipality"), required=False, max_length=200)
    risico = forms.CharField(label=_("Risk situation"), required=False, max_length=200)
    fase = forms.ChoiceField(
        label=_("Phase"), required=False, choices=[("", _("all phases")), *Phase.choices]
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.is_bound and not self._knows_submitted_values():
            lists.clear()  # a municipality or risk situation added since the lists were read

    def _knows_submitted_values(self) -> bool:
        municipality = self.data.get("gemeente") or ""
        risk = self.data.get("risico") or ""
        return (not municipality or municipality in lists.municipality_codes()) and (
            not risk or risk in dict(lists.risk_choices())
        )

    @staticmethod
    def _check(value: str, known: Callable[[], Container[str]]) -> str:
        if value and value not in known():
            raise forms.ValidationError(
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return value

    def clean_gemeente(self) -> str:
        return self._check(self.cleaned_data["gemeente"], lists.municipality_codes)

    def clean_risico(self) -> str:
        return self._check(self.cleaned_data["risico"], lambda: dict(lists.risk_choices()))

    def choices(self, name: str) -> list[tuple[str, Any]]:
        """The options of the select ``name`` (``gemeente``, ``risico`` or ``fase``)."""
        if name == "gemeente":
            return [("", _("all municipalities")), *lists.municipality_choices()]
        if name == "risico":
            return [("", _("all risk situations")), *lists.risk_choices()]
        return list(cast(forms.ChoiceField, self.fields["fase"]).choices)  # type: ignore[arg-type]


def no_hidden_characters(value: str) -> str:
    """Refuse invisible formatting characters (such as a right-to-left override, which
    makes ``https://\u202etxt.exe`` read as another address) in an address."""
    if any(unicodedata.category(character) == "Cf" for character in value):
        raise forms.ValidationError(_("The address contains an invisible character."))
    return value


class ServiceForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("Choose an organisation you maintain, or fill in a new one below."),
    )
    new_organization = forms.CharField(label=_("New organisation"), max_length=200, required=False)
    name = forms.CharField(label=_("Name of the service"), max_length=200)
    description = forms.CharField(
        label=_("What does the service offer?"), widget=forms.Textarea, max_length=MAX_TEXT
    )
    domain = forms.ChoiceField(label=_("Domain"), choices=Domain.choices)
    phases = forms.MultipleChoiceField(
        label=_("Phases"), choices=Phase.choices, widget=forms.CheckboxSelectMultiple
    )
    risk_situations = ui_fields.ModelMultipleChoiceField(
        label=_("Risk situations"),
        queryset=RiskSituation.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    municipalities = ui_fields.ModelMultipleChoiceField(
        label=_("Service area"),
        queryset=Municipality.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    status = forms.ChoiceField(label=_("Status"), choices=ServiceStatus.choices)
    access = forms.ChoiceField(label=_("How do parents get there?"), choices=Access.choices)
    target_group = forms.CharField(
        label=_("Target group"), widget=forms.Textarea, required=False, max_length=MAX_TEXT
    )
    eligibility = forms.CharField(
        label=_("Conditions (who can use it)"),
        widget=forms.Textarea,
        required=False,
        max_length=MAX_TEXT,
    )
    costs = forms.CharField(label=_("Costs"), max_length=300, required=False)
    languages = forms.CharField(
        label=_("Languages"),
        max_length=100,
        initial="nl",
        required=False,
        help_text=_("Language codes separated by commas, e.g. nl,en,ar."),
    )
    url = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    email = forms.EmailField(label=_("E-mail address"), required=False)
    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)
    street = forms.CharField(label=_("Street and number"), max_length=200, required=False)
    postal_code = forms.CharField(label=_("Postal code"), max_length=10, required=False)
    city = forms.CharField(label=_("Place"), max_length=100, required=False)
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_title = forms.CharField(
        label=_("Role of the contact person"), max_length=200, required=False
    )
    contact_email = forms.EmailField(label=_("E-mail of the contact person"), required=False)
    contact_phone = forms.CharField(
        label=_("Phone of the contact person"), max_length=40, required=False
    )
    not_a_duplicate = forms.BooleanField(
        label=_("This is not the same service as the similar one(s) named above"), required=False
    )

    def __init__(
        self,
        *args: Any,
        coalition: Coalition,
        organizations: Any,
        service: Service | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.coalition = coalition
        self.service = service
        self.duplicates: list[Service] = []
        cast(forms.ModelChoiceField[Any], self.fields["organization"]).queryset = organizations
        cast(
            forms.ModelMultipleChoiceField[Any], self.fields["municipalities"]
        ).queryset = coalition.municipalities.all()
        if service is not None:
            del self.fields["new_organization"]
            self.fields["organization"].required = True

    def clean_url(self) -> str:
        return no_hidden_characters(self.cleaned_data["url"])

    def clean_email(self) -> str:
        return no_hidden_characters(self.cleaned_data["email"])

    def clean_contact_email(self) -> str:
        return no_hidden_characters(self.cleaned_data["contact_email"])

    def clean_languages(self) -> str:
        codes = [c.strip().lower() for c in self.cleaned_data["languages"].split(",") if c.strip()]
        if any(not c.isalpha() or not 2 <= len(c) <= 3 for c in codes):
            raise forms.ValidationError(
                _("Use language codes of two or three letters, e.g. nl,en.")
            )
        return ",".join(codes)

    def clean(self) -> dict[str, Any]:
        from kansrijk.socialmap.quality import likely_duplicates

        data = super().clean() or {}
        if not data.get("organization") and not data.get("new_organization", "").strip():
            self.add_error("organization", _("Choose an organisation or name a new one."))
        address = [data.get("street"), data.get("postal_code"), data.get("city")]
        if any(address) and not all(address):
            self.add_error("street", _("Fill in street, postal code and place, or none of them."))
        organization = data.get("organization")
        if organization is not None and data.get("name"):
            others = Service.objects.filter(organization=organization)
            if self.service is not None:
                others = others.exclude(pk=self.service.pk)
            keys = likely_duplicates(data["name"], [(s.pk, s.name) for s in others])
            self.duplicates = list(Service.objects.filter(pk__in=keys))
            if self.duplicates and not data.get("not_a_duplicate"):
                self.add_error(
                    "name",
                    _(
                        "This organisation already has a service with a similar name. Check it; "
                        "if this is really another service, tick the box below."
                    ),
                )
        return data


class CarePathForm(forms.Form):
    risk_situation = forms.ModelChoiceField(
        label=_("Risk situation"), queryset=RiskSituation.objects.filter(active=True)
    )
    visibility = forms.ChoiceField(label=_("Visible to"), choices=Visibility.choices)
    signallers = forms.CharField(
        label=_("Who signals?"), widget=forms.Textarea(attrs={"rows": 2}), max_length=MAX_TEXT
    )
    instruments = forms.CharField(
        label=_("With which instrument?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=MAX_TEXT,
    )
    contacts = forms.CharField(
        label=_("Contact persons"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=MAX_TEXT,
    )
    warm_handover = forms.BooleanField(label=_("Warm handover agreed"), required=False)
    feedback_to_referrer = forms.BooleanField(
        label=_("Feedback to the referrer agreed"), required=False
    )
    case_meeting = forms.BooleanField(label=_("Case meeting (MDO) agreed"), required=False)
    agreements = forms.CharField(
        label=_("Other agreements"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=MAX_TEXT,
    )
    owner = forms.CharField(label=_("Owner of the care path"), max_length=200)
    next_review = forms.DateField(
        label=_("Next review"), required=False, widget=widgets.DateInput()
    )
    change_note = forms.CharField(label=_("What changed?"), max_length=300, required=False)

    def __init__(
        self, *args: Any, coalition: Coalition, fixed_risk: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        services = Service.objects.filter(organization__coalition=coalition).select_related(
            "organization"
        )
        if fixed_risk:
            self.fields["risk_situation"].disabled = True
        for number in range(1, MAX_STEPS + 1):
            self.fields[f"step_{number}"] = forms.CharField(
                label=_("Step %(number)s") % {"number": number},
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                max_length=MAX_TEXT,
            )
            self.fields[f"step_{number}_services"] = ui_fields.ModelMultipleChoiceField(
                label=_("Refer to (step %(number)s)") % {"number": number},
                queryset=services,
                required=False,
                widget=forms.SelectMultiple(attrs={"size": 4}),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not any((data.get(f"step_{n}") or "").strip() for n in range(1, MAX_STEPS + 1)):
            self.add_error("step_1", _("A care path needs at least one step."))
        for n in range(1, MAX_STEPS + 1):
            if data.get(f"step_{n}_services") and not (data.get(f"step_{n}") or "").strip():
                self.add_error(f"step_{n}", _("Describe the step you refer from."))
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("HSDS file"),
        help_text=_(
            "HSDS 3.0 JSON (a list of services or an HSDS page) or a ZIP with HSDS CSV files."
        ),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        name = upload.name.lower()
        if not name.endswith((".json", ".zip")):
            raise forms.ValidationError(_("Upload a .json or a .zip file."))
        return upload
