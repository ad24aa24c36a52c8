"""The statistics module against SciPy and statsmodels, plus properties (hypothesis)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

from kansrijk.indicators import statistics as s

counts = st.integers(min_value=1, max_value=5000).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)
levels = st.sampled_from([0.9, 0.95, 0.99, 0.998])


@settings(max_examples=200, deadline=None)
@given(counts, levels)
def test_the_clopper_pearson_interval_equals_statsmodels_beta_method(kn: Any, level: Any) -> None:
    k, n = kn
    lower, upper = proportion_confint(k, n, alpha=1 - level, method="beta")
    got = s.clopper_pearson(k, n, level)
    assert got.lower == pytest.approx(lower, abs=1e-10)
    assert got.upper == pytest.approx(upper, abs=1e-10)


@settings(max_examples=200, deadline=None)
@given(counts, levels)
def test_the_wilson_interval_equals_statsmodels_wilson_method(kn: Any, level: Any) -> None:
    k, n = kn
    lower, upper = proportion_confint(k, n, alpha=1 - level, method="wilson")
    got = s.wilson(k, n, level)
    assert got.lower == pytest.approx(lower, abs=1e-10)
    assert got.upper == pytest.approx(upper, abs=1e-10)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.floats(1.0, 1e6), levels)
def test_the_exact_poisson_interval_equals_the_chi_squared_quantiles_of_scipy(
    k: Any, exposure: Any, level: Any
) -> None:
    alpha = 1 - level
    lower = 0.0 if k == 0 else stats.chi2.ppf(alpha / 2, 2 * k) / 2
    upper = stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2
    got = s.poisson_exact(k, exposure, level)
    assert got.lower == pytest.approx(lower / exposure, rel=1e-9, abs=1e-12)
    assert got.upper == pytest.approx(upper / exposure, rel=1e-9)


def test_the_exact_poisson_interval_of_a_known_case_matches_the_published_table() -> None:
    # Garwood limits for 10 events: 4.795 .. 18.390 (standard tables)
    got = s.poisson_exact(10)
    assert got.lower == pytest.approx(4.7954, abs=1e-3)
    assert got.upper == pytest.approx(18.3904, abs=1e-3)


def test_a_pooled_period_sums_its_years_and_narrows_the_interval() -> None:
    years = [(30, 200), (25, 210), (35, 190)]
    k, n = s.pool(years)
    assert (k, n) == (90, 600)
    one = s.wilson(30, 200)
    pooled = s.wilson(k, n)
    assert pooled.upper - pooled.lower < one.upper - one.lower


def test_negative_counts_and_numerators_above_denominators_are_refused() -> None:
    with pytest.raises(ValueError):
        s.wilson(-1, 10)
    with pytest.raises(ValueError):
        s.clopper_pearson(11, 10)
    with pytest.raises(ValueError):
        s.pool([(1, -3)])


@settings(max_examples=100, deadline=None)
@given(st.integers(20, 20_000), st.floats(0.02, 0.5), st.sampled_from(s.LEVELS))
def test_funnel_limits_keep_the_tail_probability_of_scipys_binomial(
    n: Any, p: Any, level: Any
) -> None:
    limits = s.funnel_limits("proportion", p, n, level)
    alpha = 1 - level
    dist = stats.binom(n, p)
    # Spiegelhalter's interpolated limit lies between scipy's quantile and the count below it
    r_upper = dist.ppf(1 - alpha / 2)
    assert r_upper - 1 - 1e-9 <= limits.upper * n <= r_upper + 1e-9
    r_lower = dist.ppf(alpha / 2)
    if r_lower > 0:
        assert r_lower - 1 - 1e-9 <= limits.lower * n <= r_lower + 1e-9
    # so any count strictly beyond the next whole count is rarer than alpha / 2
    assert dist.sf(math.ceil(limits.upper * n - 1e-9)) <= alpha / 2 + 1e-12
    assert dist.cdf(math.floor(limits.lower * n + 1e-9) - 1) <= alpha / 2 + 1e-12


def test_funnel_limits_approach_the_normal_limits_for_large_areas() -> None:
    p, n = 0.148, 200_000
    limits = s.funnel_limits("proportion", p, n, 0.998)
    z = stats.norm.ppf(0.999)
    half = z * math.sqrt(p * (1 - p) / n)
    assert limits.lower == pytest.approx(p - half, rel=1e-3)
    assert limits.upper == pytest.approx(p + half, rel=1e-3)


def test_poisson_funnel_limits_equal_scipys_poisson_quantiles_at_whole_counts() -> None:
    target, exposure = 0.0073, 2000.0  # perinatal mortality per birth, 2000 births
    limits = s.funnel_limits("rate", target, exposure, 0.95)
    mu = target * exposure
    assert (
        stats.poisson(mu).ppf(0.975) - 1 <= limits.upper * exposure <= stats.poisson(mu).ppf(0.975)
    )
    assert limits.lower >= 0


def test_the_99_8_limits_are_wider_than_the_95_limits_and_areas_are_flagged() -> None:
    wide = s.funnel_limits("proportion", 0.148, 500, 0.998)
    narrow = s.funnel_limits("proportion", 0.148, 500, 0.95)
    assert wide.lower < narrow.lower < narrow.upper < wide.upper
    assert s.funnel_position("proportion", 120, 500, 0.148) == "above"
    assert s.funnel_position("proportion", 74, 500, 0.148) == "within"
    assert s.funnel_position("proportion", 40, 500, 0.148) == "below"


@settings(max_examples=100, deadline=None)
@given(st.lists(counts, min_size=3, max_size=30), st.floats(0.05, 0.5))
def test_shrunk_proportions_lie_between_the_raw_value_and_the_target(
    areas: Any, target: Any
) -> None:
    prior = s.fit_prior("proportion", areas, target=target)
    for k, n in areas:
        raw = k / n
        shrunk = s.shrink(prior, k, n)
        assert min(raw, target) - 1e-9 <= shrunk <= max(raw, target) + 1e-9


def test_a_small_area_is_shrunk_more_than_a_large_area_with_the_same_rate() -> None:
    areas = [(10, 50), (200, 1000), (150, 1000), (100, 1000), (15, 100)]
    prior = s.fit_prior("proportion", areas, target=0.148)
    small = s.shrink(prior, 10, 50)
    large = s.shrink(prior, 200, 1000)
    assert abs(small - 0.2) > abs(large - 0.2)


def test_the_gamma_poisson_prior_reproduces_its_mean_and_variance() -> None:
    areas = [(5, 800), (12, 1500), (30, 2500), (2, 300), (40, 6000), (9, 1000)]
    prior = s.fit_prior("rate", areas, target=0.0073)
    gamma = stats.gamma(prior.shape_a, scale=1 / prior.shape_b)
    assert gamma.mean() == pytest.approx(0.0073)
    assert gamma.var() == pytest.approx(prior.variance)
    cred = s.shrink_interval(prior, 5, 800)
    post = stats.gamma(5 + prior.shape_a, scale=1 / (800 + prior.shape_b))
    assert cred.lower == pytest.approx(post.ppf(0.025))
    assert cred.upper == pytest.approx(post.ppf(0.975))


def test_the_beta_binomial_credible_interval_equals_scipys_beta_quantiles() -> None:
    areas = [(30, 200), (25, 210), (70, 300), (5, 40)]
    prior = s.fit_prior("proportion", areas)
    cred = s.shrink_interval(prior, 5, 40)
    post = stats.beta(5 + prior.shape_a, 35 + prior.shape_b)
    assert cred.lower == pytest.approx(post.ppf(0.025))
    assert cred.upper == pytest.approx(post.ppf(0.975))
    assert s.shrink(prior, 5, 40) == pytest.approx(post.mean())


def _iv(lower: Any, upper: Any) -> Any:
    return s.Interval(lower, upper)


def test_a_value_whose_interval_excludes_the_country_is_significantly_different() -> None:
    area = {0.95: _iv(0.16, 0.19), 0.998: _iv(0.15, 0.20)}
    worse = s.compare(area, 0.148, "higher_is_worse")
    assert (worse.direction, worse.judgement, worse.level) == ("higher", "worse", 0.998)
    better = s.compare(area, 0.148, "higher_is_better")
    assert better.judgement == "better"
    neutral = s.compare(area, 0.148, "no_judgement")
    assert (neutral.direction, neutral.judgement) == ("higher", "not_judged")


def test_only_the_95_level_differs_when_the_998_interval_overlaps() -> None:
    area = {0.95: _iv(0.15, 0.19), 0.998: _iv(0.14, 0.21)}
    result = s.compare(area, 0.148, "higher_is_worse")
    assert (result.direction, result.judgement, result.level) == ("higher", "worse", 0.95)
    area = {0.95: _iv(0.14, 0.19), 0.998: _iv(0.13, 0.21)}
    result = s.compare(area, 0.148, "higher_is_worse")
    assert (result.direction, result.judgement, result.level) == ("similar", "similar", None)
    area = {0.95: _iv(0.10, 0.14), 0.998: _iv(0.09, 0.16)}
    result = s.compare(area, 0.148, "higher_is_worse")
    assert (result.direction, result.judgement, result.level) == ("lower", "better", 0.95)


def test_a_region_is_compared_by_interval_overlap() -> None:
    area = {0.95: _iv(0.10, 0.12), 0.998: _iv(0.09, 0.13)}
    region = {0.95: _iv(0.125, 0.14), 0.998: _iv(0.12, 0.15)}
    result = s.compare(area, region, "higher_is_better")
    assert (result.direction, result.judgement, result.level) == ("lower", "worse", 0.95)


def test_no_trend_is_given_for_fewer_than_five_years() -> None:
    assert (
        s.trend("proportion", [(2019, 10, 100), (2020, 20, 100), (2021, 30, 100), (2022, 40, 100)])
        is None
    )


def test_a_trend_needs_distinct_years() -> None:
    points = [(2019, 10, 100)] * 5
    assert s.trend("proportion", points) is None


def test_the_trend_test_for_proportions_equals_n_r_squared_of_scipys_correlation() -> None:
    points = [(2016, 20, 200), (2017, 24, 210), (2018, 30, 205), (2019, 33, 200), (2020, 41, 198)]
    assert s.trend("proportion", points) == "increasing"
    xs, ys = [], []
    for year, k, n in points:
        xs += [year] * n
        ys += [1] * k + [0] * (n - k)
    r = stats.pearsonr(xs, ys).statistic
    chi2, _ = s.trend_statistic("proportion", points)
    assert chi2 == pytest.approx(len(xs) * r * r, rel=1e-9)
    flat = [(y, 20, 200) for y in range(2016, 2021)]
    assert s.trend("proportion", flat) == "no_significant_change"
    falling = [(y, 60 - 8 * i, 400) for i, y in enumerate(range(2016, 2022))]
    assert s.trend("proportion", falling) == "decreasing"


def test_the_rate_trend_equals_the_score_test_of_a_poisson_regression_in_statsmodels() -> None:
    import numpy as np
    import statsmodels.api as sm

    points = [(2015 + i, k, 1000 + 20 * i) for i, k in enumerate([5, 6, 9, 11, 14, 17])]
    years = np.array([p[0] for p in points], dtype=float)
    ks = np.array([p[1] for p in points], dtype=float)
    ns = np.array([p[2] for p in points], dtype=float)
    null = sm.GLM(ks, np.ones((len(ks), 1)), family=sm.families.Poisson(), offset=np.log(ns))
    fit = null.fit()
    statistic, pvalue, _ = null.score_test(fit.params, exog_extra=years[:, None])
    chi2, score = s.trend_statistic("rate", points)
    assert chi2 == pytest.approx(float(np.ravel(statistic)[0]), rel=1e-6)
    assert pvalue < 0.05 and score > 0
    assert s.trend("rate", points) == "increasing"


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(5, 50_000), min_size=1, max_size=20),
    st.floats(0.005, 0.6),
    st.sampled_from(["proportion", "rate"]),
    st.sampled_from(s.LEVELS),
)
def test_the_vectorised_funnel_limits_equal_the_single_ones(
    sizes: Any, target: Any, kind: Any, level: Any
) -> None:
    many = s.funnel_limits_many(kind, target, sizes, level)
    for size, limits in zip(sizes, many, strict=True):
        one = s.funnel_limits(kind, target, size, level)
        assert limits.lower == pytest.approx(one.lower, abs=1e-12)
        assert limits.upper == pytest.approx(one.upper, abs=1e-12)
