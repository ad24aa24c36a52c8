import factory

from kansrijk.regions.models import GGDRegion, Municipality, Province


class ProvinceFactory(factory.django.DjangoModelFactory[Province]):
    class Meta:
        model = Province
        django_get_or_create = ("code",)

    code = "PV26"
    name = "Utrecht"


class GGDRegionFactory(factory.django.DjangoModelFactory[GGDRegion]):
    class Meta:
        model = GGDRegion
        django_get_or_create = ("code",)

    code = "GG2514"
    name = "GGD Regio Utrecht"


class MunicipalityFactory(factory.django.DjangoModelFactory[Municipality]):
    class Meta:
        model = Municipality

    # GM9000-GM9999 are no real codes; the count wraps so that a long run (the suite creates
    # more than a thousand per worker) never makes a code longer than the column's six.
    code = factory.Sequence(lambda n: f"GM9{n % 1000:03d}")
    name = factory.Sequence(lambda n: f"Testgemeente {n}")
    province = factory.SubFactory(ProvinceFactory)
    ggd_region = factory.SubFactory(GGDRegionFactory)
    svg_path = "M0 0L10 0L10 10Z"
