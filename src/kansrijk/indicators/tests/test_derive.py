"""Derived cells: aggregates, pooled periods and suppression over all of them."""

from __future__ import annotations

from typing import Any

from kansrijk.indicators.derive import Cell, Geography, derive

GEO = Geography(
    region_of={"GM0001": "GG0001", "GM0002": "GG0001", "GM0003": "GG0002"},
    province_of={"GM0001": "PV20", "GM0002": "PV20", "GM0003": "PV20"},
)


def cell(area: Any, year: Any, k: Any, n: Any) -> Any:
    return Cell(area, year, year, k, n, k / n * 100, synthetic=True)


def test_the_country_and_regions_are_the_sums_of_their_municipalities() -> None:
    cells = derive(
        [
            cell("GM0001", 2022, 50, 400),
            cell("GM0002", 2022, 30, 200),
            cell("GM0003", 2022, 20, 400),
        ],
        GEO,
        scale=100,
        threshold=10,
    )
    by_key = {c.key: c for c in cells}
    assert (by_key[("NL01", 2022, 2022)].numerator, by_key[("NL01", 2022, 2022)].denominator) == (
        100,
        1000,
    )
    assert by_key[("GG0001", 2022, 2022)].numerator == 80
    assert by_key[("GG0001", 2022, 2022)].computed
    assert by_key[("NL01", 2022, 2022)].synthetic


def test_pooled_periods_are_fixed_blocks_of_three_years_that_never_overlap() -> None:
    published = [
        cell("GM0001", y, 20, 200) for y in (2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023)
    ]
    pooled = {c.key for c in derive(published, GEO, scale=100, threshold=10) if c.start != c.end}
    assert ("GM0001", 2015, 2017) in pooled
    assert ("GM0001", 2021, 2023) in pooled
    assert ("GM0001", 2018, 2020) not in pooled  # 2020 is missing
    assert ("GM0001", 2016, 2018) not in pooled  # it would overlap 2015-2017
    assert not any(end - start == 4 for _area, start, end in pooled)


def test_a_small_municipality_is_hidden_and_so_is_a_neighbour_that_would_give_it_away() -> None:
    published = [
        cell("GM0001", 2022, 4, 40),
        cell("GM0002", 2022, 30, 200),
        cell("GM0003", 2022, 60, 400),
    ]
    by_key = {c.key: c for c in derive(published, GEO, scale=100, threshold=10)}
    assert by_key[("GM0001", 2022, 2022)].suppression == "small_count"
    # region GG0001 = GM0001 + GM0002 is shown, so GM0002 must go too
    assert by_key[("GM0002", 2022, 2022)].suppression == "derivable"
    assert by_key[("GG0001", 2022, 2022)].suppression == ""
    assert by_key[("GM0003", 2022, 2022)].suppression == ""


def test_an_imported_pool_beside_hidden_years_is_hidden_too() -> None:
    published = [cell("GM0001", y, 4, 40) for y in (2019, 2020)] + [
        cell("GM0002", y, 30, 200) for y in (2019, 2020)
    ]
    published.append(Cell("GM0001", 2018, 2020, 12, 120, 10.0))
    published.append(Cell("GM0002", 2018, 2020, 90, 600, 15.0))
    by_key = {c.key: c for c in derive(published, GEO, scale=100, threshold=10)}
    assert by_key[("GM0001", 2018, 2020)].suppression == "derivable"
    assert by_key[("GM0002", 2018, 2020)].suppression == "derivable"


def test_figures_without_counts_are_aggregated_as_a_weighted_mean_and_never_suppressed() -> None:
    published = [
        Cell("GM0001", 2022, 2022, None, None, 10.0, weight=1000),
        Cell("GM0002", 2022, 2022, None, None, 20.0, weight=3000),
    ]
    by_key = {c.key: c for c in derive(published, GEO, scale=100, threshold=10)}
    assert by_key[("GG0001", 2022, 2022)].value == 17.5
    assert by_key[("GG0001", 2022, 2022)].suppression == ""


def test_a_published_aggregate_is_kept_instead_of_being_recomputed() -> None:
    published = [cell("GM0001", 2022, 50, 400), Cell("NL01", 2022, 2022, 14800, 100000, 14.8)]
    by_key = {c.key: c for c in derive(published, GEO, scale=100, threshold=10)}
    assert by_key[("NL01", 2022, 2022)].numerator == 14800
    assert not by_key[("NL01", 2022, 2022)].computed
