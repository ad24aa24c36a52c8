"""Seeding the programme's lists of step 3 (idempotent): risk situations, standard contact
moments, search synonyms. Existing rows are left as the national editor made them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from django.db import transaction
from django.utils.text import slugify

from kansrijk.socialmap.models import ContactMoment, RiskSituation, SynonymGroup
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


def _bilingual(row: dict[str, Any], *names: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in names:
        text = row.get(name) or {}
        values[name] = text.get("nl", "")
        values[f"{name}_en"] = text.get("en", "")
    return values


def load(*, stdout: TextIO) -> None:
    risks = read_yaml(SEED / "risk_situations.yaml")["risk_situations"]
    moments = read_yaml(SEED / "contact_moments.yaml")["contact_moments"]
    synonyms = read_yaml(SEED / "synonyms.yaml")["groups"]
    changed = 0
    with transaction.atomic():
        for row in risks:
            values = {"order": row["order"], **_bilingual(row, "name", "description")}
            changed += seed_row(RiskSituation, row["key"], values)
        for order, row in enumerate(moments, start=1):
            values = {
                "order": order,
                "phase": row["phase"],
                "month": row["month"],
                **_bilingual(row, "name", "description", "by"),
            }
            changed += seed_row(ContactMoment, row["key"], values)
        for group in synonyms:
            terms = [str(term) for term in group]
            changed += seed_row(SynonymGroup, slugify(terms[0])[:80], {"terms": "\n".join(terms)})
    stdout.write(
        f"socialmap: {changed} list entries created.\n" if changed else "socialmap: unchanged.\n"
    )
