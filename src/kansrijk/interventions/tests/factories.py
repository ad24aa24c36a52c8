"""Factories of the interventions app. Lists are looked up by key (get_or_create)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import factory

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.interventions.models import (
    FinancingLine,
    FundingSource,
    Intervention,
    PaletteItem,
    Phase,
    RecognitionLevel,
    RiskSituation,
    SpukPurpose,
    ZvwStatus,
)


class PhaseFactory(factory.django.DjangoModelFactory[Phase]):
    class Meta:
        model = Phase
        django_get_or_create = ("key",)

    key = "during-pregnancy"
    name = factory.LazyAttribute(lambda o: f"Fase {o.key}")
    name_en = factory.LazyAttribute(lambda o: f"Phase {o.key}")


class RiskSituationFactory(factory.django.DjangoModelFactory[RiskSituation]):
    class Meta:
        model = RiskSituation
        django_get_or_create = ("key",)

    key = "finances-debts"
    name = factory.LazyAttribute(lambda o: f"Risico {o.key}")


class RecognitionLevelFactory(factory.django.DjangoModelFactory[RecognitionLevel]):
    class Meta:
        model = RecognitionLevel
        django_get_or_create = ("key",)

    key = "well-founded"
    name = "Goed onderbouwd"
    points = Decimal("0.55")
    recognised = True


class ZvwStatusFactory(factory.django.DjangoModelFactory[ZvwStatus]):
    class Meta:
        model = ZvwStatus
        django_get_or_create = ("key",)

    key = "not-insured"
    name = "Niet verzekerd"
    points = Decimal("0.30")


class FundingSourceFactory(factory.django.DjangoModelFactory[FundingSource]):
    class Meta:
        model = FundingSource
        django_get_or_create = ("key",)

    key = "spuk-gala"
    name = "SPUK GALA"
    points = Decimal("0.80")
    is_spuk = factory.LazyAttribute(lambda o: o.key.startswith("spuk-gala"))


class SpukPurposeFactory(factory.django.DjangoModelFactory[SpukPurpose]):
    class Meta:
        model = SpukPurpose
        django_get_or_create = ("key",)

    key = "interventions"
    name = "Vaker inzetten van interventies"


class InterventionFactory(factory.django.DjangoModelFactory[Intervention]):
    class Meta:
        model = Intervention
        django_get_or_create = ("key",)
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"interventie-{n}")
    name = factory.Sequence(lambda n: f"Interventie {n}")
    summary_nl = "Een korte beschrijving."
    target_group_nl = "Aanstaande ouders"
    recognition_level = factory.SubFactory(RecognitionLevelFactory)
    zvw_status = factory.SubFactory(ZvwStatusFactory)
    source_url = "https://www.kansrijkestartnl.nl/lokale-coalities/interventies"
    source_documents = "Testbron"

    @factory.post_generation
    def phases(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.phases.set(extracted if extracted is not None else [PhaseFactory.create()])

    @factory.post_generation
    def risk_situations(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.risk_situations.set(
                extracted if extracted is not None else [RiskSituationFactory.create()]
            )

    @factory.post_generation
    def funding_routes(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.funding_routes.set(
                extracted if extracted is not None else [FundingSourceFactory.create()]
            )


class PaletteItemFactory(factory.django.DjangoModelFactory[PaletteItem]):
    class Meta:
        model = PaletteItem
        skip_postgeneration_save = True

    coalition = factory.SubFactory(CoalitionFactory)
    intervention = factory.SubFactory(InterventionFactory)

    @factory.post_generation
    def cells(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and self.intervention is not None:
            self.phases.set(self.intervention.phases.all())
            self.risk_situations.set(self.intervention.risk_situations.all())


class FinancingLineFactory(factory.django.DjangoModelFactory[FinancingLine]):
    class Meta:
        model = FinancingLine

    coalition = factory.SubFactory(CoalitionFactory)
    year = 2025
    activity = "Coördinatie van de coalitie"
    funding_source = factory.SubFactory(FundingSourceFactory)
    spuk_purpose = factory.LazyAttribute(
        lambda o: SpukPurposeFactory.create() if o.funding_source.is_spuk else None
    )
    planned_eur = Decimal("1000.00")
