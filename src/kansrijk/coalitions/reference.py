"""Seeding the programme's lists of step 1 (idempotent): partner domains and types, principles."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from django.db import transaction

from kansrijk.coalitions.models import BasicPrinciple, PartnerDomain, PartnerType
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


def load(*, stdout: TextIO) -> None:
    partners = read_yaml(SEED / "partners.yaml")
    principles = read_yaml(SEED / "principles.yaml")
    changed = 0
    with transaction.atomic():
        for d in partners["domains"]:
            changed += seed_row(PartnerDomain, d["key"], {k: v for k, v in d.items() if k != "key"})
        domains = {d.key: d for d in PartnerDomain.objects.all()}
        for t in partners["types"]:
            values = {k: v for k, v in t.items() if k not in {"key", "domain"}}
            values["domain_id"] = domains[t["domain"]].pk
            changed += seed_row(PartnerType, t["key"], values)
        for p in principles["principles"]:
            changed += seed_row(
                BasicPrinciple, p["key"], {k: v for k, v in p.items() if k != "key"}
            )
    stdout.write(
        f"coalitions: {changed} list entries created or updated.\n"
        if changed
        else "coalitions: unchanged.\n"
    )
