from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import translation

from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators.models import Indicator
from kansrijk.indicators.tests.factories import IndicatorFactory, load_values
from kansrijk.regions.models import Municipality
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.ui.testing import cache as test_cache


@dataclass
class Startfoto:
    big: Municipality
    small: Municipality
    middle: Municipality
    indicator: Indicator
    coalition: Coalition


@pytest.fixture(autouse=True)
def _empty_cache_and_english(settings: Any) -> Iterator[None]:
    """Fresh cache; pages and messages in English (the source strings) for the assertions."""
    test_cache.clear()
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def startfoto_world(db: None) -> Startfoto:
    """Six municipalities in one region, five years of big2; one is too small to show."""
    big = MunicipalityFactory(code="GM0344", name="Utrecht")
    small = MunicipalityFactory(code="GM0088", name="Schiermonnikoog")
    middle = MunicipalityFactory(code="GM0193", name="Zwolle")
    fourth = MunicipalityFactory(code="GM0307", name="Amersfoort")
    fifth = MunicipalityFactory(code="GM0310", name="De Bilt")
    sixth = MunicipalityFactory(code="GM0356", name="Nieuwegein")
    indicator = IndicatorFactory()
    load_values(
        indicator,
        {
            big: [(600, 4000), (620, 4100), (640, 4050), (700, 4000), (760, 4100)],
            small: [(1, 9), (2, 10), (1, 8), (0, 9), (1, 11)],
            middle: [(200, 1300), (190, 1250), (180, 1300), (210, 1280), (195, 1290)],
            fourth: [(230, 1600), (240, 1650), (220, 1620), (235, 1610), (228, 1640)],
            fifth: [(60, 400), (55, 390), (62, 410), (58, 405), (61, 400)],
            sixth: [(150, 1000), (152, 990), (149, 1010), (151, 1000), (150, 1000)],
        },
    )
    coalition = CoalitionFactory(
        slug="utrecht", name="Kansrijke Start Utrecht", municipalities=[big]
    )
    return Startfoto(big, small, middle, indicator, coalition)
