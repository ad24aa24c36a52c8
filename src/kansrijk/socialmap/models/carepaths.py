"""Care paths (zorgpaden): per coalition and risk situation, who signals, the steps, the
services to refer to and the agreements. Versioned: every change is a new version row."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.socialmap.models.choices import Visibility


class CarePath(models.Model):
    coalition = models.ForeignKey(
        "coalitions.Coalition",
        on_delete=models.CASCADE,
        related_name="care_paths",
        verbose_name=_("coalition"),
    )
    risk_situation = models.ForeignKey(
        "socialmap.RiskSituation",
        on_delete=models.PROTECT,
        related_name="care_paths",
        verbose_name=_("risk situation"),
    )
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("care path")
        verbose_name_plural = _("care paths")
        ordering = ("risk_situation__order", "risk_situation__name")
        constraints = [
            models.UniqueConstraint(
                fields=["coalition", "risk_situation"], name="one_care_path_per_risk_situation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.risk_situation} ({self.coalition})"

    @property
    def current(self) -> CarePathVersion | None:
        return self.versions.order_by("-number").first()


class CarePathVersion(models.Model):
    """One version of a care path. Never edited: a change is a new version."""

    care_path = models.ForeignKey(CarePath, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    signallers = models.TextField(_("who signals"))
    instruments = models.TextField(_("with which instrument"), blank=True)
    contacts = models.TextField(_("contact persons"), blank=True)
    warm_handover = models.BooleanField(_("warm handover"), default=False)
    feedback_to_referrer = models.BooleanField(_("feedback to the referrer"), default=False)
    case_meeting = models.BooleanField(_("case meeting (MDO)"), default=False)
    agreements = models.TextField(_("other agreements"), blank=True)
    owner = models.CharField(_("owner of the care path"), max_length=200)
    next_review = models.DateField(_("next review"), null=True, blank=True)
    change_note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("care path version")
        verbose_name_plural = _("care path versions")
        ordering = ("care_path", "-number")
        constraints = [
            models.UniqueConstraint(fields=["care_path", "number"], name="care_path_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.care_path} v{self.number}"


class CarePathStep(models.Model):
    version = models.ForeignKey(CarePathVersion, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"))
    text = models.TextField(_("step"))
    services = models.ManyToManyField(
        "socialmap.Service",
        blank=True,
        related_name="care_path_steps",
        verbose_name=_("refer to"),
    )

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        ordering = ("version", "order")

    def __str__(self) -> str:
        return f"{self.order}. {self.text[:40]}"
