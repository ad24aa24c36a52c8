"""The mean score of a coalition's latest closed round, as the monitoring app reads it."""

from __future__ import annotations

import pytest

from kansrijk.assessments import selectors
from kansrijk.assessments.tests.factories import RoundFactory, closed_round
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db


def test_the_latest_closed_round_gives_its_mean_and_a_small_round_gives_none() -> None:
    coalition = CoalitionFactory.create(slug="gemiddelde")
    assert selectors.latest_closed_mean(coalition) is None
    first = closed_round(coalition, [4, 4, 3, 3])
    found = selectors.latest_closed_mean(coalition)
    assert found is not None and found[0] == first
    assert found[1] == pytest.approx(3.5)
    part = first.version.items.select_related("theme__part").first()
    assert part is not None
    by_part = selectors.latest_closed_mean(coalition, part=part.theme.part.key)
    assert by_part is not None and by_part[1] == pytest.approx(3.5)
    open_round = RoundFactory.create(coalition=coalition)  # open: not counted
    assert selectors.latest_closed_mean(coalition) == found
    open_round.delete()
    second = closed_round(coalition, [5, 5])
    assert selectors.latest_closed_mean(coalition) == (second, None)
