"""Demo content of step 3: a filled social map and care paths for every demo coalition.

Organisations, services and people are fictional ("(fictief)"), see seed/demo_socialmap.yaml.
Idempotent: a second run updates the same rows and adds no care path versions.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from django.db import transaction
from django.utils import timezone

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import (
    Approval,
    CarePath,
    CarePathVersion,
    Contact,
    Location,
    Organization,
    RiskSituation,
    Service,
)
from kansrijk.socialmap.quality import months_before
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.services.indexing import index_rebuild
from kansrijk.ui.seeding import read_yaml

SEED = Path(__file__).parent / "seed" / "demo_socialmap.yaml"

# First digits of a plausible postal code per demo coalition.
POSTAL_PREFIX = {
    "utrecht": "3511",
    "zwolle": "8011",
    "rotterdam": "3011",
    "groningen": "9711",
    "almere": "1315",
    "tilburg": "5038",
    "heerlen": "6411",
    "sudwest-fryslan": "8601",
    "eemsdelta": "9934",
    "zuid-holland-zuid": "3311",
}
MAINTAINERS = {("utrecht", "midwives"): "partner@kansrijk.example"}
# Area code of the demo coalition's main town: every organisation gets its own fictional
# number there (subscriber numbers starting with 7), marked "(fictief)".
AREA_CODE = {
    "utrecht": "030",
    "zwolle": "038",
    "rotterdam": "010",
    "groningen": "050",
    "almere": "036",
    "tilburg": "013",
    "heerlen": "045",
    "sudwest-fryslan": "0515",
    "eemsdelta": "0596",
    "zuid-holland-zuid": "078",
}


def fictional_phone(slug: str, number: int, key: str) -> str:
    """A plausible, distinct number per coalition and organisation, e.g. ``030 703 41 27``."""
    area = AREA_CODE.get(slug, "088")
    tail = zlib.crc32(f"{slug}:{key}".encode()) % 10_000
    if len(area) == 4:  # six subscriber digits
        return f"{area} 7{number:02d} {tail % 1000:03d} (fictief)"
    return f"{area} 7{number:02d} {tail // 100:02d} {tail % 100:02d} (fictief)"


def _place(coalition: Coalition) -> str:
    municipalities = list(coalition.municipalities.all())
    if len(municipalities) == 1:
        return municipalities[0].name
    return coalition.name.replace("Regionaal samenwerkingsverband ", "")


def _fill(text: str, coalition: Coalition, place: str) -> str:
    return text.replace("{place}", place).replace("{slug}", coalition.slug)


def _organization(
    coalition: Coalition, spec: dict[str, Any], place: str, number: int
) -> Organization:
    phone = fictional_phone(coalition.slug, number, spec["key"]) if spec.get("phone") else ""
    organization, _created = Organization.objects.update_or_create(
        coalition=coalition,
        name=_fill(spec["name"], coalition, place),
        defaults={
            "description": spec.get("description", ""),
            "email": _fill(spec.get("email", ""), coalition, place),
            "website": _fill(spec.get("website", ""), coalition, place),
            "phone": phone,
            "is_fictional": True,
        },
    )
    lead_email = MAINTAINERS.get((coalition.slug, spec["key"]))
    if lead_email:
        organization.maintainers.add(*User.objects.filter(email=lead_email))
    return organization


def _service(
    organization: Organization, org_spec: dict[str, Any], spec: dict[str, Any], place: str
) -> Service:
    coalition = organization.coalition
    today = timezone.localdate()
    seed = zlib.crc32(f"{coalition.slug}:{spec['key']}".encode())
    months = spec.get("verified_months_ago")
    assured = months_before(today, months) if months else today - timedelta(days=seed % 200)
    service, _created = Service.objects.update_or_create(
        organization=organization,
        name=spec["name"],
        defaults={
            "description": spec["description"],
            "domain": spec["domain"],
            "status": "active",
            "approval": Approval.APPROVED,
            "access": spec.get("access", "both"),
            "target_group": spec.get("target_group", ""),
            "eligibility": spec.get("eligibility", ""),
            "costs": spec.get("costs", ""),
            "languages": ",".join(spec.get("languages", ["nl"])),
            "email": organization.email,
            "phone": organization.phone,
            "url": organization.website,
            "assured_date": assured,
        },
    )
    service.set_phases(spec.get("phases", []))
    service.save(update_fields=["phases"])
    service.municipalities.set(coalition.municipalities.all())
    service.risk_situations.set(RiskSituation.objects.filter(key__in=spec.get("risks", [])))
    address = org_spec.get("address")
    if address:
        postal = address["postal_code"].replace("1000", POSTAL_PREFIX.get(coalition.slug, "1000"))
        location, _ = Location.objects.update_or_create(
            organization=organization,
            name=organization.name,
            defaults={"street": address["street"], "postal_code": postal, "city": place},
        )
        service.locations.set([location])
    if spec.get("contact_person"):
        name, _sep, title = spec["contact_person"].partition(", ")
        Contact.objects.update_or_create(
            service=service, name=name, defaults={"title": title, "phone": organization.phone}
        )
    return service


def _history_dates(coalition: Coalition, seed: int) -> list[date]:
    """When the demo care path's versions were agreed: the first some months after the
    coalition started, a revision about halfway, the latest within the past year."""
    today = timezone.localdate()
    start = coalition.start_date or today - timedelta(days=400)
    span = (today - start).days
    latest = today - timedelta(days=20 + seed % 200)
    if span < 2 * 365:
        return [start + timedelta(days=max(30, span // 4)), latest]
    first = start + timedelta(days=120 + seed % 90)
    middle = start + timedelta(days=span // 2 + seed % 60)
    return [first, middle, latest]


def _versions(spec: dict[str, Any], steps: list[StepData], owner: str) -> list[CarePathData]:
    """The demo care path as it grew: a first version with the first steps and no handover
    agreements, a revision that added the warm handover, the current text."""
    agreements = spec.get("agreements", {})
    current = CarePathData(
        signallers=spec["signallers"],
        instruments=spec.get("instrument", ""),
        contacts=spec.get("contacts", ""),
        owner=owner,
        steps=steps,
        visibility=spec.get("visibility", "public"),
        warm_handover=agreements.get("warm_handover", False),
        feedback_to_referrer=agreements.get("feedback_to_referrer", False),
        case_meeting=agreements.get("case_meeting", False),
        agreements=agreements.get("text", ""),
        change_note="Jaarlijkse herziening: contactpersonen en instrument bijgewerkt (demo)",
    )
    first = replace(
        current,
        steps=steps[: max(1, len(steps) - 1)],
        instruments="",
        warm_handover=False,
        feedback_to_referrer=False,
        case_meeting=False,
        agreements="",
        change_note="Eerste versie, vastgesteld in de kerngroep (demo)",
    )
    revision = replace(
        current,
        instruments="",
        case_meeting=False,
        change_note="Warme overdracht en terugkoppeling afgesproken na de evaluatie (demo)",
    )
    return [first, revision, current]


def _care_paths(
    coalition: Coalition, paths: list[dict[str, Any]], by_key: dict[str, Service]
) -> int:
    """Care paths with a history: versions are appended (ADR 0007) and dated in the past;
    a care path the demo made before is left as it is."""
    created = 0
    for spec in paths:
        risk = RiskSituation.objects.filter(key=spec["risk"]).first()
        if (
            risk is None
            or CarePath.objects.filter(coalition=coalition, risk_situation=risk).exists()
        ):
            continue
        steps = [
            StepData(
                text=step["text"],
                services=[by_key[key] for key in step.get("services", []) if key in by_key],
            )
            for step in spec["steps"]
        ]
        seed = zlib.crc32(f"{coalition.slug}:{spec['risk']}".encode())
        dates = _history_dates(coalition, seed)
        owner = f"Werkgroep zorgpaden {coalition.name} (fictief)"
        versions = _versions(spec, steps, owner)[-len(dates) :]
        for agreed_on, data in zip(dates, versions, strict=True):
            dated = replace(data, next_review=agreed_on + timedelta(days=365))
            version = care_path_save(coalition=coalition, risk_situation=risk, data=dated)
            moment = timezone.make_aware(datetime.combine(agreed_on, time(10, 0)))
            CarePathVersion.objects.filter(pk=version.pk).update(created_at=moment)
        created += 1
    return created


def load(*, stdout: TextIO) -> None:
    content = read_yaml(SEED)
    services = 0
    paths = 0
    with transaction.atomic():
        for coalition in Coalition.objects.prefetch_related("municipalities"):
            place = _place(coalition)
            by_key: dict[str, Service] = {}
            specs = content["organisations"] + content.get("extra", {}).get(coalition.slug, [])
            for number, org_spec in enumerate(specs, start=1):
                organization = _organization(coalition, org_spec, place, number)
                for spec in org_spec["services"]:
                    by_key[spec["key"]] = _service(organization, org_spec, spec, place)
            services += len(by_key)
            paths += _care_paths(coalition, content["care_paths"], by_key)
        index_rebuild(
            services=Service.objects.select_related("organization"),
            care_paths=CarePath.objects.select_related("risk_situation", "coalition"),
        )
    stdout.write(f"socialmap: {services} demo services, {paths} new care paths.\n")
