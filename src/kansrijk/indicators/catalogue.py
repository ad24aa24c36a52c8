"""Reading the catalogue YAML and the CBS key-figure files (pure: files in, data out).

``reference.py`` turns what this module returns into database rows; keeping the parsing
here lets the seed content be tested without Django.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kansrijk.indicators.synthetic import MunicipalityBase, SyntheticSpec

SEED_DIR = Path(__file__).resolve().parent / "seed"
UNITS = ("percentage", "per_1000", "count", "score")
POLARITIES = ("higher_is_better", "higher_is_worse", "no_judgement")
PHASES = ("before", "during", "after", "context")
REQUIRED = ("code", "group", "order", "name_nl", "name_en", "definition", "unit", "polarity")


@dataclass(frozen=True)
class GroupSpec:
    code: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    group: str
    order: int
    name_nl: str
    name_en: str
    definition: str
    numerator: str
    denominator: str
    unit: str
    polarity: str
    phase: str
    source: str
    licence: str
    synthetic: bool
    generator: SyntheticSpec | None = None


@dataclass(frozen=True)
class Catalogue:
    groups: list[GroupSpec]
    indicators: list[IndicatorSpec]

    def get(self, code: str) -> IndicatorSpec:
        return next(i for i in self.indicators if i.code == code)


def _indicator(raw: Mapping[str, Any]) -> IndicatorSpec:
    missing = [key for key in REQUIRED if key not in raw]
    if missing:
        raise ValueError(f"indicator {raw.get('code', '?')}: missing {', '.join(missing)}")
    for key, allowed in (("unit", UNITS), ("polarity", POLARITIES), ("phase", PHASES)):
        if raw.get(key, "context") not in allowed:
            raise ValueError(f"indicator {raw['code']}: {key} must be one of {allowed}")
    generator = None
    if raw.get("synthetic"):
        if "national_level" not in raw:
            raise ValueError(f"synthetic indicator {raw['code']} needs a national_level")
        union = raw.get("synthetic_union_of")
        generator = SyntheticSpec(
            code=raw["code"],
            unit=raw["unit"],
            national_level=float(raw["national_level"]),
            between_area_sd=float(raw.get("between_area_sd", 0.1)),
            deprivation_effect=float(raw.get("deprivation_effect", 0.0)),
            yearly_change=float(raw.get("yearly_change", 0.0)),
            union_of=(union[0], union[1]) if union else None,
            overlap=float(raw.get("synthetic_overlap", 0.0)),
        )
    return IndicatorSpec(
        code=raw["code"],
        group=raw["group"],
        order=int(raw["order"]),
        name_nl=raw["name_nl"],
        name_en=raw["name_en"],
        definition=" ".join(str(raw["definition"]).split()),
        numerator=raw.get("numerator", "") or "",
        denominator=raw.get("denominator", "") or "",
        unit=raw["unit"],
        polarity=raw["polarity"],
        phase=raw.get("phase", "context"),
        source=raw.get("source", ""),
        licence=raw.get("licence", ""),
        synthetic=bool(raw.get("synthetic", False)),
        generator=generator,
    )


def load_catalogue(path: Path = SEED_DIR / "indicators.yaml") -> Catalogue:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = [GroupSpec(g["code"], g["name_nl"], g["name_en"]) for g in raw["groups"]]
    indicators = [_indicator(item) for item in raw["indicators"]]
    codes = [i.code for i in indicators]
    if len(set(codes)) != len(codes):
        raise ValueError("indicator codes must be unique")
    group_codes = {g.code for g in groups}
    for indicator in indicators:
        if indicator.group not in group_codes:
            raise ValueError(f"indicator {indicator.code}: unknown group {indicator.group}")
    return Catalogue(groups, indicators)


# --- CBS Kerncijfers wijken en buurten ----------------------------------------------------


@dataclass(frozen=True)
class RealValue:
    """One published CBS figure (or a combination of them, then ``note`` says how)."""

    indicator: str
    area: str
    period: str
    value: float
    denominator: int | None
    weight: float
    note: str = ""


@dataclass(frozen=True)
class Merger:
    old_code: str
    old_name: str
    successor: str
    successor_name: str


@dataclass
class KwbResult:
    values: list[RealValue] = field(default_factory=list)
    former: dict[str, Merger] = field(default_factory=dict)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_mergers(path: Path) -> dict[str, Merger]:
    """Abolished municipality code -> its main successor (``hoofdopvolger``)."""
    return {
        row["oude_gemeentecode"]: Merger(
            row["oude_gemeentecode"],
            row["oude_gemeentenaam"],
            row["gemeentecode_2024"],
            row["gemeentenaam_2024"],
        )
        for row in read_csv(path)
        if row["hoofdopvolger"] == "ja"
    }


def kwb_values(
    mapping: Mapping[str, Any],
    files: Mapping[str, list[dict[str, str]]],
    mergers: Mapping[str, Merger],
) -> KwbResult:
    """Values per indicator, municipality and period from the KWB files.

    A row of a municipality that no longer exists stays under its own (former) code; it is
    never added to its successor's series. Only when a successor has no row of its own in
    a period (it did not exist yet, e.g. Voorne aan Zee in 2022) is a value combined from
    its predecessors, weighted by the mapping's weight column, and it says so in ``note``.
    """
    result = KwbResult()
    for spec in mapping["files"]:
        rows = files[spec["file"]]
        period = str(spec["period"])
        present = {row["gemeentecode"] for row in rows}
        parts: dict[tuple[str, str], list[RealValue]] = defaultdict(list)
        for row in rows:
            code = row["gemeentecode"]
            merger = mergers.get(code)
            if merger is not None:
                result.former[code] = merger
            for column in mapping["columns"]:
                raw = row.get(column["column"], "")
                if raw in ("", None):
                    continue
                denominator_raw = row.get(column.get("denominator", ""), "") or ""
                weight_raw = row.get(column["weight"], "") or "0"
                value = RealValue(
                    indicator=column["indicator"],
                    area=code,
                    period=period,
                    value=float(raw),
                    denominator=int(float(denominator_raw)) if denominator_raw else None,
                    weight=float(weight_raw),
                )
                result.values.append(value)
                if merger is not None and merger.successor not in present:
                    parts[(merger.successor, column["indicator"])].append(value)
        for (successor, indicator), members in sorted(parts.items()):
            result.values.append(_combine(successor, indicator, period, members, mergers))
    return result


def _combine(
    successor: str,
    indicator: str,
    period: str,
    members: Iterable[RealValue],
    mergers: Mapping[str, Merger],
) -> RealValue:
    members = list(members)
    total_weight = sum(m.weight for m in members)
    value = sum(m.value * m.weight for m in members) / total_weight if total_weight else 0.0
    denominators = [m.denominator for m in members]
    denominator = (
        sum(d for d in denominators if d is not None) if None not in denominators else None
    )
    names = ", ".join(sorted(mergers[m.area].old_name for m in members))
    return RealValue(
        indicator=indicator,
        area=successor,
        period=period,
        value=round(value, 1),
        denominator=denominator,
        weight=total_weight,
        note=f"Berekend uit de voormalige gemeenten {names} (gewogen gemiddelde).",
    )


def municipality_bases(rows: Iterable[dict[str, str]]) -> list[MunicipalityBase]:
    """Inputs of the synthetic generator per 2024 municipality, from KWB 2022 rows.

    Former municipalities are added to their 2024 successor here on purpose: the
    synthetic series are generated on the municipal division of 2024 (documented).
    """
    inhabitants: dict[str, float] = defaultdict(float)
    births: dict[str, float] = defaultdict(float)
    households: dict[str, float] = defaultdict(float)
    poor: dict[str, float] = defaultdict(float)
    for row in rows:
        code = row["gemeentecode_2024"]
        people = float(row["aantal_inwoners"])
        homes = float(row["huishoudens_totaal"] or 0)
        inhabitants[code] += people
        births[code] += people * float(row["geboorte_per_1000_inwoners"]) / 1000
        households[code] += homes
        poor[code] += homes * float(row["pct_huishoudens_onder_of_rond_sociaal_minimum"])
    return [
        MunicipalityBase(
            code=code,
            inhabitants=int(inhabitants[code]),
            births_per_1000=1000 * births[code] / inhabitants[code],
            deprivation=poor[code] / (households[code] or 1.0),
        )
        for code in sorted(inhabitants)
    ]


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_kwb_mapping(path: Path = SEED_DIR / "cbs_kwb.yaml") -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded
