"""The voice of parents: a coalition's round of the parents' questionnaire and the lead's
review of free-text answers. Answers themselves live in the questionnaire engine
(``assessments``): anonymous, no account, no name, no identifier."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ParentSurvey(models.Model):
    """One round of the parents' questionnaire, reachable by a public code (link, QR code).

    The code only lets someone answer this round; every visitor gets a fresh anonymous
    response of the engine.
    """

    round = models.OneToOneField(
        "assessments.Round", on_delete=models.CASCADE, related_name="parent_survey"
    )
    code = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("parents' questionnaire")
        verbose_name_plural = _("parents' questionnaires")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return str(self.round)


class CommentReview(models.Model):
    """The lead's version of one free-text answer, with anything identifying removed.

    The coalition sees only reviewed texts that were not withheld; the original stays in
    the engine and is shown to the lead alone.
    """

    answer = models.OneToOneField(
        "assessments.Answer", on_delete=models.CASCADE, related_name="parent_review"
    )
    text = models.TextField(_("text without anything identifying"), max_length=2000, blank=True)
    withheld = models.BooleanField(_("do not show"), default=False)
    reviewed_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reviewed comment")
        verbose_name_plural = _("reviewed comments")

    def __str__(self) -> str:
        return f"{self.answer_id}"
