"""Steps 6 and 7: shared goals with measurements, and borging (making it last).

History is appended: a measurement, an assessment of an attention point, an embedding and a
version of the multi-year plan are new rows; the newest counts.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick


class IndicatorSource(models.TextChoices):
    """Where a goal's figures come from. Each source is a reader in code (``sources.py``),
    so this list is code, not data; the figure within the source is the goal's
    ``source_key``."""

    MANUAL = "manual", _("entered by the coalition")
    STARTFOTO = "startfoto", _("startfoto figure")
    SIGNALS = "signals", _("signal count")
    INTERVENTION_REACH = "intervention_reach", _("intervention reach")
    PRENATAL_VISITS = "prenatal_visits", _("prenatal home visits")
    ANALYSETOOL = "analysetool", _("Analysetool score")


class Goal(models.Model):
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="goals"
    )
    statement = models.TextField(_("goal"), max_length=1000)
    source = models.CharField(
        _("source of the figures"),
        max_length=30,
        choices=IndicatorSource.choices,
        default=IndicatorSource.MANUAL,
    )
    indicator = models.CharField(_("indicator"), max_length=200)
    source_key = models.SlugField(
        _("figure in the source"),
        max_length=80,
        blank=True,
        help_text=_(
            "Which figure of the source: the startfoto indicator's code (for example "
            "start_zorg_voor_10_weken); for signal counts a life domain key or total; for "
            "reach an intervention key (empty: the whole palette); for home visits offered, "
            "accepted, realised or referrals (empty: realised); for the Analysetool a part "
            "key (empty: the overall mean)."
        ),
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2)
    baseline_date = models.DateField(_("date of the baseline"))
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    deadline = models.DateField(_("deadline"))
    owner = models.CharField(_("owner"), max_length=200)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ("deadline", "pk")

    def __str__(self) -> str:
        return self.statement[:80]

    @property
    def higher_is_better(self) -> bool:
        return self.target >= self.baseline


class Measurement(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="measurements")
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ("measured_on", "created_at", "pk")

    def __str__(self) -> str:
        return f"{self.goal_id}: {self.measured_on} {self.value}"


class AttentionPoint(BilingualNamed):
    """One of the ten attention points for making the approach last."""

    description = models.TextField(_("description (Dutch)"))
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("attention point for borging")
        verbose_name_plural = _("attention points for borging")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class AttentionStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    ARRANGED = "arranged", _("arranged")


class AttentionAssessment(models.Model):
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="attention_assessments"
    )
    point = models.ForeignKey(AttentionPoint, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=20, choices=AttentionStatus.choices)
    evidence = models.TextField(_("evidence"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assessment of an attention point")
        verbose_name_plural = _("assessments of attention points")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.point}: {self.status}"


class EmbeddingKind(BilingualNamed):
    """Where the approach can be embedded: a policy document, the regional plan, ..."""

    class Meta(BilingualNamed.Meta):
        verbose_name = _("kind of embedding")
        verbose_name_plural = _("kinds of embedding")


class Embedding(models.Model):
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="embeddings"
    )
    kind = models.ForeignKey(
        EmbeddingKind, on_delete=models.PROTECT, related_name="+", verbose_name=_("kind")
    )
    title = models.CharField(_("document"), max_length=200)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    note = models.TextField(_("what it says about the approach"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("embedding")
        verbose_name_plural = _("embeddings")
        ordering = ("-adopted_on", "-pk")

    def __str__(self) -> str:
        return self.title


class MultiYearPlan(models.Model):
    """A version of the multi-year plan. Appended: the newest is the plan."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="multi_year_plans"
    )
    first_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(2018), MaxValueValidator(2100)]
    )
    last_year = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(2018), MaxValueValidator(2100)]
    )
    ambition = models.TextField(_("ambition"), max_length=3000)
    activities = models.TextField(_("activities per year"), max_length=5000)
    financing = models.TextField(_("financing"), max_length=3000, blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("multi-year plan")
        verbose_name_plural = _("multi-year plans")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.first_year}-{self.last_year}"
