"""HSDS 3.0 nested JSON <-> its tabular form (one table per object type, linked by ids).

Only the tables the social map uses are written: organizations, services, phones,
contacts, service_areas, languages, locations, addresses, service_at_location, attributes
and taxonomy_terms. Values are strings (as in CSV); an empty cell means "no value".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from .schema import required_columns, tabular_columns

JSON = dict[str, Any]
Tables = dict[str, list[dict[str, str]]]

# The tables in the order of writing (the order in HSDS's datapackage).
TABLES = (
    "organization",
    "service",
    "location",
    "address",
    "service_at_location",
    "phone",
    "contact",
    "service_area",
    "language",
    "taxonomy_term",
    "attribute",
)


def columns(table: str) -> list[str]:
    return [name for name, _type in tabular_columns()[table][1]]


def file_name(table: str) -> str:
    return tabular_columns()[table][0]


def _row(table: str, item: Mapping[str, Any], **links: Any) -> dict[str, str]:
    values = {**item, **links}
    row = {}
    for column in columns(table):
        value = values.get(column)
        row[column] = "" if value is None else str(value)
    return row


def flatten(services: Iterable[JSON]) -> Tables:
    """Nested HSDS service objects -> tables of rows."""
    tables: Tables = {table: [] for table in TABLES}
    seen: dict[str, set[str]] = defaultdict(set)

    def add(table: str, row: dict[str, str]) -> None:
        if row["id"] not in seen[table]:
            seen[table].add(row["id"])
            tables[table].append(row)

    for service in services:
        sid = service["id"]
        organization = service.get("organization")
        if organization:
            add("organization", _row("organization", organization))
            for phone in organization.get("phones", []):
                add("phone", _row("phone", phone, organization_id=organization["id"]))
        add("service", _row("service", service))
        for phone in service.get("phones", []):
            add("phone", _row("phone", phone, service_id=sid))
        for contact in service.get("contacts", []):
            add("contact", _row("contact", contact, service_id=sid))
            for phone in contact.get("phones", []):
                add("phone", _row("phone", phone, contact_id=contact["id"]))
        for area in service.get("service_areas", []):
            add("service_area", _row("service_area", area, service_id=sid))
        for language in service.get("languages", []):
            add("language", _row("language", language, service_id=sid))
        for link in service.get("service_at_locations", []):
            location = link.get("location")
            if location:
                add("location", _row("location", location))
                for address in location.get("addresses", []):
                    add("address", _row("address", address, location_id=location["id"]))
            add("service_at_location", _row("service_at_location", link, service_id=sid))
        for attribute in service.get("attributes", []):
            term = attribute.get("taxonomy_term")
            if term:
                add("taxonomy_term", _row("taxonomy_term", term))
            add("attribute", _row("attribute", attribute, link_id=sid))
    return tables


def _typed(table: str, row: Mapping[str, str]) -> JSON:
    """A CSV row -> a JSON object: empty cells left out, numbers converted."""
    types = dict(tabular_columns()[table][1])
    required = required_columns(table)
    item: JSON = {}
    for column, value in row.items():
        if column not in types or value is None or value == "":
            if column in required and types.get(column) == "string":
                item[column] = ""  # an empty cell of a required text keeps its column
            continue
        if types[column] in ("number", "integer"):
            try:
                number = float(value)
            except ValueError:
                item[column] = value  # left for the schema to reject
                continue
            item[column] = int(number) if number.is_integer() else number
        else:
            item[column] = value
    return item


def _group(rows: Iterable[Mapping[str, str]], key: str, table: str) -> dict[str, list[JSON]]:
    grouped: dict[str, list[JSON]] = defaultdict(list)
    for row in rows:
        if row.get(key):
            grouped[row[key]].append(_typed(table, row))
    return grouped


def unflatten(tables: Mapping[str, list[dict[str, str]]]) -> list[JSON]:
    """Tables of rows -> nested HSDS service objects (inverse of :func:`flatten`)."""

    def rows(table: str) -> list[dict[str, str]]:
        return tables.get(table, [])

    organizations = {row["id"]: _typed("organization", row) for row in rows("organization")}
    phones_by_service = _group(rows("phone"), "service_id", "phone")
    phones_by_org = _group(rows("phone"), "organization_id", "phone")
    phones_by_contact = _group(rows("phone"), "contact_id", "phone")
    addresses = _group(rows("address"), "location_id", "address")
    locations = {row["id"]: _typed("location", row) for row in rows("location")}
    terms = {row["id"]: _typed("taxonomy_term", row) for row in rows("taxonomy_term")}
    contacts = _group(rows("contact"), "service_id", "contact")
    areas = _group(rows("service_area"), "service_id", "service_area")
    languages = _group(rows("language"), "service_id", "language")
    links = _group(rows("service_at_location"), "service_id", "service_at_location")
    attributes = _group(rows("attribute"), "link_id", "attribute")

    for org_id, org in organizations.items():
        if phones_by_org.get(org_id):
            org["phones"] = phones_by_org[org_id]
    services = []
    for row in rows("service"):
        service = _typed("service", row)
        sid = service.get("id", "")
        organization = organizations.get(service.get("organization_id", ""))
        if organization:
            service["organization"] = organization
        nested: dict[str, list[JSON]] = {
            "phones": phones_by_service.get(sid, []),
            "service_areas": areas.get(sid, []),
            "languages": languages.get(sid, []),
            "contacts": [
                {
                    **contact,
                    **(
                        {"phones": phones_by_contact[contact["id"]]}
                        if phones_by_contact.get(contact.get("id", ""))
                        else {}
                    ),
                }
                for contact in contacts.get(sid, [])
            ],
            "service_at_locations": [],
            "attributes": [],
        }
        for link in links.get(sid, []):
            location = locations.get(link.get("location_id", ""))
            if location:
                location = {**location}
                if addresses.get(location["id"]):
                    location["addresses"] = addresses[location["id"]]
                link = {**link, "location": location}
            nested["service_at_locations"].append(link)
        for attribute in attributes.get(sid, []):
            term = terms.get(attribute.get("taxonomy_term_id", ""))
            nested["attributes"].append({**attribute, **({"taxonomy_term": term} if term else {})})
        service.update({key: value for key, value in nested.items() if value})
        services.append(service)
    return services
