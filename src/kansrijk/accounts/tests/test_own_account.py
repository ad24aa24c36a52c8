"""A user downloads and deletes their own account; the logs survive without personal data."""

from __future__ import annotations

import json

import pytest
from auditlog.models import LogEntry
from django.test import Client

from kansrijk.accounts.models import Membership, SecurityEvent, User
from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db


def test_a_user_downloads_everything_the_platform_holds_about_them(client: Client) -> None:
    user = UserFactory(full_name="Anna de Vries (fictief)")
    Membership.objects.create(
        user=user, coalition=CoalitionFactory(name="Kansrijk Test"), role="partner"
    )
    client.force_login(user)
    response = client.get("/account/gegevens.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["full_name"] == "Anna de Vries (fictief)"
    assert data["memberships"] == [
        {"coalition": "Kansrijk Test", "role": "partner", "since": data["memberships"][0]["since"]}
    ]
    assert any(e["action"] == "login" for e in data["security_events"])
    assert SecurityEvent.objects.filter(action="account_export", actor_id=user.pk).exists()


def test_deleting_an_account_asks_for_the_password_and_keeps_the_logs_anonymous(
    client: Client,
) -> None:
    user = UserFactory(email="weg@example.org", full_name="Wim Weg (fictief)")
    coalition = CoalitionFactory()
    Membership.objects.create(user=user, coalition=coalition, role="lead")
    client.force_login(user)
    client.post(f"/coalities/{coalition.slug}/bewerken", {"name": "Nieuwe naam"})
    wrong = client.post("/account/verwijderen", {"password": "nope", "confirm": "on"})
    assert wrong.status_code == 200 and User.objects.filter(pk=user.pk).exists()

    response = client.post(
        "/account/verwijderen", {"password": "correct-horse-battery", "confirm": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert client.get("/mijn-overzicht").status_code == 302  # logged out
    assert SecurityEvent.objects.filter(action="account_delete").exists()
    assert LogEntry.objects.exists() and SecurityEvent.objects.count() >= 3
    everything = json.dumps(
        [list(LogEntry.objects.values()), list(SecurityEvent.objects.values())], default=str
    )
    for trace in ("weg@example.org", "Wim Weg", f"user:{user.pk}", "127.0.0.1"):
        assert trace not in everything, trace
