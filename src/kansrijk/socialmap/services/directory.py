"""Writes of the social map: organisations and services, approval, verification, reminders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts import access
from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.socialmap.models import (
    Approval,
    CarePath,
    Contact,
    Location,
    Organization,
    RiskSituation,
    Service,
)
from kansrijk.socialmap.services.indexing import care_path_reindex, service_reindex


def can_maintain(user: Any, organization: Organization) -> bool:
    """National editors, the lead, and the organisation's own maintainers change its entries."""
    if access.is_national_editor(user) or access.is_lead(user, organization.coalition):
        return True
    return (
        access.is_member(user, organization.coalition)
        and organization.maintainers.filter(pk=user.pk).exists()
    )


def can_approve(user: Any, coalition: Coalition) -> bool:
    return access.can_edit_coalition(user, coalition)


def organization_create(
    *,
    coalition: Coalition,
    name: str,
    actor: Any = None,
    description: str = "",
    email: str = "",
    website: str = "",
    phone: str = "",
    is_fictional: bool = False,
) -> Organization:
    organization = Organization(
        coalition=coalition,
        name=name,
        description=description,
        email=email,
        website=website,
        phone=phone,
        is_fictional=is_fictional,
    )
    organization.full_clean()
    with transaction.atomic():
        organization.save()
        if actor is not None and getattr(actor, "is_authenticated", False):
            organization.maintainers.add(actor)
    return organization


@dataclass
class ServiceData:
    """Everything a maintainer enters for a service."""

    name: str
    description: str
    domain: str
    phases: Sequence[str]
    municipalities: Sequence[Municipality]
    risk_situations: Sequence[RiskSituation] = ()
    status: str = "active"
    access: str = "both"
    target_group: str = ""
    eligibility: str = ""
    costs: str = ""
    languages: str = "nl"
    url: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


_SIMPLE_FIELDS = (
    "name",
    "description",
    "domain",
    "status",
    "access",
    "target_group",
    "eligibility",
    "costs",
    "languages",
    "url",
    "email",
    "phone",
)


def _apply(service: Service, data: ServiceData) -> None:
    for name in _SIMPLE_FIELDS:
        setattr(service, name, getattr(data, name))
    service.set_phases(list(data.phases))


def _save_relations(service: Service, data: ServiceData) -> None:
    service.municipalities.set(data.municipalities)
    service.risk_situations.set(data.risk_situations)
    if data.street and data.postal_code and data.city:
        location = service.locations.first() or Location(organization=service.organization)
        location.name = location.name or service.organization.name
        location.street, location.postal_code, location.city = (
            data.street,
            data.postal_code,
            data.city,
        )
        location.full_clean()
        location.save()
        service.locations.set([location])
    else:
        service.locations.clear()
    if data.contact_name:
        contact = service.contacts.first() or Contact(service=service)
        contact.name, contact.title = data.contact_name, data.contact_title
        contact.email, contact.phone = data.contact_email, data.contact_phone
        contact.full_clean()
        contact.save()
    else:
        service.contacts.all().delete()


def _reindex_with_paths(service: Service) -> None:
    service_reindex(service=service)
    for path in CarePath.objects.filter(versions__steps__services=service).distinct():
        care_path_reindex(care_path=path)


def service_create(
    *, organization: Organization, data: ServiceData, actor: Any = None, verified: bool = True
) -> Service:
    """A new service. Approved at once when the lead (or a national editor) enters it;
    else it waits for the lead's approval."""
    service = Service(organization=organization)
    _apply(service, data)
    approved = actor is None or can_approve(actor, organization.coalition)
    service.approval = Approval.APPROVED if approved else Approval.PENDING
    if verified:
        service.assured_date = timezone.localdate()
        service.assured_by = actor if getattr(actor, "is_authenticated", False) else None
    service.full_clean()
    with transaction.atomic():
        service.save()
        _save_relations(service, data)
        service_reindex(service=service)
    return service


def service_update(*, service: Service, data: ServiceData, actor: Any) -> Service:
    """Change a service; a change by someone other than the lead waits for approval again.
    Saving counts as verifying the entry."""
    _apply(service, data)
    if not can_approve(actor, service.organization.coalition):
        service.approval = Approval.PENDING
    service.assured_date = timezone.localdate()
    service.assured_by = actor if getattr(actor, "is_authenticated", False) else None
    service.full_clean()
    with transaction.atomic():
        service.save()
        _save_relations(service, data)
        _reindex_with_paths(service)
    return service


def service_approve(*, service: Service, actor: Any) -> Service:
    service.approval = Approval.APPROVED
    service.full_clean()
    with transaction.atomic():
        service.save(update_fields=["approval", "updated_at"])
        _reindex_with_paths(service)
    return service


def service_verify(*, service: Service, actor: Any, on: date | None = None) -> Service:
    """The maintainer confirms the entry is still correct (HSDS `assured_date`)."""
    service.assured_date = on or timezone.localdate()
    service.assured_by = actor if getattr(actor, "is_authenticated", False) else None
    service.full_clean()
    with transaction.atomic():
        service.save(update_fields=["assured_date", "assured_by", "updated_at"])
    return service


def services_remind(*, services: Sequence[Service], actor: Any, page_url: str) -> int:
    """E-mail the maintainers of each service a reminder to check it. Returns the number of
    e-mails sent; services without maintainers are skipped."""
    sent = 0
    now = timezone.now()
    with transaction.atomic():
        for service in services:
            recipients = sorted(
                {u.email for u in service.organization.maintainers.all() if u.email}
            )
            if not recipients:
                continue
            send_mail(
                subject=_("Please check your entry in the social map: %(name)s")
                % {"name": service.name},
                message=_(
                    'The entry "%(name)s" of %(organisation)s has not been checked for a '
                    "while or is incomplete. Please check it and save it: %(url)s"
                )
                % {
                    "name": service.name,
                    "organisation": service.organization.name,
                    "url": page_url,
                },
                from_email=None,
                recipient_list=recipients,
            )
            Service.objects.filter(pk=service.pk).update(reminded_at=now)
            sent += 1
    return sent
