"""Scoring of questionnaire answers: pure functions, no Django.

Everything the results pages, the exports and the API show about a round is computed here
from plain numbers, so the rules can be read and tested in one place.

Rules, with their default thresholds (a questionnaire may set its own, see `Thresholds`):

- **Scores** are whole numbers on the questionnaire's scale (1-5 for the Analysetool).
  "Don't know" and "not applicable" are counted, but never enter a mean or a spread.
- **Spread** is the sample standard deviation (n - 1) and the interquartile range
  (linear interpolation between order statistics, as numpy's default). With one score the
  standard deviation is 0.
- **Groups** (a theme, a part, the whole questionnaire): every respondent's own mean over
  the group's statements is taken first; the group's mean and spread are the mean and the
  standard deviation of those respondent means. So a partner who answered many statements
  weighs as much as one who answered a few, and the spread says how far partners differ,
  not how far statements differ. The distribution and the number of answers are pooled.
- **Suppression**: no aggregate is shown for fewer than `min_respondents` (3) respondents
  with a score. The suppressed summary still says how many answered, but nothing else.
- **Flags** (on a 1-5 scale):
  - *no agreement* when the standard deviation is at least `disagreement_sd` (1.2): on a
    five-point scale that means answers on both sides of neutral, e.g. 2, 3 and 5.
  - *strong point* when the mean is at least `strong_mean` (4.0) and there is agreement.
  - *point to improve* when the mean is below `improve_mean` (3.0), with or without
    agreement (a low mean with disagreement is both: some partners see a problem).
- **Round comparison**: a change of at least `meaningful_change` (0.5 scale point) in the
  mean counts as moved up or down; smaller changes count as unchanged.
- **Benchmark**: the coalition's percentile position among all coalitions with a closed
  round: the share of the other coalitions with a lower mean, ties counting half. Only when
  at least `benchmark_min_groups` (5) coalitions, the own one included, have a value.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Thresholds:
    """The numbers behind suppression and flags; a questionnaire stores its own."""

    min_respondents: int = 3
    strong_mean: float = 4.0
    improve_mean: float = 3.0
    disagreement_sd: float = 1.2
    meaningful_change: float = 0.5
    benchmark_min_groups: int = 5

    def __post_init__(self) -> None:
        if self.min_respondents < 1:
            raise ValueError("min_respondents must be at least 1")
        if self.benchmark_min_groups < 2:
            raise ValueError("benchmark_min_groups must be at least 2")
        if self.improve_mean > self.strong_mean:
            raise ValueError("improve_mean must not be above strong_mean")
        if self.disagreement_sd <= 0 or self.meaningful_change <= 0:
            raise ValueError("disagreement_sd and meaningful_change must be positive")


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Scale:
    """The closed range of whole-number scores of a questionnaire."""

    minimum: int = 1
    maximum: int = 5

    def __post_init__(self) -> None:
        if self.maximum <= self.minimum:
            raise ValueError("a scale needs at least two points")

    @property
    def points(self) -> range:
        return range(self.minimum, self.maximum + 1)

    def check(self, score: int) -> int:
        if isinstance(score, bool) or not isinstance(score, int):
            raise TypeError(f"a score must be a whole number, not {score!r}")
        if score not in self.points:
            raise ValueError(f"score {score} is outside {self.minimum}-{self.maximum}")
        return score


FIVE_POINT = Scale(1, 5)


class Flag(StrEnum):
    STRONG = "strong"
    IMPROVE = "improve"
    NO_AGREEMENT = "no_agreement"


class Movement(StrEnum):
    UP = "up"
    DOWN = "down"
    UNCHANGED = "unchanged"
    NEW = "new"
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True)
class Summary:
    """The aggregate of one statement or one group of statements.

    When `suppressed` is true, only `respondents`, `unknown` and `not_applicable` carry
    information; the other fields are empty.
    """

    respondents: int
    answers: int
    unknown: int
    not_applicable: int
    suppressed: bool
    mean: float | None = None
    sd: float | None = None
    iqr: float | None = None
    median: float | None = None
    distribution: Mapping[int, int] = field(default_factory=dict)
    flags: frozenset[Flag] = frozenset()

    @property
    def shown(self) -> bool:
        return not self.suppressed


def mean(scores: Sequence[float]) -> float:
    if not scores:
        raise ValueError("the mean of no scores is undefined")
    return math.fsum(scores) / len(scores)


def standard_deviation(scores: Sequence[float]) -> float:
    """The sample standard deviation (n - 1); 0 for a single score."""
    if not scores:
        raise ValueError("the spread of no scores is undefined")
    if len(scores) == 1:
        return 0.0
    return statistics.stdev(scores)


def quantile(sorted_scores: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default method)."""
    if not sorted_scores:
        raise ValueError("the quantile of no scores is undefined")
    position = (len(sorted_scores) - 1) * q
    lower = math.floor(position)
    upper = math.ceil(position)
    fraction = position - lower
    return sorted_scores[lower] + (sorted_scores[upper] - sorted_scores[lower]) * fraction


def interquartile_range(scores: Sequence[float]) -> float:
    ordered = sorted(scores)
    return quantile(ordered, 0.75) - quantile(ordered, 0.25)


