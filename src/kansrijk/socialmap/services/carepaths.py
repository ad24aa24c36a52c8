"""Writes of care paths: a change is always a new version; older versions stay readable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import (
    CarePath,
    CarePathStep,
    CarePathVersion,
    RiskSituation,
    Service,
)
from kansrijk.socialmap.services.indexing import care_path_reindex


@dataclass
class StepData:
    text: str
    services: Sequence[Service] = ()


@dataclass
class CarePathData:
    signallers: str
    owner: str
    steps: Sequence[StepData]
    visibility: str = "public"
    instruments: str = ""
    contacts: str = ""
    warm_handover: bool = False
    feedback_to_referrer: bool = False
    case_meeting: bool = False
    agreements: str = ""
    next_review: date | None = None
    change_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def care_path_save(
    *,
    coalition: Coalition,
    risk_situation: RiskSituation,
    data: CarePathData,
    actor: Any = None,
) -> CarePathVersion:
    """Create the care path if needed and append a new version with its steps."""
    steps = [step for step in data.steps if step.text.strip()]
    if not steps:
        raise ValidationError({"steps": _("A care path needs at least one step.")})
    foreign = [
        s for step in steps for s in step.services if s.organization.coalition_id != coalition.pk
    ]
    if foreign:
        raise ValidationError({"steps": _("Refer only to services of this coalition's map.")})
    with transaction.atomic():
        path, _created = CarePath.objects.select_for_update().get_or_create(
            coalition=coalition,
            risk_situation=risk_situation,
            defaults={"visibility": data.visibility},
        )
        if path.visibility != data.visibility:
            path.visibility = data.visibility
            path.full_clean()
            path.save(update_fields=["visibility"])
        last = path.versions.aggregate(last=Max("number"))["last"] or 0
        version = CarePathVersion(
            care_path=path,
            number=last + 1,
            signallers=data.signallers,
            instruments=data.instruments,
            contacts=data.contacts,
            warm_handover=data.warm_handover,
            feedback_to_referrer=data.feedback_to_referrer,
            case_meeting=data.case_meeting,
            agreements=data.agreements,
            owner=data.owner,
            next_review=data.next_review,
            change_note=data.change_note,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        version.full_clean()
        version.save()
        for order, step in enumerate(steps, start=1):
            row = CarePathStep(version=version, order=order, text=step.text.strip())
            row.full_clean()
            row.save()
            row.services.set(step.services)
        care_path_reindex(care_path=path)
    return version
