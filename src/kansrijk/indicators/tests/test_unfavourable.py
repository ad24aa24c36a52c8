"""Other steps read which startfoto figures are significantly unfavourable for a coalition."""

from __future__ import annotations

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators.selectors import Unfavourable, unfavourable_indicators
from kansrijk.indicators.tests.conftest import Startfoto
from kansrijk.indicators.tests.factories import IndicatorFactory, load_values
from kansrijk.regions.models import Municipality


def test_a_coalition_whose_municipality_is_significantly_worse_gets_that_indicator(
    startfoto_world: Startfoto,
) -> None:
    # Utrecht's big2 is significantly higher than the country, and higher is worse.
    assert unfavourable_indicators(startfoto_world.coalition) == [
        Unfavourable("big2", startfoto_world.indicator.name_en, "during-pregnancy")
    ]


def test_a_difference_within_the_intervals_is_not_unfavourable(
    startfoto_world: Startfoto,
) -> None:
    zwolle = CoalitionFactory(slug="zwolle", municipalities=[startfoto_world.middle])
    assert unfavourable_indicators(zwolle) == []


def test_significantly_better_or_without_judgement_is_not_unfavourable(
    startfoto_world: Startfoto,
) -> None:
    # The same high Utrecht share, but now of something where higher is better, and of a
    # context figure without a judgement: neither is unfavourable.
    by_code = {m.code: m for m in Municipality.objects.all()}
    counts = {
        by_code["GM0344"]: [(600, 4000), (620, 4100), (640, 4050), (700, 4000), (760, 4100)],
        by_code["GM0088"]: [(1, 9), (2, 10), (1, 8), (0, 9), (1, 11)],
        by_code["GM0193"]: [(200, 1300), (190, 1250), (180, 1300), (210, 1280), (195, 1290)],
        by_code["GM0307"]: [(230, 1600), (240, 1650), (220, 1620), (235, 1610), (228, 1640)],
        by_code["GM0310"]: [(60, 400), (55, 390), (62, 410), (58, 405), (61, 400)],
    }
    better = IndicatorFactory(key="borstvoeding", polarity="higher_is_better", phase="after")
    context = IndicatorFactory(key="eenouder", polarity="no_judgement", phase="context")
    load_values(better, counts)
    load_values(context, counts)
    keys = [u.key for u in unfavourable_indicators(startfoto_world.coalition)]
    assert keys == ["big2"]


def test_every_municipality_of_a_regional_coalition_counts_once(
    startfoto_world: Startfoto,
) -> None:
    regional = CoalitionFactory(
        slug="regio",
        kind="regional",
        municipalities=[startfoto_world.big, startfoto_world.middle, startfoto_world.small],
    )
    assert [u.key for u in unfavourable_indicators(regional)] == ["big2"]
