"""Typed records of the social map as exchanged in HSDS 3.0, independent of Django."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

# Namespace for the identifiers of derived HSDS objects (phones, addresses, attributes...),
# so that an export of the same data always has the same identifiers.
KANSRIJK_NAMESPACE = uuid.UUID("5b0f8f2e-6a43-4f3c-9a57-0d2b7a4c1e91")

# HSDS taxonomies under which the social map's own classifications are exported.
TAXONOMY_PHASE = "kansrijk-phase"
TAXONOMY_DOMAIN = "kansrijk-domain"
TAXONOMY_RISK = "kansrijk-risk-situation"
TAXONOMY_ACCESS = "kansrijk-access"
TAXONOMY_TARGET_GROUP = "kansrijk-target-group"
TAXONOMIES = (
    TAXONOMY_PHASE,
    TAXONOMY_DOMAIN,
    TAXONOMY_RISK,
    TAXONOMY_ACCESS,
    TAXONOMY_TARGET_GROUP,
)

# How a municipality is named in a service area: `extent` holds the CBS code.
AREA_EXTENT_TYPE = "cbs_municipality_code"

SERVICE_STATUSES = ("active", "temporarily closed", "inactive", "defunct")


def derived_id(parent: uuid.UUID, *parts: object) -> uuid.UUID:
    """A stable identifier for an object that exists only inside its parent's export."""
    return uuid.uuid5(KANSRIJK_NAMESPACE, ":".join([str(parent), *map(str, parts)]))


@dataclass(frozen=True)
class AddressRecord:
    street: str
    postal_code: str
    city: str
    province: str = ""
    country: str = "NL"


@dataclass(frozen=True)
class LocationRecord:
    id: uuid.UUID
    name: str
    address: AddressRecord | None = None
    description: str = ""


@dataclass(frozen=True)
class ContactRecord:
    id: uuid.UUID
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class OrganizationRecord:
    id: uuid.UUID
    name: str
    description: str
    email: str = ""
    website: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AreaRecord:
    code: str
    name: str


@dataclass(frozen=True)
class ServiceRecord:
    id: uuid.UUID
    organization: OrganizationRecord
    name: str
    description: str
    status: str = "active"
    url: str = ""
    email: str = ""
    phone: str = ""
    eligibility: str = ""
    target_group: str = ""
    costs: str = ""
    application_process: str = ""
    access: str = ""
    domain: str = ""
    phases: tuple[str, ...] = ()
    risk_situations: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    areas: tuple[AreaRecord, ...] = ()
    locations: tuple[LocationRecord, ...] = ()
    contacts: tuple[ContactRecord, ...] = ()
    assured_date: date | None = None
    assurer_email: str = ""
    last_modified: datetime | None = None
