"""The national menu of interventions (menukaart), maintained by the national editor."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.interventions.models.reference import (
    DeliveryForm,
    FundingSource,
    Phase,
    RecognitionLevel,
    RiskSituation,
    ZvwStatus,
)
from kansrijk.ui.bilingual import pick


class Intervention(models.Model):
    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    summary_nl = models.TextField(_("short description (Dutch)"))
    summary_en = models.TextField(_("short description (English)"), blank=True)
    phases = models.ManyToManyField(Phase, related_name="interventions", verbose_name=_("phases"))
    target_group_nl = models.CharField(_("target group (Dutch)"), max_length=300)
    target_group_en = models.CharField(_("target group (English)"), max_length=300, blank=True)
    risk_situations = models.ManyToManyField(
        RiskSituation, related_name="interventions", verbose_name=_("risk situations")
    )
    delivered_by = models.ManyToManyField(
        "coalitions.PartnerType",
        related_name="interventions",
        blank=True,
        verbose_name=_("delivered by"),
    )
    forms = models.ManyToManyField(
        DeliveryForm, related_name="interventions", verbose_name=_("forms")
    )
    intensity_nl = models.CharField(_("intensity (Dutch)"), max_length=200, default="onbekend")
    intensity_en = models.CharField(_("intensity (English)"), max_length=200, default="unknown")
    duration_nl = models.CharField(_("duration (Dutch)"), max_length=200, default="onbekend")
    duration_en = models.CharField(_("duration (English)"), max_length=200, default="unknown")
    recognition_level = models.ForeignKey(
        RecognitionLevel,
        on_delete=models.PROTECT,
        related_name="interventions",
        verbose_name=_("recognition level"),
    )
    zvw_status = models.ForeignKey(
        ZvwStatus,
        on_delete=models.PROTECT,
        related_name="interventions",
        verbose_name=_("Zvw status"),
    )
    zvw_note = models.CharField(_("note on the Zvw status"), max_length=300, blank=True)
    funding_routes = models.ManyToManyField(
        FundingSource,
        related_name="interventions",
        blank=True,
        verbose_name=_("usual funding routes"),
    )
    source_url = models.URLField(_("source link"), max_length=500)
    source_documents = models.CharField(_("source documents"), max_length=500)
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ("name",)
        verbose_name = _("intervention")
        verbose_name_plural = _("interventions")

    def __str__(self) -> str:
        return self.name

    @property
    def summary(self) -> str:
        return pick(self.summary_nl, self.summary_en)

    @property
    def target_group(self) -> str:
        return pick(self.target_group_nl, self.target_group_en)

    @property
    def intensity(self) -> str:
        return pick(self.intensity_nl, self.intensity_en)

    @property
    def duration(self) -> str:
        return pick(self.duration_nl, self.duration_en)
