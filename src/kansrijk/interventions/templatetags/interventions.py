"""Template helpers for the gap matrix."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from django import template

from kansrijk.interventions.gaps import BASE_GAP_WEIGHT, Gap, GapAnalysis

register = template.Library()


@dataclass(frozen=True)
class MatrixCell:
    gap: Gap | None
    level: int


@register.simple_tag
def gap_cell(analysis: GapAnalysis, phase: object, risk: object) -> MatrixCell:
    """The gap of a cell (or None) and its shade: 1 for the base weight, one step darker for
    every further point of evidence, at most 4."""
    gap = analysis.gap(str(getattr(phase, "key", phase)), str(getattr(risk, "key", risk)))
    if gap is None:
        return MatrixCell(None, 0)
    return MatrixCell(gap, shade(gap.weight))


def shade(weight: float) -> int:
    extra = weight - BASE_GAP_WEIGHT
    return 1 if extra <= 0 else min(4, 1 + math.ceil(extra))


@register.filter
def get_item(mapping: Mapping[str, str], key: str) -> str:
    return mapping.get(key, key)
