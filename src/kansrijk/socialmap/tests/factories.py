# mypy: disable-error-code="no-untyped-call, attr-defined, untyped-decorator, arg-type"
from typing import Any, cast

import factory

from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.regions.models import GGDRegion, Municipality
from kansrijk.regions.tests.factories import GGDRegionFactory, MunicipalityFactory
from kansrijk.socialmap.models import (
    Approval,
    Organization,
    RiskSituation,
    Service,
)


class RiskSituationFactory(factory.django.DjangoModelFactory[RiskSituation]):
    class Meta:
        model = RiskSituation
        django_get_or_create = ("key",)

    key = "finances-and-debts"
    name = "Financiën en schulden"
    name_en = "Finances and debts"
    order = 10


class OrganizationFactory(factory.django.DjangoModelFactory[Organization]):
    class Meta:
        model = Organization

    coalition = factory.SubFactory(CoalitionFactory)
    name = factory.Sequence(lambda n: f"Organisatie {n} (fictief)")
    description = "Een organisatie voor de test."
    phone = "088 000 0000"


class ServiceFactory(factory.django.DjangoModelFactory[Service]):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Dienst {n}")
    description = "Hulp voor aanstaande ouders."
    domain = "social"
    phases = ",during_pregnancy,after_birth,"
    approval = Approval.APPROVED
    eligibility = "Inwoners van de gemeente."
    phone = "088 000 0001"
    assured_date = factory.LazyFunction(lambda: __import__("datetime").date.today())

    @factory.post_generation
    def municipalities(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.municipalities.set(
                extracted
                if extracted is not None
                else self.organization.coalition.municipalities.all()
            )

    @factory.post_generation
    def risk_situations(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            self.risk_situations.set(extracted)

    @factory.post_generation
    def indexed(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        from kansrijk.socialmap.services.indexing import service_reindex

        if create and extracted is not False:
            service_reindex(service=self)


# Typed shortcuts: factory_boy's calls are untyped, tests use these instead.


def make_coalition(**kwargs: Any) -> Coalition:
    return cast(Coalition, CoalitionFactory(**kwargs))


def make_municipality(**kwargs: Any) -> Municipality:
    return cast(Municipality, MunicipalityFactory(**kwargs))


def make_ggd_region(**kwargs: Any) -> GGDRegion:
    return cast(GGDRegion, GGDRegionFactory(**kwargs))


def make_risk_situation(**kwargs: Any) -> RiskSituation:
    return cast(RiskSituation, RiskSituationFactory(**kwargs))


def make_organization(**kwargs: Any) -> Organization:
    return cast(Organization, OrganizationFactory(**kwargs))


def make_service(**kwargs: Any) -> Service:
    return cast(Service, ServiceFactory(**kwargs))
