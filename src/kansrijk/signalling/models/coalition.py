"""What a coalition records for early signalling. None of it identifies a parent or child.

Agreements, settings and the outcomes of referral codes are appended (a new row per change,
the newest counts). Signals, referral codes and their markings carry only month, phase,
domains and outcome: no name, date of birth, address, free text or identifier of a person,
and no time of day.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.signalling.models.lists import (
    Domain,
    Phase,
    ReferralOutcome,
    ScreeningInstrument,
    VulnerabilityGrade,
)


class InstrumentAgreement(models.Model):
    """The screening instruments a coalition (or region) agreed to use. Appended."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="instrument_agreements"
    )
    instruments = models.ManyToManyField(
        ScreeningInstrument, related_name="agreements", verbose_name=_("agreed instruments")
    )
    note = models.TextField(_("what was agreed"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agreement on screening instruments")
        verbose_name_plural = _("agreements on screening instruments")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.coalition}: {self.created_at:%Y-%m-%d}"


class HomeVisitAgreement(models.Model):
    """The coalition's agreements on the prenatal home visit by JGZ. Appended."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="home_visit_agreements"
    )
    criteria = models.TextField(_("agreed criteria for offering the visit"))
    trigger_domains = models.ManyToManyField(
        Domain,
        related_name="+",
        blank=True,
        verbose_name=_("life domains that count towards the criteria"),
    )
    minimum_domains = models.PositiveSmallIntegerField(
        _("offer the visit from this many of those domains"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    minimum_grade = models.ForeignKey(
        VulnerabilityGrade,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("or from this vulnerability grade"),
    )
    jgz_organisation = models.CharField(_("youth health care organisation"), max_length=200)
    referral_route = models.TextField(_("how to refer"))
    feedback = models.TextField(_("feedback agreement"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agreement on the prenatal home visit")
        verbose_name_plural = _("agreements on the prenatal home visit")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.coalition}: {self.jgz_organisation}"


class HomeVisitFigures(models.Model):
    """Quarterly aggregate figures entered by JGZ. Appended: the newest row per quarter counts."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="home_visit_figures"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2022), MaxValueValidator(2100)]
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    offered = models.PositiveIntegerField(_("visits offered"))
    accepted = models.PositiveIntegerField(_("visits accepted"))
    realised = models.PositiveIntegerField(_("visits realised"))
    referrals = models.PositiveIntegerField(_("referrals made after a visit"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("home visit figures")
        verbose_name_plural = _("home visit figures")
        ordering = ("-year", "-quarter", "-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.coalition}: {self.year} Q{self.quarter}"

    def clean(self) -> None:
        errors = {}
        if self.accepted is not None and self.offered is not None and self.accepted > self.offered:
            errors["accepted"] = _("More visits accepted than offered.")
        if (
            self.realised is not None
            and self.accepted is not None
            and self.realised > self.accepted
        ):
            errors["realised"] = _("More visits realised than accepted.")
        if errors:
            raise ValidationError(errors)


class SignalCountSetting(models.Model):
    """Whether a coalition counts anonymous signals (opt-in). Appended: the newest counts."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="signal_settings"
    )
    enabled = models.BooleanField(_("count anonymous signals"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("signal count setting")
        verbose_name_plural = _("signal count settings")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.coalition}: {self.enabled}"


class SignalRecord(models.Model):
    """That a broad conversation took place: month, phase, domains, referral. Nothing else."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="signal_records"
    )
    month = models.DateField(_("month"))
    phase = models.ForeignKey(Phase, on_delete=models.PROTECT, related_name="+")
    domains = models.ManyToManyField(Domain, related_name="+", verbose_name=_("life domains"))
    referral = models.BooleanField(_("a referral followed"))

    class Meta:
        verbose_name = _("anonymous signal")
        verbose_name_plural = _("anonymous signals")
        ordering = ("-month",)

    def __str__(self) -> str:
        return f"{self.coalition}: {self.month:%Y-%m}"

    def clean(self) -> None:
        if self.month is not None and self.month.day != 1:
            raise ValidationError({"month": _("A month is stored as its first day.")})


class ReferralCode(models.Model):
    """A short code that travels with a referral; nothing links it to a person."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="referral_codes"
    )
    domain = models.ForeignKey(
        Domain,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("life domain"),
    )
    care_path = models.ForeignKey(
        "socialmap.CarePath",
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("care path"),
    )
    service = models.ForeignKey(
        "socialmap.Service",
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("service referred to"),
    )
    issued_month = models.DateField(_("month of issue"))
    expires_on = models.DateField(_("expires on"))

    class Meta:
        verbose_name = _("referral code")
        verbose_name_plural = _("referral codes")
        ordering = ("-issued_month", "code")

    def __str__(self) -> str:
        return self.code


class ReferralMarking(models.Model):
    """What the receiving organisation marked as the outcome of a code. Appended.

    Changing the outcome adds a row; the newest (highest id) counts in the figures. A
    marking holds the code, the outcome and the month only: no person, no user, no day.
    """

    code = models.ForeignKey(
        ReferralCode, on_delete=models.CASCADE, related_name="markings", verbose_name=_("code")
    )
    outcome = models.ForeignKey(
        ReferralOutcome,
        on_delete=models.PROTECT,
        related_name="markings",
        verbose_name=_("outcome"),
    )
    month = models.DateField(_("month of the outcome"))

    class Meta:
        verbose_name = _("marked outcome of a referral")
        verbose_name_plural = _("marked outcomes of referrals")
        ordering = ("-id",)

    def __str__(self) -> str:
        return f"{self.code}: {self.outcome}"

    def clean(self) -> None:
        if self.month is not None and self.month.day != 1:
            raise ValidationError({"month": _("A month is stored as its first day.")})
