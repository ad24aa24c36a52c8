"""The programme's lists (data, seeded from seed/lists.yaml; the national editor may change)."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick

POINTS_VALIDATORS = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(1))]


class ListItem(BilingualNamed):
    """A named, ordered item of a list the programme maintains (name in Dutch and English)."""

    class Meta(BilingualNamed.Meta):
        abstract = True


class Phase(ListItem):
    class Meta(ListItem.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")


class RiskSituation(ListItem):
    """Mirror of kansrijk.socialmap's risk situations (same keys), see docs/status."""

    class Meta(ListItem.Meta):
        verbose_name = _("risk situation")
        verbose_name_plural = _("risk situations")


class DeliveryForm(ListItem):
    class Meta(ListItem.Meta):
        verbose_name = _("form")
        verbose_name_plural = _("forms")


class SpukPurpose(ListItem):
    class Meta(ListItem.Meta):
        verbose_name = _("SPUK purpose")
        verbose_name_plural = _("SPUK purposes")


class RecognitionLevel(ListItem):
    points = models.DecimalField(
        _("points in the gap score"), max_digits=3, decimal_places=2, validators=POINTS_VALIDATORS
    )
    recognised = models.BooleanField(_("recognised"), default=False)

    class Meta(ListItem.Meta):
        verbose_name = _("recognition level")
        verbose_name_plural = _("recognition levels")


class ZvwStatus(ListItem):
    points = models.DecimalField(
        _("points in the gap score"), max_digits=3, decimal_places=2, validators=POINTS_VALIDATORS
    )

    class Meta(ListItem.Meta):
        verbose_name = _("Zvw status")
        verbose_name_plural = _("Zvw statuses")


class FundingSource(ListItem):
    points = models.DecimalField(
        _("points in the gap score"), max_digits=3, decimal_places=2, validators=POINTS_VALIDATORS
    )
    is_spuk = models.BooleanField(_("is the SPUK GALA"), default=False)

    class Meta(ListItem.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")


class NationalBudget(models.Model):
    """A national amount per year (reference data); `recurring` holds for later years too."""

    kind = models.SlugField(_("kind"), max_length=60)
    name = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=14, decimal_places=2)
    recurring = models.BooleanField(_("also for later years"), default=False)
    source = models.CharField(_("source"), max_length=300)

    class Meta:
        ordering = ("kind", "year")
        verbose_name = _("national budget")
        verbose_name_plural = _("national budgets")
        constraints = [
            models.UniqueConstraint(fields=("kind", "year"), name="national_budget_once_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.year}"

    @property
    def label(self) -> str:
        return pick(self.name, self.name_en)
