"""Step 2b: one questionnaire engine (the Analysetool first).

A *questionnaire* (the Analysetool, later the collaboration survey or the parents'
questionnaire) has *versions*; a version holds *parts*, *themes* and *items* (statements).
A version is never edited once a round uses it: the editor publishes a new version, and
results compare across versions by the item's key.

A coalition's lead opens a *round* on the newest version and hands out *invitation links*;
each link belongs to one anonymous *response*, which holds one *answer* per item.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kansrijk.assessments.scoring import Scale, Thresholds
from kansrijk.ui.bilingual import BilingualNamed, pick


class Instrument(BilingualNamed):
    """A part of the platform that helps to improve a statement (coalitions, startfoto...)."""

    url_name = models.CharField(_("page (URL name)"), max_length=100, blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")


class Questionnaire(BilingualNamed):
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    scale_min = models.PositiveSmallIntegerField(_("lowest score"), default=1)
    scale_max = models.PositiveSmallIntegerField(_("highest score"), default=5)
    scale_labels = models.JSONField(_("labels of the scale points"), default=dict)
    allow_unknown = models.BooleanField(_("allow “don't know”"), default=True)
    allow_not_applicable = models.BooleanField(_("allow “not applicable”"), default=True)
    min_respondents = models.PositiveSmallIntegerField(
        _("minimum respondents for results"), default=3, validators=[MinValueValidator(3)]
    )
    benchmark_min_groups = models.PositiveSmallIntegerField(
        _("minimum coalitions for a benchmark"), default=5, validators=[MinValueValidator(5)]
    )
    strong_mean = models.FloatField(_("strong point from mean"), default=4.0)
    improve_mean = models.FloatField(_("point to improve below mean"), default=3.0)
    disagreement_sd = models.FloatField(_("no agreement from standard deviation"), default=1.2)
    meaningful_change = models.FloatField(_("meaningful change in the mean"), default=0.5)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)

    @property
    def scale(self) -> Scale:
        return Scale(self.scale_min, self.scale_max)

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(
            min_respondents=self.min_respondents,
            strong_mean=self.strong_mean,
            improve_mean=self.improve_mean,
            disagreement_sd=self.disagreement_sd,
            meaningful_change=self.meaningful_change,
            benchmark_min_groups=self.benchmark_min_groups,
        )

    def scale_label(self, point: int) -> str:
        label = self.scale_labels.get(str(point)) or {}
        return pick(label.get("nl", str(point)), label.get("en", ""))


class QuestionnaireVersion(models.Model):
    """One version of the statement bank. Appended; never edited once published."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    note = models.TextField(_("what changed (Dutch)"), blank=True)
    note_en = models.TextField(_("what changed (English)"), blank=True)
    digest = models.CharField(max_length=64, help_text="Fingerprint of the statements.")
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        ordering = ("questionnaire", "-number")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="assessments_version_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire} v{self.number}"


class Part(models.Model):
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="parts"
    )
    key = models.SlugField(_("key"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)

    class Meta:
        ordering = ("version", "position")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="assessments_part_key_unique")
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return pick(self.title, self.title_en)


class Theme(models.Model):
    part = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="themes")
    key = models.CharField(_("key"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)

    class Meta:
        ordering = ("part", "position")
        constraints = [
            models.UniqueConstraint(fields=["part", "key"], name="assessments_theme_key_unique")
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return pick(self.title, self.title_en)


class Item(models.Model):
    """One statement. Its key is its identity across versions of the bank."""

    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.CASCADE, related_name="items"
    )
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(_("key"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.TextField(_("statement (Dutch)"))
    text_en = models.TextField(_("statement (English)"), blank=True)
    step = models.PositiveSmallIntegerField(
        _("step of the chain approach"), validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    instrument = models.ForeignKey(
        Instrument, on_delete=models.PROTECT, related_name="items", verbose_name=_("instrument")
    )

    class Meta:
        ordering = ("version", "position")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="assessments_item_key_unique")
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return pick(self.text, self.text_en)


class Round(models.Model):
    """One time a coalition fills in a questionnaire. Keeps the version it started with."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="assessment_rounds"
    )
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.PROTECT, related_name="rounds"
    )
    title = models.CharField(_("title"), max_length=200)
    opened_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ("coalition", "-opened_at", "-pk")
        constraints = [
            models.UniqueConstraint(
                fields=["coalition", "questionnaire"],
                condition=Q(closed_at__isnull=True),
                name="assessments_one_open_round_per_questionnaire",
            )
        ]

    def __str__(self) -> str:
        return f"{self.coalition} - {self.title}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class InvitationLink(models.Model):
    """A personal link to answer a round without an account. Only the token's hash is kept.

    The label is for the lead to keep track of which link went where; it is never shown
    next to answers.
    """

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("label"), max_length=120, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("valid until"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation link")
        verbose_name_plural = _("invitation links")
        ordering = ("round", "created_at", "pk")

    def __str__(self) -> str:
        return self.label or f"#{self.pk}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return self.revoked_at is None and not self.is_expired and self.round.is_open


class Response(models.Model):
    """The answers behind one invitation link; nobody sees it apart from its own link."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="responses")
    link = models.OneToOneField(InvitationLink, on_delete=models.PROTECT, related_name="response")
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self) -> str:
        return f"{_('response')} #{self.pk}"


class AnswerKind(models.TextChoices):
    SCORE = "score", _("score")
    UNKNOWN = "unknown", _("don't know")
    NOT_APPLICABLE = "not_applicable", _("not applicable")


class Answer(models.Model):
    """One answer; one per response and item, so a repeated submission replaces it."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="answers")
    kind = models.CharField(_("answer"), max_length=20, choices=AnswerKind.choices)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "item"], name="assessments_one_answer_per_item"
            ),
            models.CheckConstraint(
                condition=(Q(kind="score") & Q(score__isnull=False) & Q(score__lte=10))
                | (~Q(kind="score") & Q(score__isnull=True)),
                name="assessments_answer_score_matches_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{_('answer')} #{self.pk}"
