"""Only a log-in that proved more than the password adds a first second factor (issue 15)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts.models import Invitation, User
from kansrijk.accounts.services import hash_token
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


def password_only(email: str, **extra: object) -> Client:
    User.objects.create_user(email, PASSWORD, full_name="Iemand", **extra)
    client = Client()
    assert client.post("/inloggen", {"username": email, "password": PASSWORD}).status_code == 302
    return client


def test_a_password_alone_does_not_add_a_device() -> None:
    client = password_only("redacteur@example.org", is_national_editor=True)
    page = client.get("/account/tweestapsverificatie")
    assert page.status_code == 200 and "data:image/svg+xml" not in page.content.decode()
    answer = client.post("/account/tweestapsverificatie", {"token": "123456"})
    assert answer.status_code == 200
    assert not TOTPDevice.objects.exists()


def test_an_anonymous_visitor_adds_no_device_and_is_sent_to_log_in() -> None:
    answer = Client().post("/account/tweestapsverificatie", {"token": "123456"})
    assert answer.status_code == 302 and answer["Location"].startswith("/inloggen")
    assert not TOTPDevice.objects.exists()


def test_the_link_of_one_account_does_not_open_enrolment_for_another() -> None:
    victim = password_only("slachtoffer@example.org", is_national_editor=True)
    victim.post("/account/tweestapsverificatie/link")
    path = re.search(r"https?://[^/]+(/account/\S+)", str(mail.outbox[-1].body))
    assert path is not None
    attacker = password_only("aanvaller@example.org", is_national_editor=True)
    assert attacker.get(path.group(1)).status_code == 404
    attacker.get("/account/tweestapsverificatie")
    assert not TOTPDevice.objects.exists()


def test_accepting_an_invitation_is_the_first_log_in_link_and_allows_a_device() -> None:
    coalition = CoalitionFactory()
    Invitation.objects.create(
        email="nieuw@example.org",
        coalition=coalition,
        role="partner",
        token_hash=hash_token("uitnodiging"),
        expires_at=timezone.now() + timedelta(days=1),
    )
    client = Client()
    accepted = client.post(
        "/uitnodiging/uitnodiging",
        {"full_name": "Nieuw", "password": PASSWORD, "password_again": PASSWORD},
    )
    assert accepted.status_code == 302, accepted.content.decode()[:2000]
    page = client.get("/account/tweestapsverificatie")
    assert "data:image/svg+xml;base64," in page.content.decode()
    assert TOTPDevice.objects.filter(user__email="nieuw@example.org", confirmed=False).exists()
