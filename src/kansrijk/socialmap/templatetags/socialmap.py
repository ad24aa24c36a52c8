"""Template helpers of the social map."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from kansrijk.socialmap.models import Approval, Service, ServiceStatus
from kansrijk.socialmap.quality import is_stale

register = template.Library()


@register.simple_tag
def service_flags(service: Service) -> dict[str, Any]:
    """Whether a service is stale (not verified for 12 months), waiting or not active."""
    return {
        "stale": is_stale(service.assured_date, timezone.localdate()),
        "pending": service.approval == Approval.PENDING,
        "closed": service.status != ServiceStatus.ACTIVE,
    }
