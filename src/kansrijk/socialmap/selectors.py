"""Reads of the social map, the care paths and the customer route, with the rules of who
sees what: public entries for everybody; entries waiting for approval for the coalition's
members (and its advisers); professionals-only care paths for members of a coalition in the
same GGD region."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.apps import apps
from django.db.models import Prefetch, Q, QuerySet

from kansrijk.accounts import access
from kansrijk.accounts.models import Membership, RegionalAssignment
from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import Municipality
from kansrijk.socialmap import quality
from kansrijk.socialmap.models import (
    Approval,
    CarePath,
    CarePathVersion,
    ContactMoment,
    Domain,
    RiskSituation,
    Service,
    ServiceStatus,
    Visibility,
)
from kansrijk.socialmap.search import backend
from kansrijk.socialmap.timeline import Item, Moment, Timeline, build_timeline


def _coalition_ids(user: Any) -> set[int]:
    """The coalitions whose members' view the user shares; remembered on the user object
    for the rest of the request (the search page asks twice)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    remembered: set[int] | None = getattr(user, "_socialmap_coalition_ids", None)
    if remembered is not None:
        return remembered
    ids = set(Membership.objects.filter(user=user).values_list("coalition_id", flat=True))
    regions = RegionalAssignment.objects.filter(user=user).values_list("ggd_region_id", flat=True)
    ids |= set(
        Coalition.objects.filter(municipalities__ggd_region_id__in=list(regions)).values_list(
            "pk", flat=True
        )
    )
    if apps.is_installed("kansrijk.support"):  # an adviser sees what the lead sees (issue 10)
        advised = apps.get_model("support", "AdviserAssignment").objects.filter(user=user)
        ids |= set(advised.values_list("coalition_id", flat=True))
    user._socialmap_coalition_ids = ids
    return ids


def _region_codes(user: Any) -> set[str]:
    """GGD regions of the coalitions the user belongs to (or coordinates)."""
    ids = _coalition_ids(user)
    if not ids:
        return set()
    return set(
        Municipality.objects.filter(coalitions__in=ids).values_list("ggd_region__code", flat=True)
    )


def is_professional(user: Any) -> bool:
    """A logged-in member of some coalition, a regional coordinator or a national editor."""
    return access.is_national_editor(user) or bool(_coalition_ids(user))


def visibility_tokens(user: Any) -> tuple[str, ...] | None:
    """The search index's visibility tokens the user may see; None means everything."""
    if access.is_national_editor(user):
        return None
    tokens = [backend.PUBLIC_TOKEN]
    tokens += [backend.coalition_token(pk) for pk in sorted(_coalition_ids(user))]
    tokens += [backend.region_token(code) for code in sorted(_region_codes(user))]
    return tuple(tokens)


def _public_services() -> Q:
    return Q(approval=Approval.APPROVED) & ~Q(status=ServiceStatus.INACTIVE)


def visible_services(user: Any) -> QuerySet[Service]:
    services = Service.objects.select_related("organization", "organization__coalition")
    if access.is_national_editor(user):
        return services
    return services.filter(
        _public_services() | Q(organization__coalition_id__in=_coalition_ids(user))
    )


def service_is_visible(user: Any, service: Service) -> bool:
    return service.is_public or visible_services(user).filter(pk=service.pk).exists()


def care_path_is_visible(user: Any, path: CarePath) -> bool:
    if path.visibility == Visibility.PUBLIC or access.is_national_editor(user):
        return True
    if path.coalition_id in _coalition_ids(user):
        return True
    regions = set(path.coalition.municipalities.values_list("ggd_region__code", flat=True))
    return bool(regions & _region_codes(user))


def coalition_services(coalition: Coalition, user: Any) -> list[Service]:
    return list(
        visible_services(user)
        .filter(organization__coalition=coalition)
        .prefetch_related("risk_situations", "municipalities", "locations", "contacts")
        .order_by("organization__name", "name")
    )


def service_completeness(service: Service) -> quality.Completeness:
    return quality.completeness(
        address=bool(service.locations.all()),
        phase=bool(service.phase_list),
        risk_situations=bool(service.risk_situations.all()),
        contact=bool(service.phone or service.email or service.url),
        eligibility=bool(service.eligibility.strip()),
    )


