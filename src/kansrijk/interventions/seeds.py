"""Read and check the app's seed YAML (pure Python, no Django)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SEED_DIR = Path(__file__).resolve().parent / "seed"
REQUIRED_FIELDS = (
    "key",
    "name",
    "summary_nl",
    "summary_en",
    "phases",
    "target_group_nl",
    "risk_situations",
    "delivered_by",
    "forms",
    "recognition_level",
    "zvw_status",
    "funding_routes",
    "source_url",
    "source_documents",
)
LIST_NAMES = (
    "phases",
    "recognition_levels",
    "zvw_statuses",
    "forms",
    "funding_sources",
    "spuk_purposes",
    "national_budgets",
)


def _read(name: str) -> dict[str, Any]:
    with (SEED_DIR / name).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping at the top")
    return data


def load_lists() -> dict[str, list[dict[str, Any]]]:
    data = _read("lists.yaml")
    return {name: list(data[name]) for name in LIST_NAMES}


def load_menukaart() -> list[dict[str, Any]]:
    return list(_read("menukaart.yaml")["interventions"])


def load_risk_situations() -> list[dict[str, Any]]:
    return list(_read("risk_situations.yaml")["risk_situations"])


def problems(
    lists: dict[str, list[dict[str, Any]]],
    menukaart: list[dict[str, Any]],
    risk_keys: set[str],
) -> list[str]:
    """Everything wrong with the seed, in words; an empty list when it is sound."""
    found: list[str] = []
    keys_of = {name: {item.get("key") for item in lists[name]} for name in LIST_NAMES}
    seen: set[str] = set()
    for entry in menukaart:
        key = str(entry.get("key", "?"))
        for name in REQUIRED_FIELDS:
            if entry.get(name) in (None, "", []):
                found.append(f"{key}: {name} is missing")
        if key in seen:
            found.append(f"{key}: key used twice")
        seen.add(key)
        checks = (
            ("phases", entry.get("phases") or [], keys_of["phases"]),
            ("forms", entry.get("forms") or [], keys_of["forms"]),
            ("funding_routes", entry.get("funding_routes") or [], keys_of["funding_sources"]),
            ("risk_situations", entry.get("risk_situations") or [], risk_keys),
            ("recognition_level", [entry.get("recognition_level")], keys_of["recognition_levels"]),
            ("zvw_status", [entry.get("zvw_status")], keys_of["zvw_statuses"]),
        )
        for field_name, values, allowed in checks:
            for value in values:
                if value not in allowed:
                    found.append(f"{key}: unknown {field_name} {value!r}")
    for name in ("recognition_levels", "zvw_statuses", "funding_sources"):
        for item in lists[name]:
            if not 0 <= float(item["points"]) <= 1:
                found.append(f"{name} {item['key']}: points outside 0..1")
    return found
