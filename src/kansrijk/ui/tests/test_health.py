from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client


@pytest.mark.django_db
def test_the_health_check_answers_200_when_the_database_is_reachable(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_the_health_check_answers_503_when_the_database_is_unreachable(client: Client) -> None:
    with mock.patch("kansrijk.ui.views.connection.cursor", side_effect=OperationalError("gone")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_a_page_answers_a_clear_503_when_the_database_fails_during_the_request(
    client: Client,
) -> None:
    with mock.patch(
        "kansrijk.coalitions.selectors.national_summary", side_effect=OperationalError("gone")
    ):
        response = client.get("/")
    assert response.status_code == 503
    assert "tijdelijk niet bereikbaar" in response.content.decode()
    assert response["Retry-After"] == "30"
