"""A NUL character anywhere in a request is refused with a clear message and stores nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from kansrijk.accounts.models import Membership
from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db


def test_a_nul_in_an_api_filter_answers_a_dutch_problem_not_a_database_error(
    client: Client,
) -> None:
    response = client.get("/api/v1/coalities", {"gemeente": "GM\x000344"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "ongeldig teken" in response.json()["detail"]


def test_a_nul_in_a_json_body_is_refused_before_anything_is_stored(client: Client) -> None:
    before = Coalition.objects.count()
    response = client.post(
        "/api/v1/coalities",
        '{"naam": "Kansrijk \\u0000 Nieuw", "slug": "nieuw"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert Coalition.objects.count() == before


def test_a_nul_in_a_form_field_is_refused_and_the_coalition_keeps_its_name(
    client: Client,
) -> None:
    lead = UserFactory()
    coalition = CoalitionFactory(name="Kansrijk Oost")
    Membership.objects.create(user=lead, coalition=coalition, role="lead")
    client.force_login(lead)
    response = client.post(f"/coalities/{coalition.slug}/bewerken", {"name": "Oost\x00West"})
    assert response.status_code == 400
    assert "ongeldig teken" in response.content.decode()
    coalition.refresh_from_db()
    assert coalition.name == "Kansrijk Oost"


def test_a_nul_in_a_search_query_of_a_page_gets_the_same_clear_answer(client: Client) -> None:
    response = client.get("/sociale-kaart/zoeken", {"q": "kraam\x00zorg"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_ordinary_requests_pass_the_guard(client: Client) -> None:
    assert client.get("/api/v1/coalities", {"soort": "local"}).status_code == 200


def test_a_form_body_without_its_boundary_is_a_dutch_400_not_a_server_error() -> None:
    client = Client(raise_request_exception=False)
    before = Coalition.objects.count()
    for path in ("/api/v1/coalities", "/inloggen"):
        response = client.post(path, data=b"naam=x", content_type="multipart/form-data")
        assert response.status_code == 400, path
        assert "niet worden gelezen" in response.content.decode()
    assert Coalition.objects.count() == before
