"""Financing plan arithmetic and the chart spec (pure Python, no Django)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PlanLine:
    year: int
    activity: str
    source_key: str
    source_name: str
    planned: Decimal
    realised: Decimal | None = None


@dataclass(frozen=True)
class SourceTotal:
    source_key: str
    source_name: str
    planned: Decimal
    realised: Decimal


@dataclass(frozen=True)
class BudgetRow:
    kind: str
    year: int
    amount: Decimal
    recurring: bool


def totals_by_source(lines: Iterable[PlanLine]) -> list[SourceTotal]:
    """Planned and realised totals per funding source, in order of first appearance."""
    planned: dict[str, Decimal] = defaultdict(Decimal)
    realised: dict[str, Decimal] = defaultdict(Decimal)
    names: dict[str, str] = {}
    for line in lines:
        names.setdefault(line.source_key, line.source_name)
        planned[line.source_key] += line.planned
        realised[line.source_key] += line.realised or Decimal(0)
    return [SourceTotal(key, names[key], planned[key], realised[key]) for key in names]


def national_amount(rows: Sequence[BudgetRow], *, kind: str, year: int) -> Decimal | None:
    """The national amount for a year: the latest row up to that year, when it is that
    year's own row or a recurring one; None when no row holds for the year."""
    candidates = [row for row in rows if row.kind == kind and row.year <= year]
    if not candidates:
        return None
    latest = max(candidates, key=lambda row: row.year)
    if latest.year == year or latest.recurring:
        return latest.amount
    return None


def chart_spec(
    totals: Sequence[SourceTotal], *, title: str, planned: str, realised: str
) -> dict[str, object]:
    """A Vega-Lite grouped bar chart of planned and realised amounts per funding source."""
    values = []
    for total in totals:
        values.append(
            {"source": total.source_name, "kind": planned, "amount": float(total.planned)}
        )
        values.append(
            {"source": total.source_name, "kind": realised, "amount": float(total.realised)}
        )
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": title,
        "width": 420,
        "height": 220,
        "data": {"values": values},
        "mark": "bar",
        "encoding": {
            "y": {"field": "source", "type": "nominal", "title": None},
            "yOffset": {"field": "kind"},
            "x": {"field": "amount", "type": "quantitative", "title": "EUR"},
            "color": {"field": "kind", "type": "nominal", "title": None},
        },
    }
