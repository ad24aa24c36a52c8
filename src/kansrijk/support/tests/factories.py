from datetime import timedelta

import factory
from django.utils import timezone

from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.support.models import (
    AdviceEntry,
    AdviceTopic,
    AdviserAssignment,
    CoalitionFocus,
    Event,
    MeetingType,
    Registration,
    SupportTheme,
)


class AdviceTopicFactory(factory.django.DjangoModelFactory[AdviceTopic]):
    class Meta:
        model = AdviceTopic
        django_get_or_create = ("key",)

    key = "monitoring"
    name = "Monitoring"
    name_en = "Monitoring"


class MeetingTypeFactory(factory.django.DjangoModelFactory[MeetingType]):
    class Meta:
        model = MeetingType
        django_get_or_create = ("key",)

    key = "webinar"
    name = "Webinar"


class SupportThemeFactory(factory.django.DjangoModelFactory[SupportTheme]):
    class Meta:
        model = SupportTheme
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"thema-{n}")
    name = factory.Sequence(lambda n: f"Thema {n}")


class AdviserAssignmentFactory(factory.django.DjangoModelFactory[AdviserAssignment]):
    class Meta:
        model = AdviserAssignment

    user = factory.SubFactory(UserFactory)
    coalition = factory.SubFactory(CoalitionFactory)


class AdviceEntryFactory(factory.django.DjangoModelFactory[AdviceEntry]):
    class Meta:
        model = AdviceEntry

    coalition = factory.SubFactory(CoalitionFactory)
    adviser = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))
    form = "call"
    topic = factory.SubFactory(AdviceTopicFactory)
    summary = "Besproken: de monitoring."
    follow_up = "Voorbeeld sturen"
    follow_up_due = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class CoalitionFocusFactory(factory.django.DjangoModelFactory[CoalitionFocus]):
    class Meta:
        model = CoalitionFocus

    coalition = factory.SubFactory(CoalitionFactory)
    theme = factory.SubFactory(SupportThemeFactory)


class EventFactory(factory.django.DjangoModelFactory[Event]):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    meeting_type = factory.SubFactory(MeetingTypeFactory)
    scope = "national"
    description = "Een bijeenkomst."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    location = "Utrecht"
    capacity = 2
    organiser = factory.SubFactory(UserFactory)


class RegistrationFactory(factory.django.DjangoModelFactory[Registration]):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
