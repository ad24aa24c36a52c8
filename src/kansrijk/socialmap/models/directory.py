"""The social map proper: organisations, their locations, services and contact persons.

Aligned with Open Referral HSDS 3.0 (`uuid` is the HSDS `id`); see `hsds/` for the mapping.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.socialmap.models.choices import Access, Approval, Domain, Phase, ServiceStatus


def _split(value: str) -> list[str]:
    return [part for part in value.split(",") if part]


def _join(values: list[str] | tuple[str, ...]) -> str:
    return "," + ",".join(values) + "," if values else ""


class Organization(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    coalition = models.ForeignKey(
        "coalitions.Coalition",
        on_delete=models.CASCADE,
        related_name="social_map_organizations",
        verbose_name=_("coalition"),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    maintainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="maintained_organizations",
        verbose_name=_("maintained by"),
    )
    is_fictional = models.BooleanField(_("fictional demo data"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ("name",)
        constraints = [
            models.UniqueConstraint(fields=["coalition", "name"], name="organization_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations"
    )
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    city = models.CharField(_("place"), max_length=100)

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ("name",)

    def __str__(self) -> str:
        return f"{self.street}, {self.postal_code} {self.city}"


class Service(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="services",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    url = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    approval = models.CharField(
        _("approval"), max_length=10, choices=Approval.choices, default=Approval.PENDING
    )
    target_group = models.TextField(_("target group"), blank=True)
    eligibility = models.TextField(_("who can use it (conditions)"), blank=True)
    costs = models.CharField(_("costs"), max_length=300, blank=True)
    access = models.CharField(
        _("how to get there"), max_length=30, choices=Access.choices, default=Access.BOTH
    )
    domain = models.CharField(_("domain"), max_length=10, choices=Domain.choices)
    # The phases of the first 1000 days, stored as ",during_pregnancy,after_birth,".
    phases = models.CharField(_("phases"), max_length=100, blank=True)
    languages = models.CharField(
        _("languages"), max_length=100, blank=True, help_text=_("Language codes, e.g. nl,en,ar.")
    )
    risk_situations = models.ManyToManyField(
        "socialmap.RiskSituation",
        blank=True,
        related_name="services",
        verbose_name=_("risk situations"),
    )
    municipalities = models.ManyToManyField(
        "regions.Municipality",
        related_name="social_map_services",
        verbose_name=_("service area (municipalities)"),
    )
    locations = models.ManyToManyField(
        Location, blank=True, related_name="services", verbose_name=_("locations")
    )
    assured_date = models.DateField(_("last verified on"), null=True, blank=True)
    assured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    @property
    def phase_list(self) -> list[str]:
        return _split(self.phases)

    def set_phases(self, phases: list[str] | tuple[str, ...]) -> None:
        order = list(Phase.values)
        self.phases = _join(sorted(set(phases), key=order.index))

    @property
    def phase_labels(self) -> list[str]:
        return [str(Phase(phase).label) for phase in self.phase_list if phase in Phase.values]

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    @property
    def is_public(self) -> bool:
        return self.approval == Approval.APPROVED and self.status != ServiceStatus.INACTIVE


class Contact(models.Model):
    """A contact person of a service; shown to logged-in professionals only."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name
