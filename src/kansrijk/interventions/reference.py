"""Seed the programme's lists and the menu from seed/ (idempotent).

Like the other apps, a row that exists is left alone: once seeded, the lists and the menu
belong to the national editor, and a second run must not undo their edits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TextIO

from django.db import models, transaction

from kansrijk.coalitions.models import PartnerType
from kansrijk.interventions import seeds
from kansrijk.interventions.models import (
    DeliveryForm,
    FundingSource,
    Intervention,
    NationalBudget,
    Phase,
    RecognitionLevel,
    RiskSituation,
    SpukPurpose,
    ZvwStatus,
)
from kansrijk.ui.seeding import seed_row

LIST_MODELS: dict[str, type[models.Model]] = {
    "phases": Phase,
    "recognition_levels": RecognitionLevel,
    "zvw_statuses": ZvwStatus,
    "forms": DeliveryForm,
    "funding_sources": FundingSource,
    "spuk_purposes": SpukPurpose,
}


def _list_values(row: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {"name": row["name_nl"], "name_en": row["name_en"]}
    values["order"] = row.get("order", 0)
    if "points" in row:
        values["points"] = Decimal(str(row["points"]))
    for flag in ("recognised", "is_spuk", "is_zvw"):
        if flag in row:
            values[flag] = bool(row[flag])
    return values


def _intervention_values(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": entry["name"],
        "summary_nl": entry["summary_nl"],
        "summary_en": entry["summary_en"],
        "target_group_nl": entry["target_group_nl"],
        "target_group_en": entry.get("target_group_en", ""),
        "intensity_nl": entry.get("intensity_nl", "onbekend"),
        "intensity_en": entry.get("intensity_en", "unknown"),
        "duration_nl": entry.get("duration_nl", "onbekend"),
        "duration_en": entry.get("duration_en", "unknown"),
        "recognition_level": RecognitionLevel.objects.get(key=entry["recognition_level"]),
        "zvw_status": ZvwStatus.objects.get(key=entry["zvw_status"]),
        "zvw_note": entry.get("zvw_note_nl", ""),
        "source_url": entry["source_url"],
        "source_documents": entry["source_documents"],
    }


def _seed_intervention(entry: dict[str, Any]) -> bool:
    if not seed_row(Intervention, entry["key"], _intervention_values(entry)):
        return False
    intervention = Intervention.objects.get(key=entry["key"])
    intervention.phases.set(Phase.objects.filter(key__in=entry["phases"]))
    intervention.risk_situations.set(RiskSituation.objects.filter(key__in=entry["risk_situations"]))
    intervention.forms.set(DeliveryForm.objects.filter(key__in=entry["forms"]))
    intervention.funding_routes.set(FundingSource.objects.filter(key__in=entry["funding_routes"]))
    intervention.delivered_by.set(PartnerType.objects.filter(key__in=entry["delivered_by"]))
    return True


def load(*, stdout: TextIO) -> None:
    lists = seeds.load_lists()
    menukaart = seeds.load_menukaart()
    # Risk situations belong to the social map app, which loads its list before this one.
    risk_keys = set(RiskSituation.objects.values_list("key", flat=True))
    found = seeds.problems(lists, menukaart, risk_keys)
    if found:
        raise ValueError("interventions seed: " + "; ".join(found))
    changed = 0
    with transaction.atomic():
        for list_name, model in LIST_MODELS.items():
            for row in lists[list_name]:
                changed += seed_row(model, row["key"], _list_values(row))
        for row in lists["national_budgets"]:
            if not NationalBudget.objects.filter(kind=row["kind"], year=row["year"]).exists():
                NationalBudget.objects.create(
                    kind=row["kind"],
                    year=row["year"],
                    name=row["name_nl"],
                    name_en=row["name_en"],
                    amount_eur=Decimal(str(row["amount_eur"])),
                    recurring=bool(row["recurring"]),
                    source=row["source"],
                )
                changed += 1
        for entry in menukaart:
            changed += _seed_intervention(entry)
    stdout.write(
        f"interventions: {changed} list entries and menu items created.\n"
        if changed
        else "interventions: unchanged.\n"
    )
