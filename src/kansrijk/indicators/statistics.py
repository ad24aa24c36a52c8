"""Statistics of the startfoto: intervals, funnel limits, shrinkage, comparison.

Suppression of small counts is ``kansrijk.disclosure``, the one module for every output.

Pure functions on plain numbers: no Django, no database, no I/O. Every result that a page,
export or API shows is computed here, so that one tested module decides what is "real" and
what is noise. See ``README.md`` in this package for the methods and their references.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, TypeVar

import numpy as np
from scipy import special, stats

Kind = Literal["proportion", "rate"]
Position = Literal["above", "within", "below"]
Direction = Literal["higher", "similar", "lower"]
Judgement = Literal["better", "similar", "worse", "not_judged"]
Polarity = Literal["higher_is_better", "higher_is_worse", "no_judgement"]
Trend = Literal["increasing", "decreasing", "no_significant_change"]

LEVELS: tuple[float, float] = (0.95, 0.998)
MIN_TREND_POINTS = 5

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Interval:
    """A two-sided interval; for a proportion on the 0..1 scale, for a rate per unit exposure."""

    lower: float
    upper: float

    def overlaps(self, other: Interval) -> bool:
        return self.lower <= other.upper and other.lower <= self.upper

    def contains(self, value: float) -> bool:
        return self.lower <= value <= self.upper

    def scaled(self, factor: float) -> Interval:
        return Interval(self.lower * factor, self.upper * factor)


def _check_count(numerator: int, denominator: float) -> None:
    if numerator < 0 or denominator < 0:
        raise ValueError("counts cannot be negative")


def _alpha(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise ValueError("confidence must lie strictly between 0 and 1")
    return 1 - confidence


# --- intervals ---------------------------------------------------------------------------


def clopper_pearson(numerator: int, denominator: int, confidence: float = 0.95) -> Interval:
    """Exact (Clopper-Pearson) interval for a proportion numerator/denominator."""
    _check_count(numerator, denominator)
    if denominator == 0 or numerator > denominator:
        raise ValueError("need 0 <= numerator <= denominator and denominator > 0")
    alpha = _alpha(confidence)
    lower = (
        0.0
        if numerator == 0
        else special.betaincinv(numerator, denominator - numerator + 1, alpha / 2)
    )
    upper = (
        1.0
        if numerator == denominator
        else special.betaincinv(numerator + 1, denominator - numerator, 1 - alpha / 2)
    )
    return Interval(float(lower), float(upper))


@lru_cache(maxsize=32)
def _z(confidence: float) -> float:
    return float(stats.norm.ppf(1 - _alpha(confidence) / 2))


def wilson(numerator: int, denominator: int, confidence: float = 0.95) -> Interval:
    """Wilson score interval for a proportion (the interval Fingertips uses for proportions)."""
    _check_count(numerator, denominator)
    if denominator == 0 or numerator > denominator:
        raise ValueError("need 0 <= numerator <= denominator and denominator > 0")
    z = _z(confidence)
    p = numerator / denominator
    centre = (p + z * z / (2 * denominator)) / (1 + z * z / denominator)
    half = (z / (1 + z * z / denominator)) * math.sqrt(
        p * (1 - p) / denominator + z * z / (4 * denominator * denominator)
    )
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def poisson_exact(count: int, exposure: float = 1.0, confidence: float = 0.95) -> Interval:
    """Exact (Garwood) interval for a rate count/exposure, from the chi-squared quantiles."""
    _check_count(count, exposure)
    if exposure == 0:
        raise ValueError("exposure must be positive")
    alpha = _alpha(confidence)
    lower = 0.0 if count == 0 else special.gammaincinv(count, alpha / 2)
    upper = special.gammaincinv(count + 1, 1 - alpha / 2)
    return Interval(float(lower) / exposure, float(upper) / exposure)


def interval(kind: Kind, numerator: int, denominator: int, confidence: float = 0.95) -> Interval:
    """The interval the startfoto shows: Wilson for proportions, exact Poisson for rates."""
    if kind == "proportion":
        return wilson(numerator, denominator, confidence)
    return poisson_exact(numerator, denominator, confidence)


def pool(counts: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """Pool yearly (numerator, denominator) pairs into one multi-year pair."""
    total_numerator = 0
    total_denominator = 0
    for numerator, denominator in counts:
        _check_count(numerator, denominator)
        total_numerator += numerator
        total_denominator += denominator
    return total_numerator, total_denominator


# --- funnel plot -------------------------------------------------------------------------


def _exact_quantile(kind: Kind, target: float, size: float, q: float) -> float:
    """Interpolated exact quantile of the count (Spiegelhalter 2005, appendix A.1.1)."""
    dist = (
        stats.binom(round(size), target) if kind == "proportion" else stats.poisson(target * size)
    )
    r = float(dist.ppf(q))
    f_r = float(dist.cdf(r))
    f_below = float(dist.cdf(r - 1))
    if f_r == f_below:
        return r
    return r - (f_r - q) / (f_r - f_below)


def funnel_limits(kind: Kind, target: float, size: float, level: float = 0.95) -> Interval:
    """Control limits of a funnel plot at ``size`` around ``target`` (the national value).

    Exact binomial (proportions) or Poisson (rates) limits with interpolation, expressed on
    the scale of the indicator (a fraction, or a rate per unit of exposure).
    """
    if size <= 0:
        raise ValueError("size must be positive")
    if kind == "proportion" and not 0 <= target <= 1:
        raise ValueError("a proportion target lies between 0 and 1")
    alpha = _alpha(level)
    lower = max(0.0, _exact_quantile(kind, target, size, alpha / 2)) / size
    upper = _exact_quantile(kind, target, size, 1 - alpha / 2) / size
    if kind == "proportion":
        upper = min(1.0, upper)
    return Interval(lower, upper)


def funnel_position(
    kind: Kind, numerator: int, denominator: int, target: float, level: float = 0.95
) -> Position:
    """Where an area lies in the funnel plot at ``level``: above, within or below the limits."""
    limits = funnel_limits(kind, target, denominator, level)
    value = numerator / denominator
    if value > limits.upper:
        return "above"
    if value < limits.lower:
        return "below"
    return "within"


# --- empirical Bayes ---------------------------------------------------------------------


@dataclass(frozen=True)
class Prior:
    """A conjugate prior (beta for proportions, gamma for rates) fitted to a set of areas."""

    kind: Kind
    mean: float
    variance: float
    shape_a: float
    shape_b: float


def fit_prior(kind: Kind, counts: Sequence[tuple[int, int]], target: float | None = None) -> Prior:
    """Method-of-moments prior (Marshall 1991) from the areas' counts.

    ``target`` fixes the prior mean (the regional or national value) when given; otherwise
    the pooled value of the areas is used. The between-area variance is the observed
    weighted variance minus the part that chance alone explains; when chance explains all
    of it, the prior is made very tight and every area is shrunk (almost) fully.
    """
    usable = [(k, n) for k, n in counts if n > 0]
    if not usable:
        raise ValueError("need at least one area with a positive denominator")
    total_k, total_n = pool(usable)
    mean = target if target is not None else total_k / total_n
    if kind == "proportion" and not 0 < mean < 1:
        raise ValueError("a proportion prior needs a mean strictly between 0 and 1")
    if kind == "rate" and mean <= 0:
        raise ValueError("a rate prior needs a positive mean")
    observed = sum(n * (k / n - mean) ** 2 for k, n in usable) / total_n
    average_size = total_n / len(usable)
    chance = mean * (1 - mean) / average_size if kind == "proportion" else mean / average_size
    floor = (mean * (1 - mean) if kind == "proportion" else mean) * 1e-6
    variance = max(observed - chance, floor)
    if kind == "proportion":
        variance = min(variance, mean * (1 - mean) * 0.999)
        strength = mean * (1 - mean) / variance - 1
        return Prior(kind, mean, variance, mean * strength, (1 - mean) * strength)
    return Prior(kind, mean, variance, mean * mean / variance, mean / variance)


def shrink(prior: Prior, numerator: int, denominator: int) -> float:
    """Posterior mean of one area under ``prior``: its shrunk (empirical Bayes) value."""
    _check_count(numerator, denominator)
    if prior.kind == "proportion":
        return (numerator + prior.shape_a) / (denominator + prior.shape_a + prior.shape_b)
    return (numerator + prior.shape_a) / (denominator + prior.shape_b)


def shrink_interval(
    prior: Prior, numerator: int, denominator: int, confidence: float = 0.95
) -> Interval:
    """Equal-tailed credible interval of the shrunk value."""
    alpha = _alpha(confidence)
    if prior.kind == "proportion":
        a = numerator + prior.shape_a
        b = denominator - numerator + prior.shape_b
        return Interval(
            float(special.betaincinv(a, b, alpha / 2)),
            float(special.betaincinv(a, b, 1 - alpha / 2)),
        )
    shape = numerator + prior.shape_a
    rate = denominator + prior.shape_b
    return Interval(
        float(special.gammaincinv(shape, alpha / 2)) / rate,
        float(special.gammaincinv(shape, 1 - alpha / 2)) / rate,
    )


# --- comparison and trend ----------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    direction: Direction
    judgement: Judgement
    level: float | None  # the highest level (0.95 or 0.998) at which the difference holds


def compare(
    area: Mapping[float, Interval],
    benchmark: Mapping[float, Interval] | float,
    polarity: Polarity,
) -> Comparison:
    """Fingertips-style comparison of an area with a benchmark.

    ``area`` gives the area's interval per level (0.95 and 0.998). The benchmark is either
    a value (the country) or intervals per level (a region). The area differs at a level
    when its interval does not overlap the benchmark's interval (or does not contain the
    benchmark value); the result names the highest level at which it differs.
    """
    direction: Direction = "similar"
    found: float | None = None
    for level in sorted(area):
        own = area[level]
        if isinstance(benchmark, Mapping):
            other = benchmark[level]
        else:
            other = Interval(float(benchmark), float(benchmark))
        if own.overlaps(other):
            continue
        direction = "higher" if own.lower > other.upper else "lower"
        found = level
    if direction == "similar" or polarity == "no_judgement":
        judgement: Judgement = "similar" if direction == "similar" else "not_judged"
    elif (direction == "higher") == (polarity == "higher_is_better"):
        judgement = "better"
    else:
        judgement = "worse"
    return Comparison(direction, judgement, found)


def trend_statistic(kind: Kind, yearly: Sequence[tuple[int, int, int]]) -> tuple[float, float]:
    """Chi-squared statistic (1 df) and score of the linear trend test over (year, k, n) points.

    Proportions: the chi-squared test for linear trend (Cochran-Armitage); rates: the score
    test of a Poisson log-linear model in year with the denominator as exposure.
    """
    total_k = sum(k for _, k, _ in yearly)
    total_n = sum(n for _, _, n in yearly)
    if total_n == 0:
        return 0.0, 0.0
    p = total_k / total_n
    mean_x = sum(n * x for x, _, n in yearly) / total_n
    sxx = sum(n * (x - mean_x) ** 2 for x, _, n in yearly)
    score = sum((x - mean_x) * (k - n * p) for x, k, n in yearly)
    variance = (p * (1 - p) if kind == "proportion" else p) * sxx
    if variance <= 0:
        return 0.0, 0.0
    return score * score / variance, score


def trend(
    kind: Kind, yearly: Sequence[tuple[int, int, int]], significance: float = 0.05
) -> Trend | None:
    """Trend marker over yearly (year, numerator, denominator) points.

    None unless there are at least five distinct (so non-overlapping) yearly points.
    """
    years = [year for year, _, _ in yearly]
    if len(set(years)) != len(years) or len(years) < MIN_TREND_POINTS:
        return None
    chi2, score = trend_statistic(kind, yearly)
    if chi2 == 0 or float(stats.chi2.sf(chi2, 1)) >= significance:
        return "no_significant_change"
    return "increasing" if score > 0 else "decreasing"


def funnel_limits_many(
    kind: Kind, target: float, sizes: Sequence[float], level: float = 0.95
) -> list[Interval]:
    """``funnel_limits`` for many sizes at once (vectorised; same method and results)."""
    n = np.asarray(sizes, dtype=float)
    if (n <= 0).any():
        raise ValueError("sizes must be positive")
    alpha = _alpha(level)
    if kind == "proportion":
        dist = stats.binom(np.round(n).astype(int), target)
    else:
        dist = stats.poisson(target * n)

    def quantile(q: float) -> Any:
        r = dist.ppf(q)
        f_r = dist.cdf(r)
        f_below = dist.cdf(r - 1)
        step = f_r - f_below
        safe = np.where(step > 0, step, 1.0)
        return np.where(step > 0, r - (f_r - q) / safe, r)

    lower = np.maximum(0.0, quantile(alpha / 2)) / n
    upper = quantile(1 - alpha / 2) / n
    if kind == "proportion":
        upper = np.minimum(1.0, upper)
    return [Interval(float(lo), float(hi)) for lo, hi in zip(lower, upper, strict=True)]
