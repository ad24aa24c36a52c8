"""The agenda: registration, capacity, waiting list, cancellation, materials, the feed."""

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from kansrijk.accounts.models import RegionalAssignment
from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.regions.tests.factories import GGDRegionFactory, MunicipalityFactory
from kansrijk.support import agenda, services
from kansrijk.support.models import Event, Registration
from kansrijk.support.tests.factories import (
    EventFactory,
    MeetingTypeFactory,
    RegistrationFactory,
    SupportThemeFactory,
)


@pytest.mark.django_db
def test_registrations_beyond_the_capacity_go_on_the_waiting_list(client: Client) -> None:
    event = EventFactory(capacity=1)
    first, second = MembershipFactory(), MembershipFactory()
    for membership in (first, second):
        client.force_login(membership.user)
        client.post(
            reverse("support:event_register", args=[event.pk]),
            {"coalition": membership.coalition.pk},
        )
    state = agenda.places(event)
    assert [r.user for r in state.confirmed] == [first.user]
    assert [r.user for r in state.waiting] == [second.user]
    assert state.confirmed[0].coalition == first.coalition
    page = client.get(reverse("support:event", args=[event.pk])).content.decode()
    assert "1" in page and ("wachtlijst" in page or "waiting list" in page)


@pytest.mark.django_db
def test_a_cancellation_gives_the_place_to_the_first_on_the_waiting_list_by_e_mail(
    django_capture_on_commit_callbacks: object,
) -> None:
    event = EventFactory(capacity=1)
    holder = RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, user=UserFactory(email="wacht@example.org"))
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        promoted = services.registration_cancel(registration=holder)
    assert promoted == waiting
    assert agenda.places(event).confirmed == [waiting]
    assert [m.to for m in mail.outbox] == [["wacht@example.org"]]
    holder.refresh_from_db()
    assert holder.cancelled_at is not None  # kept, not deleted


@pytest.mark.django_db
def test_one_cannot_register_twice_nor_for_a_past_or_cancelled_meeting() -> None:
    registration = RegistrationFactory()
    with pytest.raises(ValidationError):
        services.registration_create(
            event=registration.event, user=registration.user, coalition=None
        )
    past = EventFactory(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    cancelled = EventFactory(cancelled_at=timezone.now())
    for event in (past, cancelled):
        with pytest.raises(ValidationError):
            services.registration_create(event=event, user=registration.user, coalition=None)
    assert Registration.objects.count() == 1


@pytest.mark.django_db
def test_after_cancelling_one_may_register_again_at_the_back_of_the_queue(client: Client) -> None:
    event = EventFactory(capacity=1)
    mine = RegistrationFactory(event=event)
    other = RegistrationFactory(event=event)
    client.force_login(mine.user)
    client.post(reverse("support:event_cancel", args=[event.pk]))
    client.post(reverse("support:event_register", args=[event.pk]), {})
    state = agenda.places(event)
    assert state.confirmed == [other]
    assert [r.user for r in state.waiting] == [mine.user]


@pytest.mark.django_db
def test_one_cannot_register_on_behalf_of_a_coalition_one_is_not_part_of(client: Client) -> None:
    event = EventFactory()
    foreign = MembershipFactory().coalition
    client.force_login(MembershipFactory().user)
    client.post(reverse("support:event_register", args=[event.pk]), {"coalition": foreign.pk})
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_the_icalendar_feed_holds_the_meetings_that_were_not_cancelled(client: Client) -> None:
    theme = SupportThemeFactory(name="Armoede")
    event = EventFactory(title="Webinar armoede", online_url="https://example.org/w")
    event.themes.set([theme])
    EventFactory(title="Afgelast", cancelled_at=timezone.now())
    response = client.get(reverse("support:agenda_feed"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    [item] = calendar.walk("VEVENT")
    assert str(item["summary"]) == "Webinar armoede"
    assert item.decoded("dtstart") == event.starts_at.replace(microsecond=0)
    assert "Armoede" in str(item["categories"].to_ical())


@pytest.mark.django_db
def test_a_regional_coordinator_organises_meetings_for_their_own_region_only() -> None:
    own = MunicipalityFactory().ggd_region
    other = MunicipalityFactory(ggd_region=GGDRegionFactory(code="GG3406")).ggd_region
    coordinator = UserFactory()
    RegionalAssignment.objects.create(user=coordinator, ggd_region=own)
    values: dict[str, Any] = {
        "organiser": coordinator,
        "title": "Regiobijeenkomst",
        "meeting_type": MeetingTypeFactory(),
        "scope": "regional",
        "description": "Samen leren",
        "starts_at": timezone.now() + timedelta(days=3),
        "ends_at": timezone.now() + timedelta(days=3, hours=2),
        "location": "Utrecht",
        "online_url": "",
        "capacity": 20,
        "themes": [],
    }
    assert services.event_create(ggd_region=own, **values).ggd_region == own
    with pytest.raises(ValidationError):
        services.event_create(ggd_region=other, **values)
    with pytest.raises(ValidationError):
        services.event_create(ggd_region=None, **{**values, "scope": "national"})
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_the_organiser_adds_materials_and_others_cannot(client: Client) -> None:
    event = EventFactory()
    url = reverse("support:material_add", args=[event.pk])
    client.force_login(UserFactory())
    assert (
        client.post(url, {"title": "Dia's", "url": "https://example.org/d.pdf"}).status_code == 403
    )
    client.force_login(event.organiser)
    client.post(url, {"title": "Dia's", "url": "https://example.org/d.pdf"})
    assert [m.title for m in event.materials.all()] == ["Dia's"]


@pytest.mark.django_db
def test_the_national_editor_sees_places_taken_per_coalition_and_theme(client: Client) -> None:
    theme = SupportThemeFactory(name="Vroegsignalering")
    event = EventFactory(capacity=1)
    event.themes.set([theme])
    first = MembershipFactory()
    RegistrationFactory(event=event, user=first.user, coalition=first.coalition)
    RegistrationFactory(event=event, coalition=MembershipFactory().coalition)  # waiting
    per_coalition, per_theme = agenda.attendance()
    assert [(r.label, r.registrations) for r in per_coalition] == [(first.coalition.name, 1)]
    assert [(r.label, r.registrations, r.events) for r in per_theme] == [("Vroegsignalering", 1, 1)]
    client.force_login(UserFactory(is_national_editor=True))
    page = client.get(reverse("support:attendance")).content.decode()
    assert first.coalition.name in page