def distribution(scores: Iterable[int], scale: Scale = FIVE_POINT) -> dict[int, int]:
    """How many times each point of the scale was chosen (every point present)."""
    counts = dict.fromkeys(scale.points, 0)
    for score in scores:
        counts[scale.check(score)] += 1
    return counts


def flags_for(
    mean_value: float, sd_value: float, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> frozenset[Flag]:
    result: set[Flag] = set()
    disagreement = sd_value >= thresholds.disagreement_sd
    if disagreement:
        result.add(Flag.NO_AGREEMENT)
    if mean_value >= thresholds.strong_mean and not disagreement:
        result.add(Flag.STRONG)
    if mean_value < thresholds.improve_mean:
        result.add(Flag.IMPROVE)
    return frozenset(result)


def summarize_item(
    scores: Sequence[int],
    *,
    unknown: int = 0,
    not_applicable: int = 0,
    scale: Scale = FIVE_POINT,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Summary:
    """The aggregate of one statement: each score is one respondent's answer."""
    if unknown < 0 or not_applicable < 0:
        raise ValueError("counts cannot be negative")
    counts = distribution(scores, scale)
    n = len(scores)
    if n < thresholds.min_respondents:
        return Summary(
            respondents=n,
            answers=n,
            unknown=unknown,
            not_applicable=not_applicable,
            suppressed=True,
        )
    floats = [float(s) for s in scores]
    mean_value = mean(floats)
    sd_value = standard_deviation(floats)
    return Summary(
        respondents=n,
        answers=n,
        unknown=unknown,
        not_applicable=not_applicable,
        suppressed=False,
        mean=mean_value,
        sd=sd_value,
        iqr=interquartile_range(floats),
        median=statistics.median(floats),
        distribution=counts,
        flags=flags_for(mean_value, sd_value, thresholds),
    )


def summarize_group(
    scores_by_respondent: Mapping[K, Sequence[int]],
    *,
    unknown: int = 0,
    not_applicable: int = 0,
    scale: Scale = FIVE_POINT,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Summary:
    """The aggregate of a group of statements (a theme, a part, the whole).

    `scores_by_respondent` maps an anonymous respondent key to that respondent's scores on
    the group's statements; respondents without any score are left out.
    """
    own_means = [
        mean([float(s) for s in scores]) for scores in scores_by_respondent.values() if scores
    ]
    pooled = [score for scores in scores_by_respondent.values() for score in scores]
    counts = distribution(pooled, scale)
    n = len(own_means)
    if n < thresholds.min_respondents:
        return Summary(
            respondents=n,
            answers=len(pooled),
            unknown=unknown,
            not_applicable=not_applicable,
            suppressed=True,
        )
    mean_value = mean(own_means)
    sd_value = standard_deviation(own_means)
    return Summary(
        respondents=n,
        answers=len(pooled),
        unknown=unknown,
        not_applicable=not_applicable,
        suppressed=False,
        mean=mean_value,
        sd=sd_value,
        iqr=interquartile_range(own_means),
        median=statistics.median(own_means),
        distribution=counts,
        flags=flags_for(mean_value, sd_value, thresholds),
    )


@dataclass(frozen=True)
class Change:
    previous: float | None
    current: float | None
    movement: Movement

    @property
    def delta(self) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous


def compare(
    previous: Summary | None,
    current: Summary | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Change:
    """How the mean of one statement or group moved from one round to the next.

    A missing or suppressed side cannot be compared; a statement that only the current
    round has (a new statement in a newer version of the bank) is `NEW`.
    """
    previous_mean = previous.mean if previous is not None and previous.shown else None
    current_mean = current.mean if current is not None and current.shown else None
    if current_mean is None:
        return Change(previous_mean, None, Movement.NOT_COMPARABLE)
    if previous is None:
        return Change(None, current_mean, Movement.NEW)
    if previous_mean is None:
        return Change(None, current_mean, Movement.NOT_COMPARABLE)
    delta = current_mean - previous_mean
    # Round before comparing so that 3.5 - 3.0 counts as a move of half a point even where
    # floating point arithmetic gives 0.49999999.
    size = round(abs(delta), 9)
    if size >= thresholds.meaningful_change:
        movement = Movement.UP if delta > 0 else Movement.DOWN
    else:
        movement = Movement.UNCHANGED
    return Change(previous_mean, current_mean, movement)


@dataclass(frozen=True)
class Position:
    """Where one group stands among all groups; never says which the others are."""

    percentile: float  # 0-100: share of the others below, ties counting half
    groups: int  # how many groups were compared, the own one included
    band: int  # 1 = lowest quarter ... 4 = highest quarter


def percentile_position(
    value: float,
    others: Sequence[float],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Position | None:
    """The benchmark: `value` against the means of the other groups.

    None when fewer than `benchmark_min_groups` groups (the own one included) take part,
    so a benchmark never exposes a small set of other coalitions.
    """
    groups = len(others) + 1
    if groups < thresholds.benchmark_min_groups:
        return None
    below = sum(1 for other in others if other < value)
    ties = sum(1 for other in others if other == value)
    percentile = 100.0 * (below + 0.5 * ties) / len(others)
    band = min(4, int(percentile // 25) + 1)
    return Position(percentile=percentile, groups=groups, band=band)
