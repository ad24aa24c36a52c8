"""HSDS 3.0 JSON -> records, all or nothing: the whole document is checked first."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django.utils.translation import gettext as _

from .records import (
    AREA_EXTENT_TYPE,
    TAXONOMY_ACCESS,
    TAXONOMY_DOMAIN,
    TAXONOMY_PHASE,
    TAXONOMY_RISK,
    TAXONOMY_TARGET_GROUP,
    AddressRecord,
    AreaRecord,
    ContactRecord,
    LocationRecord,
    OrganizationRecord,
    ServiceRecord,
)
from .schema import SchemaError, validate

JSON = dict[str, Any]


class HsdsImportError(Exception):
    """The document cannot be imported; `errors` says every reason found."""

    def __init__(self, errors: list[SchemaError]) -> None:
        super().__init__(f"{len(errors)} error(s) in the HSDS document")
        self.errors = errors


def services_of(document: Any) -> list[Any]:
    """The list of services in a document: an HSDS page (`contents`), a bare list, or one
    service object."""
    if isinstance(document, Mapping) and isinstance(document.get("contents"), list):
        return list(document["contents"])
    if isinstance(document, list):
        return document
    return [document]


def _first_phone(item: Mapping[str, Any]) -> str:
    phones = item.get("phones") or []
    return str(phones[0].get("number", "")) if phones else ""


def _organization(data: Mapping[str, Any]) -> OrganizationRecord:
    return OrganizationRecord(
        id=uuid.UUID(data["id"]),
        name=data["name"],
        description=data.get("description", ""),
        email=data.get("email", ""),
        website=data.get("website", ""),
        phone=_first_phone(data),
    )


def _parse_date(value: str | None, item: int, errors: list[SchemaError]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        message = _("%(value)s is not a date (YYYY-MM-DD)") % {"value": repr(value)}
        errors.append(SchemaError(item, "assured_date", message))
        return None


def _service(
    data: Mapping[str, Any],
    organizations: Mapping[str, OrganizationRecord],
    item: int,
    errors: list[SchemaError],
) -> ServiceRecord | None:
    nested = data.get("organization")
    organization = (
        _organization(nested) if nested else organizations.get(data.get("organization_id", ""))
    )
    if organization is None:
        message = _("The service has no (known) organisation")
        errors.append(SchemaError(item, "organization", message))
        return None
    by_taxonomy: dict[str, list[JSON]] = {}
    for attribute in data.get("attributes", []):
        term = attribute.get("taxonomy_term") or {}
        taxonomy = term.get("taxonomy") or attribute.get("link_type", "")
        by_taxonomy.setdefault(taxonomy, []).append({**attribute, "code": term.get("code", "")})

    def codes(taxonomy: str) -> tuple[str, ...]:
        return tuple(a["code"] for a in by_taxonomy.get(taxonomy, []) if a["code"])

    def single(taxonomy: str) -> str:
        found = codes(taxonomy)
        return found[0] if found else ""

    target = by_taxonomy.get(TAXONOMY_TARGET_GROUP, [])
    locations = []
    for link in data.get("service_at_locations", []):
        location = link.get("location")
        if not location:
            continue
        addresses = location.get("addresses") or []
        address = None
        if addresses:
            first = addresses[0]
            address = AddressRecord(
                street=first["address_1"],
                postal_code=first["postal_code"],
                city=first["city"],
                province=first.get("state_province", ""),
                country=first.get("country", "NL"),
            )
        locations.append(
            LocationRecord(
                id=uuid.UUID(location["id"]),
                name=location.get("name", ""),
                address=address,
                description=location.get("description", ""),
            )
        )
    last_modified = data.get("last_modified")
    return ServiceRecord(
        id=uuid.UUID(data["id"]),
        organization=organization,
        name=data["name"],
        description=data.get("description", ""),
        status=data["status"],
        url=data.get("url", ""),
        email=data.get("email", ""),
        phone=_first_phone(data),
        eligibility=data.get("eligibility_description", ""),
        target_group=str(target[0].get("value", "")) if target else "",
        costs=data.get("fees_description", ""),
        application_process=data.get("application_process", ""),
        access=single(TAXONOMY_ACCESS),
        domain=single(TAXONOMY_DOMAIN),
        phases=codes(TAXONOMY_PHASE),
        risk_situations=codes(TAXONOMY_RISK),
        languages=tuple(lang["code"] for lang in data.get("languages", []) if lang.get("code")),
        areas=tuple(
            AreaRecord(code=area.get("extent", ""), name=area.get("name", ""))
            for area in data.get("service_areas", [])
            if area.get("extent_type") == AREA_EXTENT_TYPE or area.get("name")
        ),
        locations=tuple(locations),
        contacts=tuple(
            ContactRecord(
                id=uuid.UUID(c["id"]),
                name=c.get("name", ""),
                title=c.get("title", ""),
                email=c.get("email", ""),
                phone=_first_phone(c),
            )
            for c in data.get("contacts", [])
        ),
        assured_date=_parse_date(data.get("assured_date"), item, errors),
        assurer_email=data.get("assurer_email", ""),
        last_modified=datetime.fromisoformat(last_modified) if last_modified else None,
    )


def parse_services(document: Any, organizations: list[Any] | None = None) -> list[ServiceRecord]:
    """Every service of `document` as a record, or :class:`HsdsImportError` with all errors.

    `organizations` (HSDS organization objects) resolve services that name their
    organization only by `organization_id`.
    """
    items = services_of(document)
    errors = validate("service", items)
    errors += validate("organization", organizations or [])
    if errors:
        raise HsdsImportError(errors)
    known = {org["id"]: _organization(org) for org in organizations or []}
    records = []
    seen: set[uuid.UUID] = set()
    for index, item in enumerate(items):
        record = _service(item, known, index, errors)
        if record is None:
            continue
        if record.id in seen:
            message = _("Service %(id)s occurs more than once in the file") % {"id": record.id}
            errors.append(SchemaError(index, "id", message))
        seen.add(record.id)
        records.append(record)
    if errors:
        raise HsdsImportError(errors)
    return records
