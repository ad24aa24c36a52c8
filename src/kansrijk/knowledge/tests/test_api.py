"""The knowledge base's read-only API: public, paginated, filtered, problem+json on bad input."""

from __future__ import annotations

import pytest
from django.test import Client

from kansrijk.knowledge.tests.factories import KnowledgeThemeFactory, PracticeExampleFactory

pytestmark = pytest.mark.django_db


def _world() -> None:
    poverty = KnowledgeThemeFactory(key="armoede-en-schulden", name="Armoede en schulden")
    fathers = KnowledgeThemeFactory(key="vaders", name="Vaders")
    first = PracticeExampleFactory(
        key="schuldhulp-in-de-wachtkamer",
        title="Schuldhulp in de wachtkamer",
        place="Almelo",
        body="Een schuldhulpverlener zit op het consultatiebureau (fictief).",
        steps=[3, 5],
    )
    first.themes.set([poverty])
    second = PracticeExampleFactory(key="vadergroep", title="Een vadergroep", steps=[5])
    second.themes.set([fathers])
    PracticeExampleFactory(key="verborgen", title="Niet actief", active=False)


def test_examples_are_listed_without_a_key_in_pages_with_dutch_field_names(
    client: Client,
) -> None:
    _world()
    response = client.get("/api/v1/kennisbank/voorbeelden", {"pageSize": 1})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2 and len(body["results"]) == 1 and body["next"]
    example = body["results"][0]
    assert example["sleutel"] == "vadergroep"
    assert example["themas"] == [{"sleutel": "vaders", "naam": "Vaders"}]
    assert example["pagina"] == "/kennisbank/voorbeelden/vadergroep"


def test_examples_are_filtered_by_theme_step_and_search(client: Client) -> None:
    _world()

    def keys(**params: str | int) -> list[str]:
        response = client.get("/api/v1/kennisbank/voorbeelden", params)
        assert response.status_code == 200, response.content
        return [e["sleutel"] for e in response.json()["results"]]

    assert keys(thema="armoede-en-schulden") == ["schuldhulp-in-de-wachtkamer"]
    assert keys(thema="onbekend") == []
    assert set(keys(stap=5)) == {"vadergroep", "schuldhulp-in-de-wachtkamer"}
    assert keys(stap=3) == ["schuldhulp-in-de-wachtkamer"]
    assert keys(zoek="schuldhulp") == ["schuldhulp-in-de-wachtkamer"]


def test_a_bad_filter_is_a_400_problem_in_dutch_terms(client: Client) -> None:
    for params in ({"stap": "acht"}, {"stap": 9}, {"thema": "<script>"}, {"zoek": "x" * 300}):
        response = client.get("/api/v1/kennisbank/voorbeelden", params)
        assert response.status_code == 400, params
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["invalidParams"][0]["name"] in params


def test_an_example_is_found_by_its_key_and_an_inactive_one_is_not(client: Client) -> None:
    _world()
    response = client.get("/api/v1/kennisbank/voorbeelden/schuldhulp-in-de-wachtkamer")
    assert response.status_code == 200
    assert response.json()["plaats"] == "Almelo" and response.json()["stappen"] == [3, 5]
    missing = client.get("/api/v1/kennisbank/voorbeelden/verborgen")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"
    themes = client.get("/api/v1/kennisbank/themas").json()["results"]
    assert {t["sleutel"] for t in themes} == {"armoede-en-schulden", "vaders"}
