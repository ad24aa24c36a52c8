"""What a coalition offers (its palette) and how it pays for it (its financing plan)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.interventions.models.catalogue import Intervention
from kansrijk.interventions.models.reference import (
    FundingSource,
    Phase,
    RiskSituation,
    SpukPurpose,
)


class PaletteItem(models.Model):
    """One offer of a coalition: a catalogue intervention or a local offer not in it."""

    coalition = models.ForeignKey(
        "coalitions.Coalition",
        on_delete=models.CASCADE,
        related_name="palette_items",
        verbose_name=_("coalition"),
    )
    intervention = models.ForeignKey(
        Intervention,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="palette_items",
        verbose_name=_("intervention from the menu"),
    )
    local_name = models.CharField(_("name of the local offer"), max_length=200, blank=True)
    local_description = models.TextField(_("description of the local offer"), blank=True)
    phases = models.ManyToManyField(
        Phase, blank=True, related_name="palette_items", verbose_name=_("phases")
    )
    risk_situations = models.ManyToManyField(
        RiskSituation, blank=True, related_name="palette_items", verbose_name=_("risk situations")
    )
    partner = models.ForeignKey(
        "coalitions.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="palette_items",
        verbose_name=_("offered by"),
    )
    capacity_per_year = models.PositiveIntegerField(_("capacity per year"), null=True, blank=True)
    reach_per_year = models.PositiveIntegerField(_("reach per year"), null=True, blank=True)
    waiting_weeks = models.PositiveSmallIntegerField(
        _("waiting time (weeks)"), null=True, blank=True
    )
    since_year = models.PositiveSmallIntegerField(
        _("offered since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ("coalition", "intervention__name", "local_name")
        verbose_name = _("palette item")
        verbose_name_plural = _("palette items")
        constraints = [
            models.UniqueConstraint(
                fields=("coalition", "intervention"),
                condition=models.Q(intervention__isnull=False),
                name="palette_item_intervention_once_per_coalition",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(intervention__isnull=False, local_name="")
                    | models.Q(intervention__isnull=True) & ~models.Q(local_name="")
                ),
                name="palette_item_is_catalogue_or_local",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return self.intervention.name if self.intervention else self.local_name

    @property
    def is_local(self) -> bool:
        return self.intervention_id is None

    def clean(self) -> None:
        if self.intervention_id is None and not self.local_name.strip():
            raise ValidationError(
                _("Choose an intervention from the menu or give the local offer a name.")
            )
        if self.intervention_id is not None and self.local_name.strip():
            raise ValidationError(
                _("An item is either an intervention from the menu or a local offer, not both.")
            )
        if (
            self.capacity_per_year is not None
            and self.reach_per_year is not None
            and self.reach_per_year > self.capacity_per_year
        ):
            raise ValidationError(
                {"reach_per_year": _("The reach cannot be larger than the capacity.")}
            )


class FinancingLine(models.Model):
    """A planned (and later realised) amount for one activity in one year."""

    coalition = models.ForeignKey(
        "coalitions.Coalition",
        on_delete=models.CASCADE,
        related_name="financing_lines",
        verbose_name=_("coalition"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2018), MaxValueValidator(2100)]
    )
    palette_item = models.ForeignKey(
        PaletteItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="financing_lines",
        verbose_name=_("intervention of the palette"),
    )
    activity = models.CharField(_("other activity"), max_length=200, blank=True)
    funding_source = models.ForeignKey(
        FundingSource,
        on_delete=models.PROTECT,
        related_name="financing_lines",
        verbose_name=_("funding source"),
    )
    spuk_purpose = models.ForeignKey(
        SpukPurpose,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="financing_lines",
        verbose_name=_("SPUK purpose"),
    )
    planned_eur = models.DecimalField(
        _("planned (EUR)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    realised_eur = models.DecimalField(
        _("realised (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ("coalition", "year", "funding_source__order", "pk")
        verbose_name = _("financing line")
        verbose_name_plural = _("financing lines")

    def __str__(self) -> str:
        return f"{self.year} {self.label}"

    @property
    def label(self) -> str:
        return self.palette_item.title if self.palette_item else self.activity

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.palette_item_id is None and not self.activity.strip():
            errors["activity"] = _("Choose an intervention of the palette or name the activity.")
        item = self.palette_item if self.palette_item_id is not None else None
        if (
            item is not None
            and self.coalition_id is not None
            and item.coalition_id != self.coalition_id
        ):
            errors["palette_item"] = _("This intervention is not in this coalition's palette.")
        if self.funding_source_id is not None:
            if self.funding_source.is_spuk and self.spuk_purpose_id is None:
                errors["spuk_purpose"] = _("Say for which SPUK purpose this money is spent.")
            if not self.funding_source.is_spuk and self.spuk_purpose_id is not None:
                errors["spuk_purpose"] = _("A SPUK purpose only applies to SPUK money.")
        if errors:
            raise ValidationError(errors)
