"""The startfoto value of one indicator for a coalition as a whole (read by monitoring)."""

from __future__ import annotations

import pytest

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators import selectors
from kansrijk.indicators.tests.conftest import Startfoto

pytestmark = pytest.mark.django_db


def test_a_coalition_of_one_municipality_gets_its_newest_yearly_value(
    startfoto_world: Startfoto,
) -> None:
    figure = selectors.coalition_figure(startfoto_world.coalition, "big2", owner=False)
    assert figure is not None
    assert figure.period == (2023, 2023) and figure.period_label == "2023"
    assert figure.value == pytest.approx(760 / 4100 * 100)
    assert not figure.suppressed


def test_several_municipalities_are_summed_and_a_small_member_hides_the_total_from_others(
    startfoto_world: Startfoto,
) -> None:
    both = CoalitionFactory(
        slug="samen", municipalities=[startfoto_world.big, startfoto_world.middle]
    )
    figure = selectors.coalition_figure(both, "big2", owner=False)
    assert figure is not None and figure.value == pytest.approx(955 / 5390 * 100)
    with_small = CoalitionFactory(
        slug="klein", municipalities=[startfoto_world.middle, startfoto_world.small]
    )
    hidden = selectors.coalition_figure(with_small, "big2", owner=False)
    assert hidden is not None and hidden.suppressed and hidden.value is None
    own = selectors.coalition_figure(with_small, "big2", owner=True)
    assert own is not None and own.value == pytest.approx(196 / 1301 * 100)


def test_an_unknown_indicator_or_no_values_gives_nothing(startfoto_world: Startfoto) -> None:
    assert selectors.coalition_figure(startfoto_world.coalition, "onbekend", owner=True) is None
    empty = CoalitionFactory(slug="leeg", municipalities=[])
    assert selectors.coalition_figure(empty, "big2", owner=True) is None
