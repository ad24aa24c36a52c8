"""Seeding the lists of step 4 (idempotent): life domains and factors, grades, phases,
screening instruments and referral outcomes. Never overwrites the national editor's edits."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from django.db import models, transaction

from kansrijk.signalling.models import (
    Domain,
    Factor,
    Phase,
    ReferralOutcome,
    ScreeningInstrument,
    ValidationStatus,
    VulnerabilityGrade,
)
from kansrijk.socialmap.models import RiskSituation
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


def _names(entry: dict[str, Any]) -> dict[str, Any]:
    return {"name": entry["name"]["nl"], "name_en": entry["name"]["en"], "order": entry["order"]}


def _seed_simple(model: type[models.Model], entries: list[dict[str, Any]]) -> int:
    return sum(seed_row(model, e["key"], _names(e)) for e in entries)


def load(*, stdout: TextIO) -> None:
    domains_seed = read_yaml(SEED / "domains.yaml")
    instruments_seed = read_yaml(SEED / "instruments.yaml")
    outcomes_seed = read_yaml(SEED / "home_visit.yaml")["referral_outcomes"]
    changed = 0
    with transaction.atomic():
        changed += _seed_simple(Phase, domains_seed["phases"])
        changed += _seed_simple(ValidationStatus, instruments_seed["validation_statuses"])
        changed += _seed_simple(ReferralOutcome, outcomes_seed)
        for g in domains_seed["grades"]:
            values = {
                **_names(g),
                "description": g["description"]["nl"],
                "description_en": g["description"]["en"],
            }
            changed += seed_row(VulnerabilityGrade, g["key"], values)
        changed += _seed_domains(domains_seed["domains"])
        changed += _seed_instruments(instruments_seed["instruments"])
        changed += _link_risk_situations(domains_seed["domains"])
    stdout.write(
        f"signalling: {changed} list entries created.\n" if changed else "signalling: unchanged.\n"
    )


def _seed_domains(entries: list[dict[str, Any]]) -> int:
    changed = 0
    for d in entries:
        values = {**_names(d), "question": d["question"]["nl"], "question_en": d["question"]["en"]}
        changed += seed_row(Domain, d["key"], values)
        domain = Domain.objects.get(key=d["key"])
        for order, f in enumerate(d["factors"], start=1):
            values = {
                "name": f["nl"],
                "name_en": f["en"],
                "order": order * 10,
                "kind": f["kind"],
                "domain": domain,
            }
            changed += seed_row(Factor, f"{d['key']}.{f['key']}", values)
    return changed


def _seed_instruments(entries: list[dict[str, Any]]) -> int:
    changed = 0
    for i in entries:
        values = {
            **_names(i),
            "description": i["description"]["nl"],
            "description_en": i["description"]["en"],
            "users": i["users"]["nl"],
            "users_en": i["users"]["en"],
            "validation": ValidationStatus.objects.get(key=i["validation"]),
        }
        if seed_row(ScreeningInstrument, i["key"], values):
            instrument = ScreeningInstrument.objects.get(key=i["key"])
            instrument.phases.set(Phase.objects.filter(key__in=i["phases"]))
            instrument.domains.set(Domain.objects.filter(key__in=i["domains"]))
            changed += 1
    return changed


def _link_risk_situations(entries: list[dict[str, Any]]) -> int:
    """The mapping from life domains to the social map's risk situations (care paths).

    Only a domain without any link gets the seeded links, so the editor's choice stays.
    """
    changed = 0
    for d in entries:
        domain = Domain.objects.get(key=d["key"])
        if domain.risk_situations.exists():
            continue
        found = list(RiskSituation.objects.filter(key__in=d.get("risk_situations", [])))
        if found:
            domain.risk_situations.set(found)
            changed += 1
    return changed
