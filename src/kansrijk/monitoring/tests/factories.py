from datetime import date
from decimal import Decimal

import factory

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.monitoring.models import AttentionPoint, EmbeddingKind, Goal, Measurement


class GoalFactory(factory.django.DjangoModelFactory[Goal]):
    class Meta:
        model = Goal

    coalition = factory.SubFactory(CoalitionFactory)
    statement = factory.Sequence(lambda n: f"Doel {n}")
    source = "manual"
    indicator = "Start zorg vóór 10 weken"
    unit = "%"
    baseline = Decimal("60")
    baseline_date = date(2024, 1, 1)
    target = Decimal("80")
    deadline = date(2026, 1, 1)
    owner = "Verloskundigen (fictief)"


class MeasurementFactory(factory.django.DjangoModelFactory[Measurement]):
    class Meta:
        model = Measurement

    goal = factory.SubFactory(GoalFactory)
    measured_on = date(2025, 1, 1)
    value = Decimal("75")


class AttentionPointFactory(factory.django.DjangoModelFactory[AttentionPoint]):
    class Meta:
        model = AttentionPoint
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"punt-{n}")
    name = factory.Sequence(lambda n: f"Aandachtspunt {n}")
    description = "Uitleg."


class EmbeddingKindFactory(factory.django.DjangoModelFactory[EmbeddingKind]):
    class Meta:
        model = EmbeddingKind
        django_get_or_create = ("key",)

    key = "gezondheidsnota"
    name = "Gezondheidsnota"
