"""The bad-input corpus against the forms of support: the advice log, peer contact, the
agenda (meetings, registration, material) and the parents' questionnaire rounds. A clear
Dutch error (never a 500) and nothing stored or changed."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.assessments.models import Answer
from kansrijk.assessments.reference import load as load_engine_reference
from kansrijk.support import parents
from kansrijk.support.models import AdviceEntry, ParentSurvey
from kansrijk.support.tests.factories import (
    AdviceEntryFactory,
    AdviceTopicFactory,
    AdviserAssignmentFactory,
    EventFactory,
    MeetingTypeFactory,
    SupportThemeFactory,
)
from kansrijk.support.tests.test_parents import answer
from kansrijk.ui.testing.form_corpus import assert_form_refuses_corpus

pytestmark = pytest.mark.django_db


def _logged_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_every_bad_value_in_the_advice_log_is_refused_and_nothing_stored() -> None:
    assignment = AdviserAssignmentFactory()
    client = _logged_in(assignment.user)
    valid = {
        "date": timezone.localdate().isoformat(),
        "form": "visit",
        "topic": str(AdviceTopicFactory().pk),
        "summary": "Startfoto besproken",
        "follow_up": "",
        "follow_up_due": "",
    }
    url = reverse("support:advice_log", args=[assignment.coalition.slug])
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["date", "form", "topic", "follow_up_due"],
        text=["summary", "follow_up"],
        allowed={"follow_up_due": [""]},
    )
    assert client.post(url, valid).status_code == 302


def test_a_bad_note_does_not_complete_a_follow_up() -> None:
    assignment = AdviserAssignmentFactory()
    entry = AdviceEntryFactory(
        coalition=assignment.coalition,
        adviser=assignment.user,
        follow_up="Bellen",
        follow_up_due=timezone.localdate() + timedelta(days=3),
    )
    url = reverse("support:follow_up_complete", args=[assignment.coalition.slug, entry.pk])

    def state() -> Any:
        return list(AdviceEntry.objects.filter(pk=entry.pk).values())

    assert_form_refuses_corpus(
        _logged_in(assignment.user), url, {"note": "Gedaan"}, text=["note"], state=state
    )


def test_every_bad_peer_setting_or_message_is_refused_and_nothing_stored() -> None:
    sender = MembershipFactory(role="lead")
    receiver = MembershipFactory(role="lead")
    client = _logged_in(sender.user)
    settings_url = reverse("support:peer_settings", args=[sender.coalition.slug])
    assert_form_refuses_corpus(
        client,
        settings_url,
        {"themes": [str(SupportThemeFactory().pk)], "since": "2022", "accept_messages": "on"},
        typed=["themes", "since"],
        allowed={"themes": [""], "since": [""]},
    )
    contact_url = reverse(
        "support:peer_contact", args=[sender.coalition.slug, receiver.coalition.slug]
    )
    assert_form_refuses_corpus(
        client,
        contact_url,
        {"subject": "Zorgpad schulden", "body": "Hoe deden jullie dat?"},
        text=["subject", "body"],
    )


def _event_data() -> dict[str, Any]:
    start = timezone.localtime() + timedelta(days=20)
    return {
        "title": "Leernetwerk (fictief)",
        "meeting_type": str(MeetingTypeFactory().pk),
        "scope": "national",
        "ggd_region": "",
        "description": "Over zorgpaden.",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "location": "Utrecht",
        "online_url": "",
        "capacity": "30",
        "themes": [str(SupportThemeFactory().pk)],
    }


def test_every_bad_value_for_a_new_meeting_is_refused_and_nothing_stored() -> None:
    client = _logged_in(UserFactory(is_national_editor=True))
    url = reverse("support:event_new")
    valid = _event_data()
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=[
            "meeting_type",
            "scope",
            "ggd_region",
            "starts_at",
            "ends_at",
            "online_url",
            "capacity",
            "themes",
        ],
        text=["title", "description", "location"],
        allowed={"ggd_region": [""], "online_url": [""], "themes": [""]},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_registration_or_material_is_refused_and_nothing_stored() -> None:
    event = EventFactory(capacity=5)
    membership = MembershipFactory()
    client = _logged_in(membership.user)
    assert_form_refuses_corpus(
        client,
        reverse("support:event_register", args=[event.pk]),
        {"coalition": str(membership.coalition.pk)},
        typed=["coalition"],
        allowed={"coalition": [""]},
    )
    organiser = _logged_in(event.organiser)
    assert_form_refuses_corpus(
        organiser,
        reverse("support:material_add", args=[event.pk]),
        {"title": "Dia's", "url": "https://example.org/d.pdf"},
        typed=["url"],
        text=["title"],
    )


@pytest.fixture
def survey() -> ParentSurvey:
    load_engine_reference(stdout=StringIO())
    parents.questionnaire_load()
    lead = MembershipFactory(role="lead")
    return parents.parent_survey_start(coalition=lead.coalition, user=lead.user, title="Najaar")


def test_every_bad_answer_of_a_parent_is_refused_and_nothing_stored(
    survey: ParentSurvey,
) -> None:
    client = Client()
    start = reverse("support:parent_start", args=[survey.code])
    questions = client.post(start)["Location"]
    items = parents.items_of(survey)
    valid = {f"item_{items[0].pk}": "4", "missing": "Meer uitleg"}
    assert_form_refuses_corpus(
        client,
        questions,
        valid,
        typed=[f"item_{items[0].pk}"],
        text=["missing"],
        allowed={f"item_{items[0].pk}": [""]},
    )


def test_every_bad_round_title_or_review_is_refused_and_nothing_stored(
    survey: ParentSurvey,
) -> None:
    coalition = survey.round.coalition
    lead = coalition.memberships.get(role="lead").user
    client = _logged_in(lead)
    assert_form_refuses_corpus(
        client,
        reverse("support:parents", args=[coalition.slug]),
        {"title": "Voorjaar"},
        text=["title"],
    )
    answer(survey, comment="Niemand vroeg naar geldzorgen.")
    commented = Answer.objects.exclude(comment="").get()
    url = reverse("support:parent_review", args=[coalition.slug, survey.pk])

    def state() -> Any:
        return list(Answer.objects.filter(pk=commented.pk).values())

    assert_form_refuses_corpus(
        client,
        url,
        {"answer": str(commented.pk), "text": "Geldzorgen"},
        typed=["answer"],
        text=["text"],
        state=state,
        statuses=(200, 400, 404),
    )