@dataclass(frozen=True)
class MaintenanceRow:
    service: Service
    stale: bool
    completeness: quality.Completeness
    owners: list[str]


def maintenance_list(coalition: Coalition, today: date) -> list[MaintenanceRow]:
    """Stale, incomplete or unapproved services with their owners, for the lead."""
    services = (
        Service.objects.filter(organization__coalition=coalition)
        .select_related("organization")
        .prefetch_related("risk_situations", "locations", "organization__maintainers")
        .order_by("assured_date", "name")
    )
    rows = []
    for service in services:
        stale = quality.is_stale(service.assured_date, today)
        complete = service_completeness(service)
        if stale or not complete.is_complete or service.approval == Approval.PENDING:
            owners = [str(u) for u in service.organization.maintainers.all()]
            rows.append(MaintenanceRow(service, stale, complete, owners))
    return rows


def care_paths(coalition: Coalition, user: Any) -> list[CarePath]:
    paths = CarePath.objects.filter(coalition=coalition).select_related(
        "risk_situation", "coalition"
    )
    return [path for path in paths if path.versions.exists() and care_path_is_visible(user, path)]


def care_path_version(path: CarePath, number: int | None = None) -> CarePathVersion | None:
    versions = path.versions.prefetch_related(
        "steps",
        Prefetch("steps__services", queryset=Service.objects.select_related("organization")),
    )
    if number is None:
        return versions.order_by("-number").first()
    return versions.filter(number=number).first()


def risk_situations() -> QuerySet[RiskSituation]:
    return RiskSituation.objects.filter(active=True)


def customer_route(coalition: Coalition, user: Any) -> Timeline:
    """The timeline of the coalition: contact moments plus the services on its map."""
    moments = [
        Moment(key=m.key, label=m.label, month=m.month, phase=m.phase)
        for m in ContactMoment.objects.filter(active=True)
    ]
    items = [
        Item(key=str(s.uuid), label=s.name, domain=s.domain, phases=tuple(s.phase_list))
        for s in visible_services(user).filter(organization__coalition=coalition)
        if s.status == ServiceStatus.ACTIVE
    ]
    return build_timeline(moments, items, list(Domain.values))


def parents_services(municipality: Municipality) -> list[Service]:
    """Public, active services in the municipality (the page groups them by phase)."""
    return list(
        Service.objects.filter(_public_services(), municipalities=municipality)
        .filter(status=ServiceStatus.ACTIVE)
        .select_related("organization")
        .prefetch_related("locations")
        .order_by("name")
    )


def municipalities_with_parents_help(
    coalition: Coalition | None = None,
) -> QuerySet[Municipality]:
    """Municipalities with at least one public, active service (of the coalition's own
    municipalities when given): the ones whose page for parents has something to show."""
    services = Service.objects.filter(_public_services()).filter(status=ServiceStatus.ACTIVE)
    municipalities = Municipality.objects.filter(pk__in=services.values("municipalities")).order_by(
        "name"
    )
    if coalition is not None:
        municipalities = municipalities.filter(coalitions=coalition)
    return municipalities


def export_queryset(coalition: Coalition | None = None) -> QuerySet[Service]:
    """Public services with everything the HSDS export needs."""
    services = Service.objects.filter(_public_services())
    if coalition is not None:
        services = services.filter(organization__coalition=coalition)
    return (
        services.select_related("organization")
        .prefetch_related("risk_situations", "municipalities__province", "locations")
        .order_by("organization__name", "name")
    )


def risk_situations_without_care_path(coalition: Coalition) -> list[str]:
    """Keys of the active risk situations for which the coalition has no care path yet
    (read by the interventions helper, see kansrijk.interventions.evidence)."""
    covered = CarePath.objects.filter(coalition=coalition, versions__isnull=False)
    return list(
        RiskSituation.objects.filter(active=True)
        .exclude(pk__in=covered.values("risk_situation_id"))
        .values_list("key", flat=True)
    )
