"""Records -> HSDS 3.0 JSON (the shape of the compiled `service.json` schema)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from .records import (
    AREA_EXTENT_TYPE,
    KANSRIJK_NAMESPACE,
    TAXONOMY_ACCESS,
    TAXONOMY_DOMAIN,
    TAXONOMY_PHASE,
    TAXONOMY_RISK,
    TAXONOMY_TARGET_GROUP,
    ContactRecord,
    LocationRecord,
    OrganizationRecord,
    ServiceRecord,
    derived_id,
)

JSON = dict[str, Any]

LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "ti": "Tigrinya",
    "fa": "Perzisch",
    "uk": "Oekraïens",
    "es": "Spaans",
    "fy": "Fries",
    "pap": "Papiaments",
    "so": "Somalisch",
    "de": "Duits",
    "fr": "Frans",
}

# (taxonomy, code) -> human name; the Django layer passes translated labels.
Labels = Mapping[tuple[str, str], str]


def _compact(data: JSON) -> JSON:
    """Leave out empty strings and None, as HSDS leaves out unknown values."""
    return {key: value for key, value in data.items() if value not in ("", None)}


def organization_json(organization: OrganizationRecord) -> JSON:
    phones = []
    if organization.phone:
        phones.append(
            {
                "id": str(derived_id(organization.id, "phone")),
                "number": organization.phone,
                "organization_id": str(organization.id),
                "type": "voice",
            }
        )
    return _compact(
        {
            "id": str(organization.id),
            "name": organization.name,
            "description": organization.description or organization.name,
            "email": organization.email,
            "website": organization.website,
            "phones": phones,
        }
    )


def taxonomy_term_json(taxonomy: str, code: str, labels: Labels | None = None) -> JSON:
    name = (labels or {}).get((taxonomy, code), code)
    return {
        "id": str(derived_id(KANSRIJK_NAMESPACE, taxonomy, code)),
        "code": code,
        "name": name,
        "description": name,
        "taxonomy": taxonomy,
    }


def _attribute(
    service: ServiceRecord, taxonomy: str, code: str, labels: Labels | None, value: str = ""
) -> JSON:
    term = taxonomy_term_json(taxonomy, code, labels)
    return _compact(
        {
            "id": str(derived_id(service.id, "attribute", taxonomy, code)),
            "link_id": str(service.id),
            "link_type": taxonomy,
            "link_entity": "service",
            "taxonomy_term_id": term["id"],
            "value": value,
            "taxonomy_term": term,
        }
    )


def _attributes(service: ServiceRecord, labels: Labels | None) -> list[JSON]:
    attributes = [_attribute(service, TAXONOMY_PHASE, phase, labels) for phase in service.phases]
    attributes += [
        _attribute(service, TAXONOMY_RISK, key, labels) for key in service.risk_situations
    ]
    if service.domain:
        attributes.append(_attribute(service, TAXONOMY_DOMAIN, service.domain, labels))
    if service.access:
        attributes.append(_attribute(service, TAXONOMY_ACCESS, service.access, labels))
    if service.target_group:
        attributes.append(
            _attribute(service, TAXONOMY_TARGET_GROUP, "target_group", labels, service.target_group)
        )
    return attributes


def _location_json(service: ServiceRecord, location: LocationRecord) -> JSON:
    addresses = []
    if location.address is not None:
        address = location.address
        addresses.append(
            {
                "id": str(derived_id(location.id, "address")),
                "location_id": str(location.id),
                "address_1": address.street,
                "city": address.city,
                "state_province": address.province,
                "postal_code": address.postal_code,
                "country": address.country,
                "address_type": "physical",
            }
        )
    return {
        "id": str(derived_id(service.id, "service_at_location", location.id)),
        "service_id": str(service.id),
        "location_id": str(location.id),
        "location": _compact(
            {
                "id": str(location.id),
                "location_type": "physical" if addresses else "virtual",
                "organization_id": str(service.organization.id),
                "name": location.name,
                "description": location.description,
                "addresses": addresses,
            }
        ),
    }


def _contact_json(service: ServiceRecord, contact: ContactRecord) -> JSON:
    phones = []
    if contact.phone:
        phones.append(
            {
                "id": str(derived_id(contact.id, "phone")),
                "number": contact.phone,
                "contact_id": str(contact.id),
            }
        )
    return _compact(
        {
            "id": str(contact.id),
            "service_id": str(service.id),
            "name": contact.name,
            "title": contact.title,
            "email": contact.email,
            "phones": phones,
        }
    )


def service_json(service: ServiceRecord, labels: Labels | None = None) -> JSON:
    """One service with its organization and everything attached, as HSDS 3.0 JSON."""
    phones = []
    if service.phone:
        phones.append(
            {
                "id": str(derived_id(service.id, "phone")),
                "service_id": str(service.id),
                "number": service.phone,
                "type": "voice",
            }
        )
    data: JSON = {
        "id": str(service.id),
        "organization_id": str(service.organization.id),
        "name": service.name,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": service.status,
        "application_process": service.application_process,
        "fees_description": service.costs,
        "eligibility_description": service.eligibility,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "assurer_email": service.assurer_email,
        "last_modified": service.last_modified.isoformat() if service.last_modified else None,
        "phones": phones,
        "service_areas": [
            {
                "id": str(derived_id(service.id, "area", area.code)),
                "service_id": str(service.id),
                "name": area.name,
                "extent": area.code,
                "extent_type": AREA_EXTENT_TYPE,
            }
            for area in service.areas
        ],
        "service_at_locations": [_location_json(service, loc) for loc in service.locations],
        "languages": [
            {
                "id": str(derived_id(service.id, "language", code)),
                "service_id": str(service.id),
                "name": LANGUAGE_NAMES.get(code, code),
                "code": code,
            }
            for code in service.languages
        ],
        "organization": organization_json(service.organization),
        "contacts": [_contact_json(service, contact) for contact in service.contacts],
        "attributes": _attributes(service, labels),
    }
    return _compact(data)


def service_page(
    services: Sequence[ServiceRecord],
    labels: Labels | None = None,
    *,
    page: int = 1,
    per_page: int | None = None,
) -> JSON:
    """A page of services in the shape of the HSDS API's `/services` answer."""
    size = per_page or max(len(services), 1)
    total_pages = max(math.ceil(len(services) / size), 1)
    contents = [
        service_json(service, labels) for service in services[(page - 1) * size : page * size]
    ]
    return {
        "total_items": len(services),
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
