"""Factories of early signalling (factory_boy)."""

from datetime import date, timedelta

import factory

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.signalling.models import (
    Domain,
    Factor,
    HomeVisitAgreement,
    Phase,
    ReferralCode,
    ReferralOutcome,
    VulnerabilityGrade,
)


class DomainFactory(factory.django.DjangoModelFactory[Domain]):
    class Meta:
        model = Domain
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"domein-{n}")
    name = factory.Sequence(lambda n: f"Levensdomein {n}")
    order = factory.Sequence(lambda n: n)


class FactorFactory(factory.django.DjangoModelFactory[Factor]):
    class Meta:
        model = Factor

    key = factory.Sequence(lambda n: f"factor-{n}")
    name = factory.Sequence(lambda n: f"Factor {n}")
    domain = factory.SubFactory(DomainFactory)
    kind = "risk"


class PhaseFactory(factory.django.DjangoModelFactory[Phase]):
    class Meta:
        model = Phase
        django_get_or_create = ("key",)

    key = "during-pregnancy"
    name = "Tijdens de zwangerschap"


class GradeFactory(factory.django.DjangoModelFactory[VulnerabilityGrade]):
    class Meta:
        model = VulnerabilityGrade
        django_get_or_create = ("key",)

    key = "vulnerable"
    name = "Kwetsbaar"
    order = 20


class OutcomeFactory(factory.django.DjangoModelFactory[ReferralOutcome]):
    class Meta:
        model = ReferralOutcome
        django_get_or_create = ("key",)

    key = "help-started"
    name = "Hulp gestart"


class HomeVisitAgreementFactory(factory.django.DjangoModelFactory[HomeVisitAgreement]):
    class Meta:
        model = HomeVisitAgreement
        skip_postgeneration_save = True

    coalition = factory.SubFactory(CoalitionFactory)
    criteria = "Aanbieden bij zorgen op twee domeinen (fictief)."
    minimum_domains = 2
    jgz_organisation = "JGZ Testregio (fictief)"
    referral_route = "Bel het aanmeldpunt (fictief)."

    @factory.post_generation
    def trigger_domains(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create and extracted:
            self.trigger_domains.set(extracted)


class ReferralCodeFactory(factory.django.DjangoModelFactory[ReferralCode]):
    class Meta:
        model = ReferralCode

    code = factory.Sequence(lambda n: f"TEST-{n:04d}")
    coalition = factory.SubFactory(CoalitionFactory)
    issued_month = factory.LazyFunction(lambda: date.today().replace(day=1))
    expires_on = factory.LazyFunction(lambda: date.today() + timedelta(days=90))
