"""Seed the programme's lists and the menu from seed/ (idempotent).

Like the other apps, a row that exists is left alone: once seeded, the lists and the menu
belong to the national editor, and a second run must not undo their edits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TextIO

from django.apps import apps
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

# A variable, not a literal: the socialmap app may be absent when this is type-checked.
SOCIALMAP_RISK_SITUATION: str = "socialmap.RiskSituation"
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
    for flag in ("recognised", "is_spuk"):
        if flag in row:
            values[flag] = bool(row[flag])
    return values


def risk_situation_rows() -> list[dict[str, Any]]:
    """Our seed of risk situations, with socialmap's Dutch names when that app is there."""
    rows = seeds.load_risk_situations()
    if apps.is_installed("kansrijk.socialmap"):
        model = apps.get_model(SOCIALMAP_RISK_SITUATION)
        names = {obj.key: obj.name for obj in model._default_manager.all()}
        for row in rows:
            row["name_nl"] = names.get(row["key"], row["name_nl"])
    return rows


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
    risk_rows = risk_situation_rows()
    found = seeds.problems(lists, menukaart, {row["key"] for row in risk_rows})
    if found:
        raise ValueError("interventions seed: " + "; ".join(found))
    changed = 0
    with transaction.atomic():
        for list_name, model in LIST_MODELS.items():
            for row in lists[list_name]:
                changed += seed_row(model, row["key"], _list_values(row))
        for row in risk_rows:
            changed += seed_row(RiskSituation, row["key"], _list_values(row))
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
