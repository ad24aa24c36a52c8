"""The bad-input corpus against the monitoring forms: goals, measurements and borging
(attention points, embedding, the multi-year plan). A clear Dutch error (never a 500) and
nothing stored."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring.tests.factories import (
    AttentionPointFactory,
    EmbeddingKindFactory,
    GoalFactory,
)
from kansrijk.ui.testing.form_corpus import assert_form_refuses_corpus

pytestmark = pytest.mark.django_db

# Decimal fields of 12 digits with 2 decimals: these corpus values are valid numbers.
NUMBERS_VALID = ["0", "-1", "12345", "1.5"]


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_every_bad_value_for_a_goal_is_refused_and_nothing_stored(
    coalition: Coalition, lead: User
) -> None:
    client = _client(lead)
    url = reverse("monitoring:goals", args=[coalition.slug])
    valid = {
        "statement": "Meer zwangeren in zorg voor 10 weken (fictief).",
        "source": "manual",
        "indicator": "Aandeel start zorg < 10 weken",
        "unit": "%",
        "baseline": "60",
        "baseline_date": "2024-01-01",
        "target": "75",
        "deadline": "2027-12-31",
        "owner": "Werkgroep zorg",
    }
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["source", "baseline", "baseline_date", "target", "deadline"],
        text=["statement", "indicator", "unit", "owner"],
        allowed={"baseline": NUMBERS_VALID, "target": NUMBERS_VALID},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_value_for_a_measurement_is_refused_and_nothing_stored(
    coalition: Coalition, lead: User
) -> None:
    goal = GoalFactory(coalition=coalition)
    client = _client(lead)
    url = reverse("monitoring:goal", args=[coalition.slug, goal.pk])
    valid = {"measured_on": "2025-06-01", "value": "64", "note": ""}
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["measured_on", "value"],
        text=["note"],
        allowed={"value": NUMBERS_VALID},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_value_in_the_borging_forms_is_refused_and_nothing_stored(
    coalition: Coalition, lead: User
) -> None:
    client = _client(lead)
    url = reverse("monitoring:borging", args=[coalition.slug])
    attention = {
        "formulier": "aandachtspunt",
        "point": str(AttentionPointFactory().pk),
        "status": "arranged",
        "evidence": "",
    }
    embedding = {
        "formulier": "inbedding",
        "kind": str(EmbeddingKindFactory().pk),
        "title": "Nota jeugd (fictief)",
        "adopted_on": "",
        "note": "",
    }
    plan = {
        "formulier": "meerjarenplan",
        "first_year": "2025",
        "last_year": "2028",
        "ambition": "Elk kind een kansrijke start.",
        "activities": "2025: zorgpaden.",
        "financing": "",
    }
    assert_form_refuses_corpus(
        client, url, attention, typed=["formulier", "point", "status"], text=["evidence"]
    )
    assert_form_refuses_corpus(
        client,
        url,
        embedding,
        typed=["kind", "adopted_on"],
        text=["title", "note"],
        allowed={"adopted_on": [""]},
    )
    assert_form_refuses_corpus(
        client,
        url,
        plan,
        typed=["first_year", "last_year"],
        text=["ambition", "activities", "financing"],
    )
    for valid in (attention, embedding, plan):
        assert client.post(url, valid).status_code == 302, valid["formulier"]
