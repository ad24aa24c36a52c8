"""Seeded synthetic perinatal figures for the demo (pure; the method is in README.md).

Real perinatal outcomes per municipality (Perined) could not be obtained for this
installation. This module makes plausible stand-ins from real CBS denominators and
published national levels. Everything it produces is marked "synthetisch" wherever it is
shown; nothing here may be presented as a real figure.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_SEED = 20_260_101
REFERENCE_YEAR = 2022


@dataclass(frozen=True)
class MunicipalityBase:
    """What the generator needs of one municipality (from CBS KWB 2022)."""

    code: str
    inhabitants: int
    births_per_1000: float
    deprivation: float  # % of households at or around the social minimum


@dataclass(frozen=True)
class SyntheticSpec:
    """Parameters of one synthetic indicator (from the catalogue YAML)."""

    code: str
    unit: str  # "percentage" or "per_1000"
    national_level: float
    between_area_sd: float = 0.1
    deprivation_effect: float = 0.0
    yearly_change: float = 0.0
    union_of: tuple[str, str] | None = None  # big2: union of two other indicators
    overlap: float = 0.0  # share of the first indicator's cases that are also in the second


@dataclass(frozen=True)
class SyntheticValue:
    indicator: str
    area: str
    year: int
    numerator: int
    denominator: int


def _rng(seed: int, *parts: object) -> np.random.Generator:
    """A generator keyed by its purpose, so that each draw has its own stream."""
    key = "|".join(str(p) for p in (seed, *parts)).encode()
    return np.random.default_rng(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


def _scale(unit: str) -> float:
    return 100.0 if unit == "percentage" else 1000.0


def expected_births(base: MunicipalityBase) -> float:
    """Births per year implied by the real population and birth rate (CBS KWB 2022)."""
    return base.inhabitants * base.births_per_1000 / 1000


def yearly_births(
    bases: Sequence[MunicipalityBase], years: Sequence[int], seed: int = DEFAULT_SEED
) -> dict[tuple[str, int], int]:
    """Denominators: a Poisson draw around the expected births, per municipality and year."""
    return {
        (base.code, year): int(_rng(seed, "births", base.code, year).poisson(expected_births(base)))
        for base in bases
        for year in years
    }


def _probabilities(
    spec: SyntheticSpec, bases: Sequence[MunicipalityBase], seed: int
) -> dict[str, float]:
    """Each municipality's underlying risk in the reference year, calibrated to the country."""
    deprivation = np.array([b.deprivation for b in bases], dtype=float)
    spread = float(deprivation.std()) or 1.0
    z = (deprivation - float(deprivation.mean())) / spread
    effects = np.array(
        [
            _rng(seed, "area", spec.code, b.code).normal(0.0, spec.between_area_sd)
            + spec.deprivation_effect * z[i]
            for i, b in enumerate(bases)
        ]
    )
    weights = np.array([expected_births(b) for b in bases])
    relative = np.exp(effects)
    relative /= float(np.average(relative, weights=weights)) if weights.sum() else 1.0
    level = spec.national_level / _scale(spec.unit)
    return {b.code: min(0.95, level * float(relative[i])) for i, b in enumerate(bases)}


def generate(
    bases: Sequence[MunicipalityBase],
    specs: Sequence[SyntheticSpec],
    years: Sequence[int],
    seed: int = DEFAULT_SEED,
) -> list[SyntheticValue]:
    """Synthetic (numerator, denominator) per indicator, municipality and year.

    Deterministic for a given seed. Indicators with ``union_of`` (big2) are built from the
    two indicators they combine, so that big2 is never below either part nor above their sum.
    """
    births = yearly_births(bases, years, seed)
    by_code = {spec.code: spec for spec in specs}
    counts: dict[tuple[str, str, int], int] = {}
    values: list[SyntheticValue] = []
    for spec in sorted(specs, key=lambda s: s.union_of is not None):
        if spec.union_of is None:
            probabilities = _probabilities(spec, bases, seed)
        for base in bases:
            for year in years:
                n = births[(base.code, year)]
                if spec.union_of is not None:
                    first, second = spec.union_of
                    if first not in by_code or second not in by_code:
                        raise ValueError(f"{spec.code} needs {first} and {second}")
                    k_first = counts[(first, base.code, year)]
                    k_second = counts[(second, base.code, year)]
                    both = _rng(seed, "overlap", spec.code, base.code, year).binomial(
                        k_first, spec.overlap
                    )
                    k = k_first + k_second - min(int(both), k_second)
                else:
                    drift = math.exp(spec.yearly_change * (year - REFERENCE_YEAR))
                    p = min(0.95, probabilities[base.code] * drift)
                    k = int(_rng(seed, "count", spec.code, base.code, year).binomial(n, p))
                counts[(spec.code, base.code, year)] = k
                values.append(SyntheticValue(spec.code, base.code, year, k, n))
    return values
