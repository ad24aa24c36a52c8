"""Log-in: Argon2 hashes, rate limiting, Dutch messages."""

import pytest
from django.conf import settings
from django.test import Client, override_settings

from kansrijk.accounts.tests.factories import UserFactory


def test_passwords_are_hashed_with_argon2_in_the_real_settings() -> None:
    from kansrijk.conf import settings as real

    assert real.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


@pytest.mark.django_db
def test_a_wrong_password_gives_a_dutch_message(client: Client) -> None:
    UserFactory(email="a@example.org")
    response = client.post("/inloggen", {"username": "a@example.org", "password": "fout"})
    assert "Het e-mailadres of wachtwoord klopt niet." in response.content.decode()


@pytest.mark.django_db
def test_a_good_password_logs_in_and_leads_to_the_overview(client: Client) -> None:
    UserFactory(email="a@example.org")
    response = client.post(
        "/inloggen", {"username": "a@example.org", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/mijn-overzicht"


@pytest.mark.django_db
@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_log_in_attempts_are_rate_limited_after_repeated_failures(client: Client) -> None:
    assert getattr(settings, "AXES_ENABLED", True)
    UserFactory(email="a@example.org")
    for _ in range(3):
        client.post("/inloggen", {"username": "a@example.org", "password": "fout"})
    response = client.post(
        "/inloggen", {"username": "a@example.org", "password": "correct-horse-battery"}
    )
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
