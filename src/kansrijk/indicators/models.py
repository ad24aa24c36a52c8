"""The indicator catalogue, the values per area and period, and the story behind them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick


class Unit(models.TextChoices):
    PERCENTAGE = "percentage", _("percentage")
    PER_1000 = "per_1000", _("per 1000")
    COUNT = "count", _("count")
    SCORE = "score", _("score or class")


class Polarity(models.TextChoices):
    HIGHER_IS_BETTER = "higher_is_better", _("higher is better")
    HIGHER_IS_WORSE = "higher_is_worse", _("higher is worse")
    NO_JUDGEMENT = "no_judgement", _("no judgement")


class Phase(models.TextChoices):
    BEFORE = "before", _("before pregnancy")
    DURING = "during", _("during pregnancy")
    AFTER = "after", _("after birth")
    CONTEXT = "context", _("context")


class IndicatorGroup(BilingualNamed):
    class Meta(BilingualNamed.Meta):
        verbose_name = _("indicator group")
        verbose_name_plural = _("indicator groups")


class Indicator(BilingualNamed):
    """One indicator under one exact definition; another definition is another indicator."""

    group = models.ForeignKey(IndicatorGroup, on_delete=models.PROTECT, related_name="indicators")
    definition = models.TextField(_("definition (Dutch)"))
    numerator_definition = models.TextField(_("numerator"), blank=True)
    denominator_definition = models.TextField(_("denominator"), blank=True)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    polarity = models.CharField(_("polarity"), max_length=20, choices=Polarity.choices)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    source = models.CharField(_("data source"), max_length=300, blank=True)
    licence = models.CharField(_("licence"), max_length=300, blank=True)
    synthetic = models.BooleanField(
        _("synthetic demo values"),
        default=False,
        help_text=_("The values shipped for this indicator are generated, not real."),
    )

    class Meta(BilingualNamed.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    @property
    def code(self) -> str:
        return self.key


class FormerMunicipality(models.Model):
    """A municipality that no longer exists; its values stay its own, never its successor's."""

    code = models.CharField(_("CBS code"), max_length=6, unique=True)
    name = models.CharField(_("name"), max_length=100)
    successor = models.ForeignKey(
        "regions.Municipality", on_delete=models.PROTECT, related_name="predecessors"
    )
    last_year = models.PositiveSmallIntegerField(_("last year it existed"))
    # The day the merger (or split) took effect: values for periods reaching that day are
    # refused. Empty only for rows stored before this field existed (then 1 January after
    # last_year).
    merged_on = models.DateField(_("merged on"), null=True, blank=True)

    class Meta:
        verbose_name = _("former municipality")
        verbose_name_plural = _("former municipalities")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class DataVersion(models.Model):
    """One change of the values (an import or the reference load). Appended, never edited."""

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.CharField(_("source"), max_length=300)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    threshold = models.PositiveSmallIntegerField(_("small-count threshold"))

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")
        ordering = ("-pk",)

    def __str__(self) -> str:
        return f"{self.pk}: {self.source}"


class AreaKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    FORMER_MUNICIPALITY = "former_municipality", _("former municipality")
    GGD_REGION = "ggd_region", _("GGD region")
    PROVINCE = "province", _("province")
    COUNTRY = "country", _("the Netherlands")


class Suppression(models.TextChoices):
    NONE = "", _("shown")
    SMALL_COUNT = "small_count", _("hidden: count below the threshold")
    DERIVABLE = "derivable", _("hidden: would reveal a hidden count")


class Value(models.Model):
    """A value of an indicator for an area and a period (a year or pooled years)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    area_kind = models.CharField(_("kind of area"), max_length=30, choices=AreaKind.choices)
    area_code = models.CharField(_("area code"), max_length=8)
    period_start = models.PositiveSmallIntegerField(_("first year"))
    period_end = models.PositiveSmallIntegerField(_("last year"))
    numerator = models.PositiveIntegerField(_("numerator"), null=True, blank=True)
    denominator = models.PositiveIntegerField(_("denominator"), null=True, blank=True)
    value = models.FloatField(_("value"), null=True, blank=True)
    weight = models.FloatField(_("weight for aggregates"), null=True, blank=True)
    computed = models.BooleanField(_("computed here"), default=False)
    synthetic = models.BooleanField(_("synthetic"), default=False)
    note = models.CharField(_("note"), max_length=300, blank=True)
    suppression = models.CharField(
        _("suppression"), max_length=20, choices=Suppression.choices, blank=True, default=""
    )
    version = models.ForeignKey(DataVersion, on_delete=models.PROTECT, related_name="values")

    class Meta:
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area_code", "period_start", "period_end"],
                name="indicators_value_one_per_area_and_period",
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="indicators_value_period_in_order",
            ),
            models.CheckConstraint(
                condition=models.Q(numerator__isnull=True)
                | models.Q(denominator__isnull=True)
                | models.Q(numerator__lte=models.F("denominator")),
                name="indicators_value_numerator_within_denominator",
            ),
        ]
        indexes = [
            models.Index(fields=["indicator", "period_start", "period_end"]),
            models.Index(fields=["area_code", "indicator"]),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.key} {self.area_code} {self.period_start}-{self.period_end}"


class NoteStatus(models.TextChoices):
    DRAFT = "draft", _("waiting for the lead")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden")


class StoryNote(models.Model):
    """ "The story behind the figures": a coalition member's note on an indicator."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="story_notes"
    )
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("note"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=NoteStatus.choices, default=NoteStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("story behind the figures")
        verbose_name_plural = _("stories behind the figures")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return self.text[:60]


def indicator_label(indicator: Indicator) -> str:
    return pick(indicator.name, indicator.name_en)
