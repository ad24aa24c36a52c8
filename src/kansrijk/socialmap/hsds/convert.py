"""The social map's models <-> HSDS records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.socialmap.forms import MAX_TEXT
from kansrijk.socialmap.hsds.export import Labels
from kansrijk.socialmap.hsds.records import (
    TAXONOMY_ACCESS,
    TAXONOMY_DOMAIN,
    TAXONOMY_PHASE,
    TAXONOMY_RISK,
    AddressRecord,
    AreaRecord,
    ContactRecord,
    LocationRecord,
    OrganizationRecord,
    ServiceRecord,
)
from kansrijk.socialmap.hsds.schema import SchemaError, listed
from kansrijk.socialmap.models import (
    Access,
    Approval,
    Contact,
    Domain,
    Location,
    Organization,
    Phase,
    RiskSituation,
    Service,
    ServiceStatus,
)
from kansrijk.socialmap.services.indexing import service_reindex


def labels() -> Labels:
    with translation.override("nl"):
        found: dict[tuple[str, str], str] = {}
        for taxonomy, choices in (
            (TAXONOMY_PHASE, Phase.choices),
            (TAXONOMY_DOMAIN, Domain.choices),
            (TAXONOMY_ACCESS, Access.choices),
        ):
            found.update({(taxonomy, key): str(label) for key, label in choices})
        found.update({(TAXONOMY_RISK, r.key): r.name for r in RiskSituation.objects.all()})
    return found


def organization_record(organization: Organization) -> OrganizationRecord:
    return OrganizationRecord(
        id=organization.uuid,
        name=organization.name,
        description=organization.description,
        email=organization.email,
        website=organization.website,
        phone=organization.phone,
    )


def service_record(service: Service) -> ServiceRecord:
    """`service` should come with its relations prefetched (see `export_queryset`)."""
    areas = list(service.municipalities.all())
    province = areas[0].province.name if areas else ""
    return ServiceRecord(
        id=service.uuid,
        organization=organization_record(service.organization),
        name=service.name,
        description=service.description,
        status=service.status,
        url=service.url,
        email=service.email,
        phone=service.phone,
        eligibility=service.eligibility,
        target_group=service.target_group,
        costs=service.costs,
        application_process=str(service.get_access_display()),
        access=service.access,
        domain=service.domain,
        phases=tuple(service.phase_list),
        risk_situations=tuple(r.key for r in service.risk_situations.all()),
        languages=tuple(service.language_list),
        areas=tuple(AreaRecord(code=m.code, name=m.name) for m in areas),
        locations=tuple(
            LocationRecord(
                id=loc.uuid,
                name=loc.name,
                address=AddressRecord(
                    street=loc.street,
                    postal_code=loc.postal_code,
                    city=loc.city,
                    province=province,
                ),
            )
            for loc in service.locations.all()
        ),
        contacts=(),  # contact persons are for professionals only and never exported
        assured_date=service.assured_date,
        last_modified=service.updated_at,
    )


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    errors: list[SchemaError] = field(default_factory=list)


def _check(
    records: list[ServiceRecord], coalition: Coalition
) -> tuple[list[SchemaError], dict[str, Municipality], dict[str, RiskSituation]]:
    errors: list[SchemaError] = []
    municipalities = {m.code: m for m in coalition.municipalities.all()}
    risks = {r.key: r for r in RiskSituation.objects.all()}
    for index, record in enumerate(records):

        def problem(path: str, message: str, index: int = index) -> None:
            errors.append(SchemaError(index, path, message))

        for name in ("description", "eligibility", "target_group"):
            if len(getattr(record, name) or "") > MAX_TEXT:
                problem(
                    name, _("The text is longer than %(limit)s characters") % {"limit": MAX_TEXT}
                )
        if record.status not in ServiceStatus.values:
            problem(
                "status",
                _("Status %(value)s cannot be imported; allowed values: %(allowed)s")
                % {"value": repr(record.status), "allowed": listed(ServiceStatus.values)},
            )
        if not record.domain:
            problem(
                "attributes",
                _("The service has no domain; allowed values: %(allowed)s")
                % {"allowed": listed(Domain.values)},
            )
        elif record.domain not in Domain.values:
            problem(
                "attributes",
                _("Domain %(value)s is not allowed; allowed values: %(allowed)s")
                % {"value": repr(record.domain), "allowed": listed(Domain.values)},
            )
        if record.access and record.access not in Access.values:
            problem(
                "attributes",
                _("Access %(value)s is not allowed; allowed values: %(allowed)s")
                % {"value": repr(record.access), "allowed": listed(Access.values)},
            )
        for phase in record.phases:
            if phase not in Phase.values:
                problem(
                    "attributes",
                    _("Phase %(value)s is not allowed; allowed values: %(allowed)s")
                    % {"value": repr(phase), "allowed": listed(Phase.values)},
                )
        for key in record.risk_situations:
            if key not in risks:
                problem("attributes", _("Unknown risk situation %(value)s") % {"value": repr(key)})
        if not record.areas:
            problem("service_areas", _("The service has no service area (municipality)"))
        for area in record.areas:
            if area.code not in municipalities:
                problem(
                    "service_areas",
                    _("%(value)s is not a municipality of this coalition")
                    % {"value": repr(area.code or area.name)},
                )
        existing = Service.objects.filter(uuid=record.id).select_related("organization").first()
        if existing is not None and existing.organization.coalition_id != coalition.pk:
            problem("id", _("This service belongs to another coalition"))
    return errors, municipalities, risks


class _RecordInvalidError(Exception):
    def __init__(self, errors: list[SchemaError]) -> None:
        super().__init__(errors)
        self.errors = errors


def _invalid(index: int, error: ValidationError) -> _RecordInvalidError:
    if hasattr(error, "error_dict"):
        problems = [
            SchemaError(index, name, message)
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    else:
        problems = [SchemaError(index, "", message) for message in error.messages]
    return _RecordInvalidError(problems)


def import_records(
    *, coalition: Coalition, records: list[ServiceRecord], actor: Any
) -> ImportOutcome:
    """Create or update every service (by HSDS id); nothing is stored when any is wrong.

    A record the models refuse (a name too long, say) rolls back the records before it and
    is reported like a schema error, with its place in the file.
    """
    errors, municipalities, risks = _check(records, coalition)
    if errors:
        return ImportOutcome(errors=errors)
    outcome = ImportOutcome()
    try:
        with transaction.atomic():
            for index, record in enumerate(records):
                try:
                    _import_record(coalition, record, municipalities, risks, outcome)
                except ValidationError as error:
                    raise _invalid(index, error) from error
    except _RecordInvalidError as invalid:
        return ImportOutcome(errors=invalid.errors)
    return outcome


def _validate(row: Any) -> None:
    """Check a row before writing: PostgreSQL refuses a value longer than its column outright,
    which would abort the transaction instead of naming the field."""
    row.full_clean(exclude=["uuid"], validate_unique=False, validate_constraints=False)


def _import_record(
    coalition: Coalition,
    record: ServiceRecord,
    municipalities: dict[str, Municipality],
    risks: dict[str, RiskSituation],
    outcome: ImportOutcome,
) -> None:
    org = record.organization
    defaults = {
        "coalition": coalition,
        "name": org.name,
        "description": org.description,
        "email": org.email,
        "website": org.website,
        "phone": org.phone,
    }
    _validate(Organization(uuid=org.id, **defaults))
    organization, _created = Organization.objects.update_or_create(uuid=org.id, defaults=defaults)
    service = Service.objects.filter(uuid=record.id).first()
    outcome.updated += service is not None
    outcome.created += service is None
    service = service or Service(uuid=record.id)
    service.organization = organization
    for name in (
        "name",
        "description",
        "status",
        "url",
        "email",
        "phone",
        "eligibility",
        "target_group",
        "costs",
        "domain",
    ):
        setattr(service, name, getattr(record, name))
    service.access = record.access or Access.BOTH
    service.languages = ",".join(record.languages)
    service.assured_date = record.assured_date
    service.approval = Approval.APPROVED
    service.set_phases(list(record.phases))
    service.full_clean()
    service.save()
    service.municipalities.set([municipalities[a.code] for a in record.areas])
    service.risk_situations.set([risks[k] for k in record.risk_situations])
    _import_locations(service, organization, record.locations)
    _import_contacts(service, record.contacts)
    service_reindex(service=service)


def _import_locations(
    service: Service, organization: Organization, locations: Iterable[LocationRecord]
) -> None:
    rows = []
    for loc in locations:
        if loc.address is None:
            continue
        defaults = {
            "organization": organization,
            "name": loc.name or organization.name,
            "street": loc.address.street,
            "postal_code": loc.address.postal_code,
            "city": loc.address.city,
        }
        _validate(Location(uuid=loc.id, **defaults))
        location, _created = Location.objects.update_or_create(uuid=loc.id, defaults=defaults)
        rows.append(location)
    service.locations.set(rows)


def _import_contacts(service: Service, contacts: Iterable[ContactRecord]) -> None:
    for contact in contacts:
        defaults = {
            "service": service,
            "name": contact.name or "-",
            "title": contact.title,
            "email": contact.email,
            "phone": contact.phone,
        }
        _validate(Contact(uuid=contact.id, **defaults))
        Contact.objects.update_or_create(uuid=contact.id, defaults=defaults)
