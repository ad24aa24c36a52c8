"""The programme's lists for early signalling (data the national editor maintains)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick


class Phase(BilingualNamed):
    """A phase of the first 1000 days (keys shared with the interventions' phases)."""

    class Meta(BilingualNamed.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")


class Domain(BilingualNamed):
    """A life domain of the broad conversation (family situation, work and income, ...)."""

    question = models.CharField(_("opening question (Dutch)"), max_length=300, blank=True)
    question_en = models.CharField(_("opening question (English)"), max_length=300, blank=True)
    risk_situations = models.ManyToManyField(
        "socialmap.RiskSituation",
        blank=True,
        related_name="signalling_domains",
        verbose_name=_("risk situations whose care paths answer this domain"),
    )

    class Meta(BilingualNamed.Meta):
        verbose_name = _("life domain")
        verbose_name_plural = _("life domains")

    @property
    def question_label(self) -> str:
        return pick(self.question, self.question_en)


class FactorKind(models.TextChoices):
    """The two sides of the vulnerability definition: what burdens and what protects."""

    RISK = "risk", _("risk factor")
    PROTECTIVE = "protective", _("protective factor")


class Factor(BilingualNamed):
    domain = models.ForeignKey(
        Domain, on_delete=models.PROTECT, related_name="factors", verbose_name=_("life domain")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=FactorKind.choices)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("factor")
        verbose_name_plural = _("factors")
        ordering = ("domain__order", "kind", "order", "name")  # type: ignore[assignment]


class VulnerabilityGrade(BilingualNamed):
    """Potentially vulnerable, vulnerable, very vulnerable: ``order`` ranks them."""

    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("vulnerability grade")
        verbose_name_plural = _("vulnerability grades")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class ValidationStatus(BilingualNamed):
    class Meta(BilingualNamed.Meta):
        verbose_name = _("validation status")
        verbose_name_plural = _("validation statuses")


class ScreeningInstrument(BilingualNamed):
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    users = models.CharField(_("used by (Dutch)"), max_length=300, blank=True)
    users_en = models.CharField(_("used by (English)"), max_length=300, blank=True)
    phases = models.ManyToManyField(
        Phase, related_name="instruments", blank=True, verbose_name=_("phases")
    )
    domains = models.ManyToManyField(
        Domain, related_name="instruments", blank=True, verbose_name=_("life domains covered")
    )
    validation = models.ForeignKey(
        ValidationStatus,
        on_delete=models.PROTECT,
        related_name="instruments",
        verbose_name=_("validation status"),
    )

    class Meta(BilingualNamed.Meta):
        verbose_name = _("screening instrument")
        verbose_name_plural = _("screening instruments")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)

    @property
    def users_label(self) -> str:
        return pick(self.users, self.users_en)


class ReferralOutcome(BilingualNamed):
    """What became of a referral: contact made, help started, not reached, ..."""

    class Meta(BilingualNamed.Meta):
        verbose_name = _("referral outcome")
        verbose_name_plural = _("referral outcomes")
