"""The programme's editable lists of step 3: risk situations, contact moments, synonyms."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.socialmap.models.choices import Phase
from kansrijk.ui.bilingual import BilingualNamed, pick


class RiskSituation(BilingualNamed):
    """A risk situation of the national list (finances and debts, addiction, ...).

    Also used by the interventions helper and early signalling: refer to it by ``key``.
    """

    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("risk situation")
        verbose_name_plural = _("risk situations")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class ContactMoment(BilingualNamed):
    """A standard contact moment of the first 1000 days, shown on every customer route."""

    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    month = models.FloatField(_("month relative to birth"), help_text=_("Negative before birth."))
    by = models.CharField(_("by whom (Dutch)"), max_length=200, blank=True)
    by_en = models.CharField(_("by whom (English)"), max_length=200, blank=True)
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        verbose_name = _("contact moment")
        verbose_name_plural = _("contact moments")
        ordering = ("month", "order")

    @property
    def by_label(self) -> str:
        return pick(self.by, self.by_en)

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class SynonymGroup(models.Model):
    """Terms a professional uses for the same thing (JGZ, jeugdgezondheidszorg, ...)."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    terms = models.TextField(
        _("terms"), help_text=_("One term per line; a term may have several words.")
    )
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms and abbreviations")
        ordering = ("key",)

    def __str__(self) -> str:
        return ", ".join(self.term_list)

    @property
    def term_list(self) -> list[str]:
        return [line.strip() for line in self.terms.splitlines() if line.strip()]
