"""CBS key figures a peer match needs: population and urbanity per municipality.

Read from the shipped CBS file (``data/kwb_2024_gemeenten.csv``). A regional coalition
counts the population of all its municipalities and takes the urbanity of the largest.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class KeyFigures:
    population: int
    urbanity: int | None


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@cache
def _read(path: Path) -> dict[str, KeyFigures]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = {}
    for row in rows:
        population = _int(row.get("aantal_inwoners", ""))
        if population is not None:
            result[row["gemeentecode"]] = KeyFigures(
                population=population, urbanity=_int(row.get("stedelijkheid_code", ""))
            )
    return result


def by_municipality() -> dict[str, KeyFigures]:
    return _read(Path(settings.KANSRIJK_DATA_DIR) / "kwb_2024_gemeenten.csv")


def for_codes(codes: list[str]) -> KeyFigures | None:
    figures = by_municipality()
    known = [figures[c] for c in codes if c in figures]
    if not known:
        return None
    largest = max(known, key=lambda f: f.population)
    return KeyFigures(population=sum(f.population for f in known), urbanity=largest.urbanity)
