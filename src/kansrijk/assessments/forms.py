"""Forms of the assessments app; the answer page is parsed by `parse_answers`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kansrijk.assessments.models import AnswerKind, Item, Questionnaire
from kansrijk.assessments.services import MAX_COMMENT_LENGTH, MAX_LINKS_AT_ONCE, AnswerInput
from kansrijk.ui import widgets

DEFAULT_LINK_DAYS = 28
MAX_LINK_DAYS = 366


class RoundOpenForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the round"),
        max_length=200,
        help_text=_("For example: Analysetool spring 2026."),
    )


class RoundCloseForm(forms.Form):
    """Closing cannot be undone: the lead ticks a box first (works without JavaScript)."""

    confirm = forms.BooleanField(
        label=_("Yes, close this round. Nobody can answer any more."),
        error_messages={"required": _("Tick the box to confirm that you want to close the round.")},
    )


def _default_expiry() -> date:
    return timezone.localdate() + timedelta(days=DEFAULT_LINK_DAYS)


class LinksCreateForm(forms.Form):
    count = forms.IntegerField(
        label=_("Number of links"),
        min_value=1,
        max_value=MAX_LINKS_AT_ONCE,
        initial=5,
        help_text=_("One personal link per person who answers."),
    )
    label = forms.CharField(
        label=_("Label"),
        max_length=100,
        required=False,
        help_text=_(
            "Only for you, to remember where the links went, e.g. “birth care”. "
            "Never shown with answers."
        ),
    )
    valid_until = forms.DateField(
        label=_("Valid until"),
        initial=_default_expiry,
        widget=widgets.DateInput(),
    )

    def clean_valid_until(self) -> date:
        value: date = self.cleaned_data["valid_until"]
        today = timezone.localdate()
        if value < today:
            raise forms.ValidationError(_("Choose a date from today on."))
        if value > today + timedelta(days=MAX_LINK_DAYS):
            raise forms.ValidationError(_("A link is valid for at most a year."))
        return value


class BankUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Statement bank (YAML)"),
        help_text=_("The same format as the shipped analysetool.yaml; at most 1 MB."),
    )

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if upload.size > 1_000_000:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        try:
            return str(upload.read().decode("utf-8"))
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text.")) from error


def choice_values(questionnaire: Questionnaire) -> list[tuple[str, str]]:
    """The radio options of one statement: the scale, then the optional answers."""
    values = [
        (str(point), questionnaire.scale_label(point))
        for point in range(questionnaire.scale_min, questionnaire.scale_max + 1)
    ]
    if questionnaire.allow_unknown:
        values.append((AnswerKind.UNKNOWN.value, gettext("Don't know")))
    if questionnaire.allow_not_applicable:
        values.append((AnswerKind.NOT_APPLICABLE.value, gettext("Not applicable")))
    return values


def parse_answers(
    data: QueryDict, items: Iterable[Item], questionnaire: Questionnaire
) -> tuple[dict[int, AnswerInput], dict[int, str]]:
    """Read the answers of one page. A statement left empty is left as it was."""
    answers: dict[int, AnswerInput] = {}
    errors: dict[int, str] = {}
    allowed = {value for value, _label in choice_values(questionnaire)}
    for item in items:
        raw = (data.get(f"item-{item.pk}") or "").strip()
        comment = (data.get(f"comment-{item.pk}") or "").strip()
        if not raw:
            if comment:
                errors[item.pk] = gettext("Choose an answer to go with your comment.")
            continue
        if raw not in allowed:
            errors[item.pk] = gettext("Choose one of the answers shown.")
            continue
        if len(comment) > MAX_COMMENT_LENGTH:
            errors[item.pk] = gettext("A comment has at most %(max)s characters.") % {
                "max": MAX_COMMENT_LENGTH
            }
            continue
        if raw.isdigit():
            answers[item.pk] = AnswerInput(AnswerKind.SCORE.value, int(raw), comment)
        else:
            answers[item.pk] = AnswerInput(raw, None, comment)
    return answers, errors
