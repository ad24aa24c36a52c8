"""Two-factor log-in, session lifetime and ending sessions, through the real forms."""

from __future__ import annotations

import re
import time

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts.middleware import LAST_SEEN
from kansrijk.accounts.models import SecurityEvent, User
from kansrijk.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


def _user(**extra: object) -> User:
    return User.objects.create_user("iemand@example.org", PASSWORD, full_name="Iemand", **extra)


def _log_in(client: Client, email: str = "iemand@example.org") -> None:
    response = client.post("/inloggen", {"username": email, "password": PASSWORD})
    assert response.status_code == 302


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_national_editor_cannot_use_the_platform_before_setting_up_a_second_factor(
    client: Client,
) -> None:
    _user(is_national_editor=True)
    _log_in(client)
    response = client.get("/beheer/lijsten")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/tweestapsverificatie")
    first = client.get(response["Location"])
    assert first.status_code == 200 and "data:image/svg+xml" not in first.content.decode()
    client.post("/account/tweestapsverificatie/link")
    link = re.search(r"https?://[^/]+(/account/\S+)", str(mail.outbox[-1].body))
    assert link is not None and mail.outbox[-1].to == ["iemand@example.org"]
    assert client.get(link.group(1))["Location"] == "/account/tweestapsverificatie"
    setup = client.get("/account/tweestapsverificatie")
    assert setup.status_code == 200 and "data:image/svg+xml;base64," in setup.content.decode()
    device = TOTPDevice.objects.get(user__email="iemand@example.org", confirmed=False)
    wrong = client.post("/account/tweestapsverificatie", {"token": "000000"})
    assert wrong.status_code == 200 and not TOTPDevice.objects.filter(confirmed=True).exists()
    # A wrong code throttles further attempts (django-otp); the test does not wait it out.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    done = client.post("/account/tweestapsverificatie", {"token": _code(device)})
    assert done.status_code == 302
    assert client.get("/beheer/lijsten").status_code == 200


def test_a_user_with_a_second_factor_must_enter_a_code_after_the_password(
    client: Client,
) -> None:
    user = _user(is_national_editor=True)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    _log_in(client)
    response = client.get("/beheer/lijsten")
    assert response["Location"].startswith("/inloggen/code")
    assert client.post("/inloggen/code", {"token": "12345x"}).status_code == 200
    assert client.get("/beheer/lijsten").status_code == 302
    client.post("/inloggen/code", {"token": _code(device)})
    assert client.get("/beheer/lijsten").status_code == 200
    results = list(
        SecurityEvent.objects.filter(action="second_factor").values_list("result", flat=True)
    )
    assert sorted(results) == ["failure", "success"]


def test_an_adviser_of_the_support_programme_must_set_up_a_second_factor_too(
    client: Client,
) -> None:
    from kansrijk.support.tests.factories import AdviserAssignmentFactory

    AdviserAssignmentFactory(user=_user())
    _log_in(client)
    response = client.get("/adviseur")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/tweestapsverificatie")


def test_a_partner_may_log_in_without_a_second_factor(client: Client) -> None:
    _user()
    _log_in(client)
    assert client.get("/mijn-overzicht").status_code == 200


def test_logging_in_starts_a_new_session(client: Client) -> None:
    _user()
    client.get("/inloggen")
    client.cookies["sessionid"] = "attacker-chosen-session-key-0123456789"
    _log_in(client)
    assert client.cookies["sessionid"].value != "attacker-chosen-session-key-0123456789"


def test_an_idle_session_ends(client: Client, settings: object) -> None:
    _user()
    _log_in(client)
    session = client.session
    session[LAST_SEEN] = time.time() - 31 * 60
    session.save()
    response = client.get("/mijn-overzicht")
    assert response.status_code == 302 and response["Location"].startswith("/inloggen")
    assert client.get("/mijn-overzicht").status_code == 302
    assert SecurityEvent.objects.filter(action="session_expired").exists()


def test_a_session_ends_after_its_absolute_lifetime_even_when_active(client: Client) -> None:
    _user()
    _log_in(client)
    session = client.session
    session["kansrijk_login_at"] = time.time() - 9 * 3600
    session.save()
    assert client.get("/mijn-overzicht")["Location"].startswith("/inloggen")


def test_disabling_an_account_ends_all_its_sessions(client: Client) -> None:
    user = _user()
    other = Client()
    _log_in(client)
    _log_in(other)
    assert Session.objects.count() == 2
    user.is_active = False
    user.save()
    assert Session.objects.count() == 0
    assert client.get("/mijn-overzicht").status_code == 302
    assert SecurityEvent.objects.filter(action="account_disabled").exists()


def test_changing_the_email_address_asks_for_the_password(client: Client) -> None:
    user = _user()
    _log_in(client)
    wrong = client.post("/account/e-mailadres", {"email": "nieuw@example.org", "password": "x"})
    assert wrong.status_code == 200
    user.refresh_from_db()
    assert user.email == "iemand@example.org"
    client.post("/account/e-mailadres", {"email": "nieuw@example.org", "password": PASSWORD})
    user.refresh_from_db()
    assert user.email == "nieuw@example.org"


def test_replacing_the_second_factor_asks_for_the_password(client: Client) -> None:
    user = UserFactory(is_national_editor=True)
    client.force_login(user)
    client.get("/account/tweestapsverificatie")
    new = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/account/tweestapsverificatie", {"token": _code(new)})
    assert response.status_code == 200  # the password field is missing
    assert not TOTPDevice.objects.get(pk=new.pk).confirmed


def test_failed_log_ins_are_logged_without_the_password_or_the_address(client: Client) -> None:
    _user()
    client.post("/inloggen", {"username": "iemand@example.org", "password": "geheim-wachtwoord"})
    event = SecurityEvent.objects.get(action="login", result="failure")
    stored = " ".join(str(v) for v in SecurityEvent.objects.values_list().get(pk=event.pk))
    assert "geheim" not in stored and "iemand@example.org" not in stored
    assert event.object.startswith("p:") and event.origin == "127.0.0.1"


def test_denied_access_and_exports_are_logged(client: Client) -> None:
    from kansrijk.coalitions.tests.factories import CoalitionFactory

    coalition = CoalitionFactory()
    client.force_login(UserFactory())
    assert client.get(f"/coalities/{coalition.slug}/bewerken").status_code == 403
    assert client.get("/coalities/export.csv").status_code == 200
    actions = set(SecurityEvent.objects.values_list("action", "result"))
    assert {("access_denied", "denied"), ("export", "success")} <= actions
