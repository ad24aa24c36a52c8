"""The demo world of step 1: accounts per role and ten coalitions in real municipalities.

People and organisations are fictional ("(fictief)"); the municipalities are real.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, TextIO

from django.db import transaction
from django.utils import timezone

from kansrijk.accounts.models import Membership, RegionalAssignment, User
from kansrijk.coalitions.models import (
    BasicPrinciple,
    Coalition,
    DeclarationOfIntent,
    Partner,
    PartnerType,
    PrincipleAssessment,
    StepStatusEntry,
)
from kansrijk.regions.models import GGDRegion, Municipality

DEMO_PASSWORD = "kansrijk-demo"  # noqa: S105  (demo accounts only, printed by make demo)

ACCOUNTS = [
    # email, name, organisation, national editor
    (
        "beheer@kansrijk.example",
        "Marloes de Vries (fictief)",
        "Landelijk programma (fictief)",
        True,
    ),
    ("regio@kansrijk.example", "Hamid el Amrani (fictief)", "Regio Utrecht (fictief)", False),
    (
        "trekker@kansrijk.example",
        "Sanne Jansen (fictief)",
        "Gemeente Utrecht, beleid (fictief)",
        False,
    ),
    (
        "partner@kansrijk.example",
        "Fatima Bouali (fictief)",
        "Verloskundigenpraktijk De Wieg (fictief)",
        False,
    ),
    (
        "trekker.zwolle@kansrijk.example",
        "Joost Hendriks (fictief)",
        "Gemeente Zwolle, beleid (fictief)",
        False,
    ),
]

COALITIONS: list[dict[str, Any]] = [
    {
        "slug": "utrecht",
        "name": "Kansrijke Start Utrecht",
        "codes": ["GM0344"],
        "tranche": 1,
        "start": date(2019, 3, 1),
        "status": "chain_in_place",
        "lead_name": "Sanne Jansen (fictief)",
        "lead_org": "Gemeente Utrecht (fictief)",
        "description": "Samen zorgen we dat elk kind in Utrecht een goede start krijgt. Verloskundigen, JGZ, "
        "buurtteams en vrijwilligers werken met vaste afspraken over signaleren en doorverwijzen.",
    },
    {
        "slug": "zwolle",
        "name": "Kansrijke Start Zwolle",
        "codes": ["GM0193"],
        "tranche": 1,
        "start": date(2019, 5, 15),
        "status": "active",
        "lead_name": "Joost Hendriks (fictief)",
        "lead_org": "Gemeente Zwolle (fictief)",
        "description": "Zwolle werkt aan een sluitende aanpak rond de eerste 1000 dagen, met veel aandacht voor geldzorgen.",
    },
    {
        "slug": "rotterdam",
        "name": "Kansrijke Start Rotterdam",
        "codes": ["GM0599"],
        "tranche": 1,
        "start": date(2018, 11, 1),
        "status": "chain_in_place",
        "lead_name": "Noor Visser (fictief)",
        "lead_org": "Gemeente Rotterdam (fictief)",
        "description": "Een stevige coalitie met een eigen regionale aanpak.",
    },
    {
        "slug": "groningen",
        "name": "Kansrijke Start Groningen",
        "codes": ["GM0014"],
        "tranche": 2,
        "start": date(2020, 2, 1),
        "status": "active",
        "lead_name": "Pieter Bakker (fictief)",
        "lead_org": "GGD Groningen (fictief)",
        "description": "Stad en ommeland werken samen aan een kansrijke start.",
    },
    {
        "slug": "almere",
        "name": "Kansrijke Start Almere",
        "codes": ["GM0034"],
        "tranche": 2,
        "start": date(2020, 6, 1),
        "status": "active",
        "lead_name": "Esra Yilmaz (fictief)",
        "lead_org": "Gemeente Almere (fictief)",
        "description": "Een jonge stad met veel jonge gezinnen.",
    },
    {
        "slug": "tilburg",
        "name": "Kansrijke Start Tilburg",
        "codes": ["GM0855"],
        "tranche": 3,
        "start": date(2021, 4, 1),
        "status": "forming",
        "lead_name": "Bram van Dijk (fictief)",
        "lead_org": "Gemeente Tilburg (fictief)",
        "description": "De coalitie is in oprichting; de kerngroep is gevormd.",
    },
    {
        "slug": "heerlen",
        "name": "Kansrijke Start Heerlen",
        "codes": ["GM0917"],
        "tranche": 3,
        "start": date(2021, 9, 1),
        "status": "forming",
        "lead_name": "Lotte Smeets (fictief)",
        "lead_org": "Gemeente Heerlen (fictief)",
        "description": "Heerlen bouwt voort op het bestaande netwerk rond armoede.",
    },
    {
        "slug": "sudwest-fryslan",
        "name": "Kansrijke Start Súdwest-Fryslân",
        "codes": ["GM1900"],
        "tranche": 4,
        "start": date(2022, 10, 1),
        "status": "exploring",
        "lead_name": "Wiebe de Boer (fictief)",
        "lead_org": "Gemeente Súdwest-Fryslân (fictief)",
        "description": "Een verkenning met partners in een grote plattelandsgemeente.",
    },
    {
        "slug": "eemsdelta",
        "name": "Kansrijke Start Eemsdelta",
        "codes": ["GM1979"],
        "tranche": None,
        "start": None,
        "status": "exploring",
        "lead_name": "",
        "lead_org": "Gemeente Eemsdelta (fictief)",
        "description": "Eemsdelta verkent met welke partners een coalitie kan starten.",
    },
    {
        "slug": "zuid-holland-zuid",
        "name": "Regionaal samenwerkingsverband Zuid-Holland Zuid",
        "codes": ["GM0505", "GM0642", "GM0590", "GM1978"],
        "tranche": 2,
        "start": date(2020, 1, 15),
        "kind": "regional",
        "status": "active",
        "lead_name": "Inge Mulder (fictief)",
        "lead_org": "Dienst Gezondheid & Jeugd (fictief)",
        "description": "Gemeenten in Zuid-Holland Zuid maken samen regionale afspraken over signaleren en zorgpaden.",
    },
]

# Organisation, partner type, ring and the (fictional) contact person.
UTRECHT_PARTNERS = [
    ("Gemeente Utrecht (fictief)", "gemeente", "core", "Karin van Leeuwen (fictief)"),
    (
        "Verloskundigenpraktijk De Wieg (fictief)",
        "verloskundigen",
        "core",
        "Anouk de Vries (fictief)",
    ),
    ("JGZ Utrecht Stad (fictief)", "jgz", "core", "Sanne Bakker (fictief)"),
    ("Buurtteam Overvecht (fictief)", "wijkteam", "core", "Mehmet Yilmaz (fictief)"),
    ("Kraamzorg Het Nest (fictief)", "kraamzorg", "inner", "Petra Hoekstra (fictief)"),
    (
        "Ziekenhuis Utrecht-Noord, afdeling verloskunde (fictief)",
        "gynaecologen",
        "inner",
        "Jeroen Kuipers (fictief)",
    ),
    ("VSV Utrecht Stad (fictief)", "vsv", "inner", "Linda Mulder (fictief)"),
    ("Huisartsenkring Utrecht (fictief)", "huisartsen", "inner", "Bram de Groot (fictief)"),
    ("Schuldhulp Utrecht (fictief)", "schuldhulp", "inner", "Ilse Jansen (fictief)"),
    ("Home-Start Utrecht (fictief)", "informele-steun", "outer", "Marieke Smit (fictief)"),
    (
        "Ouderpanel Kansrijk Utrecht (fictief)",
        "ervaringsdeskundigen",
        "outer",
        "Nadia el Idrissi (fictief)",
    ),
    ("Welzijn Utrecht (fictief)", "welzijn", "outer", "Ruud Verhoeven (fictief)"),
]
# Contact names of an earlier demo load, replaced by the names above.
PLACEHOLDER_CONTACT = re.compile(r"^Contactpersoon \d+ \(fictief\)$")


def _replace_placeholder_contacts(utrecht: Coalition) -> None:
    contacts = {organisation: contact for organisation, _t, _r, contact in UTRECHT_PARTNERS}
    for partner in utrecht.partners.all():
        if PLACEHOLDER_CONTACT.match(partner.contact_name) and partner.organisation in contacts:
            partner.contact_name = contacts[partner.organisation]
            partner.save(update_fields=["contact_name"])


STEP_STATUS_BY_COALITION_STATUS = {
    "chain_in_place": ["in_place"] * 5 + ["in_progress", "in_progress"],
    "active": [
        "in_place",
        "in_place",
        "in_progress",
        "in_progress",
        "in_progress",
        "not_started",
        "not_started",
    ],
    "forming": ["in_progress", "in_progress"] + ["not_started"] * 5,
    "exploring": ["in_progress"] + ["not_started"] * 6,
}


def _user(email: str, name: str, organisation: str, national: bool) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email,
            DEMO_PASSWORD,
            full_name=name,
            organisation=organisation,
            is_national_editor=national,
        )
    return user


def _coalition(spec: dict[str, Any]) -> Coalition:
    coalition, created = Coalition.objects.get_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "kind": spec.get("kind", "local"),
            "tranche": spec["tranche"],
            "start_date": spec["start"],
            "status": spec["status"],
            "lead_name": spec["lead_name"],
            "lead_organisation": spec["lead_org"],
            "public_description": spec["description"],
            "is_fictional": True,
        },
    )
    if created:
        coalition.municipalities.set(Municipality.objects.filter(code__in=spec["codes"]))
        statuses = STEP_STATUS_BY_COALITION_STATUS[spec["status"]]
        for step, status in enumerate(statuses, start=1):
            StepStatusEntry.objects.create(coalition=coalition, step=step, status=status)
    return coalition


def load(*, stdout: TextIO) -> None:
    with transaction.atomic():
        users = {
            email: _user(email, name, org, national) for email, name, org, national in ACCOUNTS
        }
        coalitions = {spec["slug"]: _coalition(spec) for spec in COALITIONS}
        RegionalAssignment.objects.get_or_create(
            user=users["regio@kansrijk.example"], ggd_region=GGDRegion.objects.get(code="GG2514")
        )
        Membership.objects.get_or_create(
            user=users["trekker@kansrijk.example"],
            coalition=coalitions["utrecht"],
            defaults={"role": "lead"},
        )
        Membership.objects.get_or_create(
            user=users["partner@kansrijk.example"],
            coalition=coalitions["utrecht"],
            defaults={"role": "partner"},
        )
        Membership.objects.get_or_create(
            user=users["trekker.zwolle@kansrijk.example"],
            coalition=coalitions["zwolle"],
            defaults={"role": "lead"},
        )
        utrecht = coalitions["utrecht"]
        if not utrecht.partners.exists():
            types = {t.key: t for t in PartnerType.objects.all()}
            for i, (organisation, type_key, ring, contact) in enumerate(UTRECHT_PARTNERS):
                Partner.objects.create(
                    coalition=utrecht,
                    organisation=organisation,
                    partner_type=types[type_key],
                    ring=ring,
                    contact_name=contact,
                    joined_on=date(2019, 3, 1) + timedelta(days=40 * i),
                )
            DeclarationOfIntent.objects.create(
                coalition=utrecht,
                signed_on=date(2019, 6, 20),
                signing_organisations="\n".join(
                    o for o, _t, ring, _c in UTRECHT_PARTNERS if ring == "core"
                ),
            )
            statuses = ["met", "met", "partly", "met", "partly"]
            for principle, status in zip(
                BasicPrinciple.objects.filter(scope="local").order_by("order"),
                statuses,
                strict=False,
            ):
                PrincipleAssessment.objects.create(
                    coalition=utrecht,
                    principle=principle,
                    status=status,
                    evidence="Besproken in de kerngroep van "
                    + timezone.now().strftime("%B %Y")
                    + " (fictief).",
                )
        _replace_placeholder_contacts(utrecht)
    stdout.write(f"coalitions: demo world ready ({Coalition.objects.count()} coalitions).\n")
    stdout.write("\nDemo log-ins (password for all: kansrijk-demo):\n")
    for email, name, _org, _national in ACCOUNTS:
        stdout.write(f"  {email:36} {name}\n")
