"""What a page shows of a cell: nothing is computed from a suppressed count."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kansrijk.indicators import present
from kansrijk.indicators import statistics as st
from kansrijk.indicators.derive import Cell


def test_a_visible_proportion_gets_its_wilson_intervals_on_the_percentage_scale() -> None:
    shown = present.show(Cell("GM0344", 2022, 2022, 612, 4130, 14.82), "percentage")
    expected = st.wilson(612, 4130).scaled(100)
    assert shown.ci95 == expected
    assert shown.ci998 is not None and shown.ci998.lower < expected.lower


def test_a_rate_per_1000_gets_an_exact_poisson_interval() -> None:
    shown = present.show(Cell("GM0344", 2022, 2022, 30, 4130, 7.26), "per_1000")
    assert shown.ci95 == st.poisson_exact(30, 4130).scaled(1000)


def test_a_suppressed_cell_shows_no_value_counts_or_interval_but_its_owner_sees_them() -> None:
    cell = Cell("GM0088", 2022, 2022, 3, 40, 7.5, suppression="small_count")
    shown = present.show(cell, "percentage")
    assert (shown.value, shown.numerator, shown.denominator, shown.ci95) == (None, None, None, None)
    # one mark for every hidden cell: a reader cannot tell a small count from its partner
    assert shown.suppression == "hidden"
    partner = present.show(replace(cell, suppression="derivable"), "percentage")
    assert partner.suppression == "hidden"
    owner = present.show(cell, "percentage", owner=True)
    assert owner.value == 7.5 and owner.ci95 is not None
    assert owner.suppression == "small_count"


def test_no_comparison_is_made_for_a_suppressed_cell_or_one_without_counts() -> None:
    country = present.show(Cell("NL01", 2022, 2022, 14800, 100000, 14.8), "percentage")
    hidden = present.show(
        Cell("GM1", 2022, 2022, 3, 40, 7.5, suppression="small_count"), "percentage"
    )
    assert present.compare(hidden, country, "higher_is_worse", by_value=True) is None
    value_only = present.show(Cell("GM1", 2022, 2022, None, None, 10.0), "percentage")
    assert present.compare(value_only, country, "higher_is_worse", by_value=True) is None


def test_a_clearly_higher_municipality_is_worse_than_the_country() -> None:
    country = present.show(Cell("NL01", 2022, 2022, 14800, 100000, 14.8), "percentage")
    area = present.show(Cell("GM1", 2022, 2022, 400, 2000, 20.0), "percentage")
    result = present.compare(area, country, "higher_is_worse", by_value=True)
    assert result is not None
    assert (result.direction, result.judgement, result.level) == ("higher", "worse", 0.998)


def test_funnel_positions_are_given_per_level_for_visible_areas_only() -> None:
    cells = [
        present.show(Cell("A", 2022, 2022, 400, 2000, 20.0), "percentage"),
        present.show(Cell("B", 2022, 2022, 296, 2000, 14.8), "percentage"),
        present.show(Cell("C", 2022, 2022, 3, 40, 7.5, suppression="small_count"), "percentage"),
    ]
    positions = present.funnel_positions(cells, "percentage", 14.8)
    assert positions["A"] == {0.95: "above", 0.998: "above"}
    assert positions["B"] == {0.95: "within", 0.998: "within"}
    assert "C" not in positions


def test_the_funnel_curve_narrows_as_areas_grow() -> None:
    curve = present.funnel_curve("percentage", 14.8, 10_000)
    first, last = curve[0], curve[-1]
    assert first["upper998"] - first["lower998"] > last["upper998"] - last["lower998"]
    assert last["lower95"] < 14.8 < last["upper95"]


def test_shrunk_values_are_given_for_visible_municipalities_and_lie_towards_the_target() -> None:
    cells = [
        Cell("A", 2022, 2022, 30, 100, 30.0),
        Cell("B", 2022, 2022, 150, 1000, 15.0),
        Cell("C", 2022, 2022, 120, 1000, 12.0),
        Cell("D", 2022, 2022, 5, 20, 25.0, suppression="small_count"),
    ]
    result = present.shrunk(cells, "percentage", 14.8)
    assert set(result) == {"A", "B", "C"}
    assert 14.8 < result["A"][0] < 30.0


def test_the_spread_gives_quartiles_of_visible_values() -> None:
    spread = present.spread({"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0, "f": None})
    assert spread is not None
    assert (spread["min"], spread["median"], spread["max"]) == (1.0, 3.0, 5.0)
    assert spread["q1"] == pytest.approx(1.5)
