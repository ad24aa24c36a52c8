"""Demo content of step 3: a filled social map and care paths for every demo coalition.

Organisations, services and people are fictional ("(fictief)"), see seed/demo_socialmap.yaml.
Idempotent: a second run updates the same rows and adds no care path versions.
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from django.db import transaction
from django.utils import timezone

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.models import (
    Approval,
    CarePath,
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


def _place(coalition: Coalition) -> str:
    municipalities = list(coalition.municipalities.all())
    if len(municipalities) == 1:
        return municipalities[0].name
    return coalition.name.replace("Regionaal samenwerkingsverband ", "")


def _fill(text: str, coalition: Coalition, place: str) -> str:
    return text.replace("{place}", place).replace("{slug}", coalition.slug)


def _organization(coalition: Coalition, spec: dict[str, Any], place: str) -> Organization:
    organization, _created = Organization.objects.update_or_create(
        coalition=coalition,
        name=_fill(spec["name"], coalition, place),
        defaults={
            "description": spec.get("description", ""),
            "email": _fill(spec.get("email", ""), coalition, place),
            "website": _fill(spec.get("website", ""), coalition, place),
            "phone": spec.get("phone", ""),
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


def _care_paths(
    coalition: Coalition, paths: list[dict[str, Any]], by_key: dict[str, Service]
) -> int:
    created = 0
    review = timezone.localdate() + timedelta(days=180)
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
        agreements = spec.get("agreements", {})
        data = CarePathData(
            signallers=spec["signallers"],
            instruments=spec.get("instrument", ""),
            contacts=spec.get("contacts", ""),
            owner=f"Werkgroep zorgpaden {coalition.name} (fictief)",
            steps=steps,
            visibility=spec.get("visibility", "public"),
            warm_handover=agreements.get("warm_handover", False),
            feedback_to_referrer=agreements.get("feedback_to_referrer", False),
            case_meeting=agreements.get("case_meeting", False),
            agreements=agreements.get("text", ""),
            next_review=review,
            change_note="Eerste versie (demo)",
        )
        care_path_save(coalition=coalition, risk_situation=risk, data=data)
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
            for org_spec in specs:
                organization = _organization(coalition, org_spec, place)
                for spec in org_spec["services"]:
                    by_key[spec["key"]] = _service(organization, org_spec, spec, place)
            services += len(by_key)
            paths += _care_paths(coalition, content["care_paths"], by_key)
        index_rebuild(
            services=Service.objects.select_related("organization"),
            care_paths=CarePath.objects.select_related("risk_situation", "coalition"),
        )
    stdout.write(f"socialmap: {services} demo services, {paths} new care paths.\n")
