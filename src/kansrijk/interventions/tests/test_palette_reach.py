"""The palette's summed reach, as the monitoring app reads it for a goal."""

from __future__ import annotations

import pytest

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.interventions import selectors
from kansrijk.interventions.tests.factories import PaletteItemFactory

pytestmark = pytest.mark.django_db


def test_the_reach_is_summed_and_hidden_from_others_when_an_item_is_small() -> None:
    coalition = CoalitionFactory.create(slug="bereik")
    assert selectors.palette_reach(coalition, owner=True) is None
    big = PaletteItemFactory.create(coalition=coalition, reach_per_year=40)
    PaletteItemFactory.create(coalition=coalition, reach_per_year=25)
    assert selectors.palette_reach(coalition, owner=False) == 65
    key = big.intervention.key
    assert selectors.palette_reach(coalition, owner=False, intervention=key) == 40
    PaletteItemFactory.create(coalition=coalition, reach_per_year=4)
    assert selectors.palette_reach(coalition, owner=False) is None
    assert selectors.palette_reach(coalition, owner=True) == 69
