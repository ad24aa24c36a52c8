"""Template helpers for the gap matrix."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from django import template

from kansrijk.interventions.gaps import BASE_GAP_WEIGHT, Evidence, Gap, GapAnalysis

register = template.Library()


@dataclass(frozen=True)
class MatrixCell:
    gap: Gap | None
    level: int


LEVELS = 4


@register.simple_tag
def gap_cell(analysis: GapAnalysis, phase: object, risk: object) -> MatrixCell:
    """The gap of a cell (or None) and its shade within the coalition's own weights."""
    gap = analysis.gap(str(getattr(phase, "key", phase)), str(getattr(risk, "key", risk)))
    if gap is None:
        return MatrixCell(None, 0)
    return MatrixCell(gap, shade(gap.weight, *weight_range(analysis)))


def weight_range(analysis: GapAnalysis) -> tuple[float, float]:
    weights = [gap.weight for gap in analysis.gaps] or [BASE_GAP_WEIGHT]
    return min(weights), max(weights)


def shade(weight: float, lightest: float, heaviest: float) -> int:
    """1 (lightest) to 4 (darkest): four equal bands between the coalition's lightest and
    heaviest gap. With a fixed scale the demo's gaps, all weighing 3 or more because of
    evidence that counts for every cell, were all the darkest shade."""
    if heaviest <= lightest:
        return 1
    band = math.floor(LEVELS * (weight - lightest) / (heaviest - lightest))
    return 1 + max(0, min(LEVELS - 1, band))


@dataclass(frozen=True)
class LegendBand:
    level: int
    low: float
    high: float


def legend(analysis: GapAnalysis) -> list[LegendBand]:
    """The weights each shade stands for (one band when every gap weighs the same)."""
    lightest, heaviest = weight_range(analysis)
    if heaviest <= lightest:
        return [LegendBand(1, lightest, heaviest)]
    step = (heaviest - lightest) / LEVELS
    return [
        LegendBand(level, lightest + (level - 1) * step, lightest + level * step)
        for level in range(1, LEVELS + 1)
    ]


def common_evidence(analysis: GapAnalysis) -> list[Evidence]:
    """Evidence that counts for every gap (two or more): the page says it once."""
    if len(analysis.gaps) < 2:
        return []
    shared = set(analysis.gaps[0].evidence)
    for gap in analysis.gaps[1:]:
        shared &= set(gap.evidence)
    return [item for item in analysis.gaps[0].evidence if item in shared]


@register.filter
def without(items: Iterable[Evidence], excluded: Collection[Evidence]) -> list[Evidence]:
    return [item for item in items if item not in excluded]


@register.filter
def get_item(mapping: Mapping[str, str], key: str) -> str:
    return mapping.get(key, key)
