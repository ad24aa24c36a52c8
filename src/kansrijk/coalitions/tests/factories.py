from typing import Any

import factory

from kansrijk.coalitions.models import Coalition, Partner, PartnerDomain, PartnerType
from kansrijk.regions.tests.factories import MunicipalityFactory


class CoalitionFactory(factory.django.DjangoModelFactory[Coalition]):
    class Meta:
        model = Coalition
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"coalitie-{n}")
    name = factory.Sequence(lambda n: f"Kansrijke Start Testgemeente {n}")
    kind = "local"
    tranche = 2
    status = "active"
    lead_organisation = "Gemeente Testgemeente"

    @factory.post_generation
    def municipalities(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        self.municipalities.set(extracted if extracted is not None else [MunicipalityFactory()])


class PartnerDomainFactory(factory.django.DjangoModelFactory[PartnerDomain]):
    class Meta:
        model = PartnerDomain
        django_get_or_create = ("key",)

    key = "medisch"
    name = "Medisch domein"


class PartnerTypeFactory(factory.django.DjangoModelFactory[PartnerType]):
    class Meta:
        model = PartnerType
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"type-{n}")
    name = factory.Sequence(lambda n: f"Partnertype {n}")
    domain = factory.SubFactory(PartnerDomainFactory)


class PartnerFactory(factory.django.DjangoModelFactory[Partner]):
    class Meta:
        model = Partner

    coalition = factory.SubFactory(CoalitionFactory)
    organisation = factory.Sequence(lambda n: f"Organisatie {n}")
    partner_type = factory.SubFactory(PartnerTypeFactory)
    ring = "inner"
