"""Forms of the voice of parents: the questions (one radio group per statement) and the
lead's review of a free-text answer."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kansrijk.assessments.models import Item, Questionnaire
from kansrijk.assessments.services import MAX_COMMENT_LENGTH, AnswerInput

UNKNOWN = "unknown"
NOT_APPLICABLE = "not_applicable"


class ParentQuestionsForm(forms.Form):
    """Every statement is optional: a parent may skip what they do not want to answer."""

    def __init__(
        self, *args: Any, questionnaire: Questionnaire, items: list[Item], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.items = items
        choices: list[tuple[str, str]] = [
            (str(p), questionnaire.scale_label(p))
            for p in range(questionnaire.scale_min, questionnaire.scale_max + 1)
        ]
        if questionnaire.allow_unknown:
            choices.append((UNKNOWN, str(_("I don't know"))))
        if questionnaire.allow_not_applicable:
            choices.append((NOT_APPLICABLE, str(_("Does not apply to me"))))
        for item in items:
            self.fields[f"item_{item.pk}"] = forms.ChoiceField(
                label=item.label, choices=choices, required=False, widget=forms.RadioSelect
            )
        self.fields["missing"] = forms.CharField(
            label=_("What did you miss? (you may leave this empty)"),
            help_text=_("Please do not write names or other things that show who you are."),
            max_length=MAX_COMMENT_LENGTH,
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
        )

    def answers(self) -> dict[int, AnswerInput]:
        """The answers for the engine; the free text goes with the last statement."""
        found: dict[int, AnswerInput] = {}
        for item in self.items:
            value = self.cleaned_data.get(f"item_{item.pk}") or ""
            if value in {UNKNOWN, NOT_APPLICABLE}:
                found[item.pk] = AnswerInput(kind=value)
            elif value:
                found[item.pk] = AnswerInput(kind="score", score=int(value))
        missing = (self.cleaned_data.get("missing") or "").strip()
        if missing and self.items:
            last = self.items[-1]
            given = found.get(last.pk, AnswerInput(kind=UNKNOWN))
            found[last.pk] = AnswerInput(kind=given.kind, score=given.score, comment=missing)
        return found


class CommentReviewForm(forms.Form):
    text = forms.CharField(
        label=_("Text to show (remove names, places, dates and anything else identifying)"),
        max_length=MAX_COMMENT_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    withheld = forms.BooleanField(label=_("Do not show this answer"), required=False)


class SurveyStartForm(forms.Form):
    title = forms.CharField(label=_("Name of this round"), max_length=200)
