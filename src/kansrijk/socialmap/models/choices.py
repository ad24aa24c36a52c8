"""Fixed classifications of the social map (from HSDS and the first 1000 days), not lists
the programme edits: those live in `lists.py`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    BEFORE_PREGNANCY = "before_pregnancy", _("Before pregnancy")
    DURING_PREGNANCY = "during_pregnancy", _("During pregnancy")
    AFTER_BIRTH = "after_birth", _("After birth")
    FIRST_TWO_YEARS = "first_two_years", _("First two years")


class Domain(models.TextChoices):
    MEDICAL = "medical", _("medical")
    SOCIAL = "social", _("social")
    INFORMAL = "informal", _("informal")


class Access(models.TextChoices):
    SELF_REFERRAL = "self_referral", _("parents can sign up themselves")
    PROFESSIONAL_REFERRAL = "professional_referral", _("through a professional")
    BOTH = "both", _("themselves or through a professional")


class ServiceStatus(models.TextChoices):
    """HSDS `status` (without `defunct`: an entry that is gone is inactive)."""

    ACTIVE = "active", _("active")
    TEMPORARILY_CLOSED = "temporarily closed", _("temporarily closed")
    INACTIVE = "inactive", _("inactive")


class Approval(models.TextChoices):
    PENDING = "pending", _("waiting for approval")
    APPROVED = "approved", _("approved")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("public")
    PROFESSIONALS = "professionals", _("professionals only")
