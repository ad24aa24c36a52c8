"""Forms of the indicators app (Dutch errors through the translation catalogue)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from kansrijk.indicators.models import Indicator, NoteStatus


def upload_limit() -> str:
    """``settings.MAX_UPLOAD_BYTES`` as people read it (10 MB); the one limit for uploads."""
    return str(filesizeformat(settings.MAX_UPLOAD_BYTES))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
    )
    period = forms.RegexField(
        regex=r"^\d{4}$",
        required=False,
        label=_("Year (StatLine tables without a Perioden column)"),
        error_messages={"invalid": _("Give a year of four digits.")},
    )
    columns = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Extra StatLine columns"),
        help_text=_("One per line: Column=indicator:role (role value, numerator or denominator)."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "A tidy CSV (indicator, area, period, numerator, denominator, value) or a CSV "
            "export of CBS StatLine; at most %(size)s and %(rows)s rows."
        ) % {"size": upload_limit(), "rows": settings.KANSRIJK_IMPORT_MAX_ROWS}

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s; split it into smaller files.")
                % {"size": upload_limit()}
            )
        return upload

    def clean_columns(self) -> dict[str, tuple[str, str]]:
        columns = parse_column_options(self.cleaned_data.get("columns", "").splitlines())
        known = set(Indicator.objects.values_list("key", flat=True))
        unknown = sorted({indicator for indicator, _role in columns.values()} - known)
        if unknown:
            raise forms.ValidationError(
                _("Unknown indicator code “%(code)s”.") % {"code": unknown[0]}
            )
        return columns


def parse_column_options(lines: list[str]) -> dict[str, tuple[str, str]]:
    result: dict[str, tuple[str, str]] = {}
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        column, _sep, target = text.partition("=")
        indicator, _sep2, role = target.partition(":")
        role = role or "value"
        if not column or not indicator or role not in ("value", "numerator", "denominator"):
            raise forms.ValidationError(
                _("“%(line)s” is not of the form Column=indicator:role.") % {"line": text}
            )
        result[column.strip()] = (indicator.strip(), role)
    return result


class StoryNoteForm(forms.Form):
    indicator = forms.ModelChoiceField(
        queryset=Indicator.objects.filter(active=True), label=_("Indicator")
    )
    text = forms.CharField(
        label=_("The story behind the figures"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("What do partners recognise in this figure? No personal data."),
    )


class NoteStatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=[(NoteStatus.PUBLISHED, _("publish")), (NoteStatus.HIDDEN, _("hide"))]
    )
