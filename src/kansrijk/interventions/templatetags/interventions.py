"""Template helpers for the gap matrix."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django import template

from kansrijk.interventions.gaps import Gap, GapAnalysis

register = template.Library()


@dataclass(frozen=True)
class MatrixCell:
    gap: Gap | None
    level: int


@register.simple_tag
def gap_cell(analysis: GapAnalysis, phase: object, risk: object) -> MatrixCell:
    """The gap of a cell (or None) and its shade 1..4 relative to the heaviest gap."""
    gap = analysis.gap(str(getattr(phase, "key", phase)), str(getattr(risk, "key", risk)))
    if gap is None:
        return MatrixCell(None, 0)
    share = gap.weight / analysis.max_weight if analysis.max_weight else 0
    return MatrixCell(gap, max(1, min(4, round(share * 4))))


@register.filter
def get_item(mapping: Mapping[str, str], key: str) -> str:
    return mapping.get(key, key)
