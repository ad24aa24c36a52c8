"""What a page shows of a cell: value, intervals, comparison, funnel position, shrinkage.

Pure. Works on ``derive.Cell``; a suppressed cell yields no value and nothing computed from
it (unless the viewer owns the data). Values are on the indicator's own scale (a
percentage, or per 1000).
"""

from __future__ import annotations

import statistics as pystats
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kansrijk.indicators import statistics as st
from kansrijk.indicators.derive import Cell

SCALES = {"percentage": 100.0, "per_1000": 1000.0}
# What others see of any hidden cell: one mark, so that a small count and the partner hidden
# to protect it cannot be told apart (ADR 0013). The owner sees the reason.
PUBLIC_HIDDEN = "hidden"


def kind_of(unit: str) -> st.Kind | None:
    if unit == "percentage":
        return "proportion"
    if unit == "per_1000":
        return "rate"
    return None


@dataclass(frozen=True)
class Shown:
    area: str
    start: int
    end: int
    value: float | None
    numerator: int | None
    denominator: int | None
    ci95: st.Interval | None
    ci998: st.Interval | None
    suppression: str
    synthetic: bool
    computed: bool
    note: str

    @property
    def period(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    @property
    def intervals(self) -> dict[float, st.Interval] | None:
        if self.ci95 is None or self.ci998 is None:
            return None
        return {0.95: self.ci95, 0.998: self.ci998}


def show(cell: Cell, unit: str, *, owner: bool = False) -> Shown:
    """The shown form of ``cell``: hidden when suppressed (for anyone but the owner)."""
    hidden = bool(cell.suppression) and not owner
    kind = kind_of(unit)
    ci95 = ci998 = None
    if not hidden and kind and cell.has_counts and cell.denominator:
        scale = SCALES[unit]
        k, n = cell.numerator or 0, cell.denominator
        ci95 = st.interval(kind, k, n, 0.95).scaled(scale)
        ci998 = st.interval(kind, k, n, 0.998).scaled(scale)
    return Shown(
        area=cell.area,
        start=cell.start,
        end=cell.end,
        value=None if hidden else cell.value,
        numerator=None if hidden else cell.numerator,
        denominator=None if hidden else cell.denominator,
        ci95=ci95,
        ci998=ci998,
        suppression=PUBLIC_HIDDEN if hidden else cell.suppression,
        synthetic=cell.synthetic,
        computed=cell.computed,
        note=cell.note,
    )


def compare(
    shown: Shown, benchmark: Shown | None, polarity: str, *, by_value: bool
) -> st.Comparison | None:
    """Fingertips comparison, or None when either side has no interval (or is hidden).

    ``by_value``: compare with the benchmark's value (the country) instead of its interval.
    """
    own = shown.intervals
    if own is None or benchmark is None or benchmark.value is None:
        return None
    polarity_ = polarity if polarity in ("higher_is_better", "higher_is_worse") else "no_judgement"
    if by_value:
        return st.compare(own, benchmark.value, polarity_)  # type: ignore[arg-type]
    other = benchmark.intervals
    if other is None:
        return None
    return st.compare(own, other, polarity_)  # type: ignore[arg-type]


def funnel_positions(
    cells: Sequence[Shown], unit: str, target: float
) -> dict[str, dict[float, st.Position]]:
    """Each visible area's position in the funnel at 95% and 99.8% around ``target``."""
    kind = kind_of(unit)
    usable = [c for c in cells if c.value is not None and c.denominator and c.numerator is not None]
    if kind is None or not usable:
        return {}
    scale = SCALES[unit]
    result: dict[str, dict[float, st.Position]] = {c.area: {} for c in usable}
    for level in st.LEVELS:
        limits = st.funnel_limits_many(
            kind, target / scale, [c.denominator or 1 for c in usable], level
        )
        for cell, limit in zip(usable, limits, strict=True):
            value = (cell.numerator or 0) / (cell.denominator or 1)
            position: st.Position = (
                "above" if value > limit.upper else "below" if value < limit.lower else "within"
            )
            result[cell.area][level] = position
    return result


def funnel_curve(
    unit: str, target: float, max_size: float, points: int = 40
) -> list[dict[str, float]]:
    """Control limits along the size axis, for drawing the funnel (on the unit's scale)."""
    kind = kind_of(unit)
    if kind is None or max_size <= 0:
        return []
    scale = SCALES[unit]
    low = max(5.0, max_size / 2000)
    step = (max_size / low) ** (1 / (points - 1))
    sizes = [low * step**i for i in range(points)]
    curve: list[dict[str, float]] = []
    limits = {
        level: st.funnel_limits_many(kind, target / scale, sizes, level) for level in st.LEVELS
    }
    for i, size in enumerate(sizes):
        curve.append(
            {
                "size": size,
                "lower95": limits[0.95][i].lower * scale,
                "upper95": limits[0.95][i].upper * scale,
                "lower998": limits[0.998][i].lower * scale,
                "upper998": limits[0.998][i].upper * scale,
            }
        )
    return curve


def shrunk(
    cells: Sequence[Cell], unit: str, target: float, *, owner: bool = False
) -> dict[str, tuple[float, st.Interval]]:
    """Empirical-Bayes value and 95% credible interval per visible municipality.

    The prior is fitted on all municipalities' counts (an aggregate that discloses no cell)
    with its mean at ``target`` (the regional or national value); hidden cells get none.
    """
    kind = kind_of(unit)
    counted = [c for c in cells if c.has_counts and c.denominator]
    if kind is None or not counted or target <= 0:
        return {}
    scale = SCALES[unit]
    try:
        prior = st.fit_prior(
            kind, [(c.numerator or 0, c.denominator or 0) for c in counted], target=target / scale
        )
    except ValueError:
        return {}
    result: dict[str, tuple[float, st.Interval]] = {}
    for c in counted:
        if c.suppression and not owner:
            continue
        k, n = c.numerator or 0, c.denominator or 0
        result[c.area] = (
            st.shrink(prior, k, n) * scale,
            st.shrink_interval(prior, k, n).scaled(scale),
        )
    return result


def spread(values: Mapping[str, float | None]) -> dict[str, float] | None:
    """Minimum, quartiles and maximum of the visible municipal values (the spine chart)."""
    numbers = sorted(v for v in values.values() if v is not None)
    if len(numbers) < 4:
        return None
    q1, median, q3 = pystats.quantiles(numbers, n=4)
    return {"min": numbers[0], "q1": q1, "median": median, "q3": q3, "max": numbers[-1]}
