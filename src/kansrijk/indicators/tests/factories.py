from typing import Any

import factory

from kansrijk.indicators.models import Indicator, IndicatorGroup, StoryNote
from kansrijk.indicators.services import Incoming, values_import
from kansrijk.regions.models import Municipality


class IndicatorGroupFactory(factory.django.DjangoModelFactory[IndicatorGroup]):
    class Meta:
        model = IndicatorGroup
        django_get_or_create = ("key",)

    key = "perinatal"
    name = "Perinatale kerncijfers"
    name_en = "Perinatal key figures"


class IndicatorFactory(factory.django.DjangoModelFactory[Indicator]):
    class Meta:
        model = Indicator
        django_get_or_create = ("key",)

    key = "big2"
    name = "Vroeggeboorte en/of te laag geboortegewicht (big2)"
    name_en = "Preterm birth and/or small for gestational age (big2)"
    group = factory.SubFactory(IndicatorGroupFactory)
    definition = "Aandeel kinderen geboren voor 37 weken en/of onder het 10e gewichtspercentiel."
    numerator_definition = "Kinderen te vroeg en/of te klein"
    denominator_definition = "Alle geboren kinderen vanaf 22 weken"
    unit = "percentage"
    polarity = "higher_is_worse"
    phase = "during"
    source = "Perined"
    licence = "demo: synthetisch"
    synthetic = True


class StoryNoteFactory(factory.django.DjangoModelFactory[StoryNote]):
    class Meta:
        model = StoryNote

    indicator = factory.SubFactory(IndicatorFactory)
    text = "De verloskundigen herkennen dit beeld. (fictief)"


def load_values(
    indicator: Indicator,
    counts: dict[Municipality, list[tuple[int, int]]],
    *,
    first_year: int = 2019,
    synthetic: bool = True,
) -> Any:
    """Store yearly (numerator, denominator) per municipality through the real service."""
    items = [
        Incoming(
            indicator=indicator.key,
            area=municipality.code,
            start=first_year + i,
            end=first_year + i,
            numerator=k,
            denominator=n,
            value=k / n * 100,
            synthetic=synthetic,
        )
        for municipality, series in counts.items()
        for i, (k, n) in enumerate(series)
    ]
    return values_import(items=items, source="test")
