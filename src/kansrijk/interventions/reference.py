"""Load the programme's lists and the menu from seed/ (idempotent; says what changed)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TextIO

from django.apps import apps
from django.db import models, transaction

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

LIST_MODELS: dict[str, type[models.Model]] = {
    "phases": Phase,
    "recognition_levels": RecognitionLevel,
    "zvw_statuses": ZvwStatus,
    "forms": DeliveryForm,
    "funding_sources": FundingSource,
    "spuk_purposes": SpukPurpose,
}
LIST_FIELDS = ("name_nl", "name_en", "order", "points", "recognised", "is_spuk")


def _upsert(model: type[models.Model], lookup: dict[str, Any], values: dict[str, Any]) -> bool:
    """Create or update one row; True when something changed."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        model._default_manager.create(**lookup, **values)
        return True
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
    return changed


def _list_values(row: dict[str, Any]) -> dict[str, Any]:
    values = {name: row[name] for name in LIST_FIELDS if name in row}
    if "points" in values:
        values["points"] = Decimal(str(values["points"]))
    return values


def _risk_situation_names() -> list[dict[str, Any]]:
    """Names of risk situations: socialmap's when installed, else our own seed."""
    rows = seeds.load_risk_situations()
    if apps.is_installed("kansrijk.socialmap"):
        model = apps.get_model("socialmap", "RiskSituation")
        names = {obj.key: obj.name for obj in model._default_manager.all()}
        for row in rows:
            if row["key"] in names:
                row["name_nl"] = names[row["key"]]
    return rows


def _set_m2m(obj: Intervention, name: str, model: type[models.Model], keys: list[str]) -> bool:
    wanted = list(model._default_manager.filter(key__in=keys))
    missing = set(keys) - {getattr(item, "key") for item in wanted}  # noqa: B009
    if missing:
        raise ValueError(f"{obj.key}: unknown {name} {sorted(missing)}")
    manager = getattr(obj, name)
    current = set(manager.values_list("key", flat=True))
    if current == set(keys):
        return False
    manager.set(wanted)
    return True


@transaction.atomic
def load(*, stdout: TextIO) -> None:
    lists = seeds.load_lists()
    menukaart = seeds.load_menukaart()
    risk_rows = _risk_situation_names()
    found = seeds.problems(lists, menukaart, {row["key"] for row in risk_rows})
    if found:
        raise ValueError("; ".join(found))

    changed = 0
    for list_name, model in LIST_MODELS.items():
        for row in lists[list_name]:
            changed += _upsert(model, {"key": row["key"]}, _list_values(row))
    for row in risk_rows:
        changed += _upsert(RiskSituation, {"key": row["key"]}, _list_values(row))
    for row in lists["national_budgets"]:
        changed += _upsert(
            NationalBudget,
            {"kind": row["kind"], "year": row["year"]},
            {
                "name_nl": row["name_nl"],
                "name_en": row["name_en"],
                "amount_eur": Decimal(str(row["amount_eur"])),
                "recurring": bool(row["recurring"]),
                "source": row["source"],
            },
        )

    from kansrijk.coalitions.models import PartnerType

    for entry in menukaart:
        values = {
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
        if not Intervention.objects.filter(key=entry["key"]).exists():
            Intervention.objects.create(key=entry["key"], **values)
            changed += 1
        else:
            # The editor may have improved an entry: the seed only fills new entries.
            pass
        obj = Intervention.objects.get(key=entry["key"])
        if obj.phases.exists():
            continue
        _set_m2m(obj, "phases", Phase, entry["phases"])
        _set_m2m(obj, "risk_situations", RiskSituation, entry["risk_situations"])
        _set_m2m(obj, "forms", DeliveryForm, entry["forms"])
        _set_m2m(obj, "funding_routes", FundingSource, entry["funding_routes"])
        known_types = list(PartnerType.objects.filter(key__in=entry["delivered_by"]))
        obj.delivered_by.set(known_types)
    stdout.write(
        f"interventions: {changed} rows created or changed\n"
        if changed
        else "interventions: unchanged\n"
    )
