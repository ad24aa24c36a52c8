"""Step 1: the coalition register, partners, basic principles, declaration and plan."""

from __future__ import annotations

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed, pick


class CoalitionKind(models.TextChoices):
    LOCAL = "local", _("local (one municipality)")
    REGIONAL = "regional", _("regional (several municipalities)")


class CoalitionStatus(models.TextChoices):
    EXPLORING = "exploring", _("exploring")
    FORMING = "forming", _("being formed")
    ACTIVE = "active", _("active")
    CHAIN_IN_PLACE = "chain_in_place", _("chain approach in place")


class StepStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    IN_PLACE = "in_place", _("in place")


STEPS = (
    (1, _("Form a coalition")),
    (2, _("Gather information")),
    (3, _("Collaboration agreements")),
    (4, _("Early signalling")),
    (5, _("Interventions")),
    (6, _("Monitoring and evaluation")),
    (7, _("Making it last")),
)


class Coalition(models.Model):
    slug = models.SlugField(_("short name in the address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=CoalitionKind.choices)
    municipalities = models.ManyToManyField(
        "regions.Municipality", related_name="coalitions", verbose_name=_("municipalities")
    )
    tranche = models.PositiveSmallIntegerField(
        _("tranche"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CoalitionStatus.choices, default=CoalitionStatus.FORMING
    )
    lead_name = models.CharField(_("lead (person)"), max_length=200, blank=True)
    lead_organisation = models.CharField(_("lead organisation"), max_length=200, blank=True)
    public_description = models.TextField(_("public description"), blank=True)
    is_fictional = models.BooleanField(_("fictional demo data"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("coalition")
        verbose_name_plural = _("coalitions")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class StepStatusEntry(models.Model):
    """What the lead declares about a step. Appended, never edited: the newest counts."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="step_entries")
    step = models.PositiveSmallIntegerField(
        _("step"), choices=STEPS, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    status = models.CharField(_("status"), max_length=20, choices=StepStatus.choices)
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("step status")
        verbose_name_plural = _("step statuses")
        ordering = ("step", "-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.coalition}: {self.step} {self.status}"


class PartnerDomain(BilingualNamed):
    class Meta(BilingualNamed.Meta):
        verbose_name = _("partner domain")
        verbose_name_plural = _("partner domains")


class PartnerType(BilingualNamed):
    domain = models.ForeignKey(PartnerDomain, on_delete=models.PROTECT, related_name="types")
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    recommended = models.BooleanField(_("recommended for every coalition"), default=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("partner type")
        verbose_name_plural = _("partner types")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class Ring(models.TextChoices):
    CORE = "core", _("core group")
    INNER = "inner", _("inner ring")
    OUTER = "outer", _("outer ring")


class Partner(models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="partners")
    organisation = models.CharField(_("organisation"), max_length=200)
    partner_type = models.ForeignKey(
        PartnerType,
        on_delete=models.PROTECT,
        related_name="partners",
        verbose_name=_("partner type"),
    )
    ring = models.CharField(_("ring"), max_length=10, choices=Ring.choices, default=Ring.INNER)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ("ring", "organisation")
        constraints = [
            models.UniqueConstraint(
                fields=["coalition", "organisation", "partner_type"], name="partner_unique_per_type"
            )
        ]

    def __str__(self) -> str:
        return self.organisation


class PrincipleScope(models.TextChoices):
    LOCAL = "local", _("local coalition")
    REGIONAL = "regional", _("regional partnership")


class BasicPrinciple(BilingualNamed):
    scope = models.CharField(_("applies to"), max_length=10, choices=PrincipleScope.choices)
    description = models.TextField(_("description (Dutch)"))
    description_en = models.TextField(_("description (English)"), blank=True)
    tools = models.CharField(_("helpful instruments"), max_length=300, blank=True)

    class Meta(BilingualNamed.Meta):
        verbose_name = _("basic principle")
        verbose_name_plural = _("basic principles")
        ordering = ("scope", "order")

    @property
    def description_label(self) -> str:
        return pick(self.description, self.description_en)


class PrincipleStatus(models.TextChoices):
    NOT_MET = "not_met", _("not yet")
    PARTLY = "partly", _("partly")
    MET = "met", _("met")


class PrincipleAssessment(models.Model):
    """A coalition's judgement of one basic principle. Appended: the newest counts."""

    coalition = models.ForeignKey(
        Coalition, on_delete=models.CASCADE, related_name="principle_assessments"
    )
    principle = models.ForeignKey(BasicPrinciple, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=PrincipleStatus.choices)
    evidence = models.TextField(_("evidence and notes"), blank=True)
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("principle assessment")
        verbose_name_plural = _("principle assessments")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.principle}: {self.status}"


class DeclarationOfIntent(models.Model):
    coalition = models.OneToOneField(
        Coalition, on_delete=models.CASCADE, related_name="declaration"
    )
    signed_on = models.DateField(_("signed on"))
    signing_organisations = models.TextField(_("signing organisations (one per line)"))

    class Meta:
        verbose_name = _("declaration of intent")
        verbose_name_plural = _("declarations of intent")

    def __str__(self) -> str:
        return f"{self.coalition} ({self.signed_on})"

    @property
    def organisations(self) -> list[str]:
        return [line.strip() for line in self.signing_organisations.splitlines() if line.strip()]


def _plan_path(instance: PlanDocument, filename: str) -> str:
    return f"plans/{uuid.uuid4().hex}.pdf"


class PlanDocument(models.Model):
    """The plan of approach (PDF). Stored outside the web root, served only to members."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="plans")
    file = models.FileField(upload_to=_plan_path)
    original_name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("plan of approach")
        verbose_name_plural = _("plans of approach")
        ordering = ("-uploaded_at", "-pk")

    def __str__(self) -> str:
        return self.original_name
