"""The API follows the NL GOV API Design Rules and the access rules of the platform."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer

from kansrijk.api.openapi import DOCUMENT
from kansrijk.api.tests.fixtures import ApiWorld, build_api_world
from kansrijk.coalitions.models import Coalition, StepStatusEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> ApiWorld:
    return build_api_world()


def _post(client: Client, url: str, body: Any, key: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.post(url, json.dumps(body), content_type="application/json", headers=headers)


def test_the_published_openapi_document_is_the_committed_one_and_not_stale(
    client: Client,
) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.content == DOCUMENT.read_bytes()
    with translation.override("en"):
        generated = SchemaGenerator().get_schema(request=None, public=True)
        rendered = json.loads(OpenApiJsonRenderer().render(generated))
    assert rendered == json.loads(DOCUMENT.read_bytes()), "run `make openapi` and commit"


def test_public_data_is_readable_without_a_key_with_the_api_version_header(
    client: Client, world: ApiWorld
) -> None:
    response = client.get("/api/v1/coalities?soort=local&pageSize=1")
    assert response.status_code == 200
    assert response["API-Version"] == "1.0.0"
    body = response.json()
    assert body["count"] == 2 and len(body["results"]) == 1
    assert set(body["results"][0]) >= {"slug", "naam", "soort", "gemeenten", "startDatum"}


def test_filtering_by_municipality_code_finds_the_coalition(
    client: Client, world: ApiWorld
) -> None:
    code = world.municipalities[0].code
    results = client.get(f"/api/v1/coalities?gemeente={code}").json()["results"]
    assert [r["slug"] for r in results] == ["utrecht"]


def test_addresses_with_a_trailing_slash_do_not_exist(client: Client, world: ApiWorld) -> None:
    response = client.get("/api/v1/coalities/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 404


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("page=0", "page"),
        ("page=1000000000", "page"),
        ("pageSize=-1", "pageSize"),
        ("pageSize=501", "pageSize"),
        ("soort=galaxy", "soort"),
        ("tranche=5", "tranche"),
        ("gemeente=gm0800", "gemeente"),
        ("gemeente=GM08000", "gemeente"),
    ],
)
def test_bad_query_parameters_answer_400_as_problem_json(
    client: Client, world: ApiWorld, query: str, name: str
) -> None:
    response = client.get(f"/api/v1/coalities?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert {"type", "title", "status", "detail"} <= set(problem)
    assert [p["name"] for p in problem["invalidParams"]] == [name]


def test_writing_without_a_key_answers_401_and_stores_nothing(
    client: Client, world: ApiWorld
) -> None:
    response = _post(client, "/api/v1/coalities/utrecht/stappen", {"stap": 1, "status": "in_place"})
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert not StepStatusEntry.objects.exists()


@pytest.mark.parametrize(("role", "expected"), [("lead", 201), ("partner", 403), ("outsider", 403)])
def test_only_the_lead_of_the_coalition_may_record_a_step_with_their_key(
    client: Client, world: ApiWorld, role: str, expected: int
) -> None:
    key = getattr(world, f"{role}_key")
    response = _post(
        client, "/api/v1/coalities/utrecht/stappen", {"stap": 2, "status": "in_progress"}, key
    )
    assert response.status_code == expected
    assert StepStatusEntry.objects.count() == (1 if expected == 201 else 0)


def test_a_revoked_or_unknown_key_is_refused(client: Client, world: ApiWorld) -> None:
    from kansrijk.api.models import ApiToken
    from kansrijk.api.services import api_token_revoke

    for token in ApiToken.objects.all():
        api_token_revoke(token=token)
    for key in (world.lead_key, "not-a-key"):
        response = _post(client, "/api/v1/coalities/utrecht/stappen", {"stap": 1}, key)
        assert response.status_code == 401


def test_a_national_editor_creates_a_coalition_with_its_municipalities_atomically(
    client: Client, world: ApiWorld
) -> None:
    codes = [world.municipalities[2].code, world.municipalities[3].code]
    body = {"naam": "Regio Test", "soort": "regional", "gemeenten": codes, "slug": "regio-test"}
    response = _post(client, "/api/v1/coalities", body, world.national_key)
    assert response.status_code == 201, response.content
    created = Coalition.objects.get(slug="regio-test")
    assert sorted(created.municipalities.values_list("code", flat=True)) == codes
    # A lead may not create coalitions.
    body["slug"] = "regio-test-2"
    assert _post(client, "/api/v1/coalities", body, world.lead_key).status_code == 403


def test_the_lead_changes_the_register_entry_but_not_the_area(
    client: Client, world: ApiWorld
) -> None:
    response = client.patch(
        "/api/v1/coalities/utrecht",
        json.dumps({"status": "chain_in_place", "gemeenten": ["GM0803"]}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {world.lead_key}"},
    )
    assert response.status_code == 200, response.content
    world.coalition.refresh_from_db()
    assert world.coalition.status == "chain_in_place"
    assert list(world.coalition.municipalities.values_list("code", flat=True)) == ["GM0800"]
    other = client.patch(
        "/api/v1/coalities/zwolle",
        json.dumps({"status": "active"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {world.lead_key}"},
    )
    assert other.status_code == 403


def test_the_document_states_the_limits_and_key_patterns_the_api_enforces() -> None:
    document = json.loads(DOCUMENT.read_bytes())
    coalitions = {
        p["name"]: p["schema"] for p in document["paths"]["/coalities"]["get"]["parameters"]
    }
    assert coalitions["page"] == {"type": "integer", "minimum": 1, "maximum": 999_999_999}
    assert coalitions["pageSize"] == {"type": "integer", "minimum": 1, "maximum": 500}
    assert coalitions["tranche"] == {"type": "integer", "minimum": 1, "maximum": 4}
    assert coalitions["gemeente"]["pattern"] == "^(?:GM[0-9]{4})?$"
    municipality = document["paths"]["/gemeenten/{code}"]["get"]["parameters"][0]
    assert municipality["schema"]["pattern"] == "^GM[0-9]{4}$"
    schemas = document["components"]["schemas"]
    assert schemas["Municipality"]["properties"]["ggdRegio"]["pattern"] == "^GG[0-9]{4}$"
    assert schemas["CoalitionRequest"]["additionalProperties"] is False
    quarter = schemas["Quarter"]["properties"]
    assert all(quarter[n]["nullable"] for n in ("offered", "accepted", "realised", "referrals"))


def test_a_code_of_the_wrong_form_in_an_address_is_a_404(client: Client, world: ApiWorld) -> None:
    assert client.get(f"/api/v1/gemeenten/{world.municipalities[0].code}").status_code == 200
    assert client.get("/api/v1/gemeenten/gm0800").status_code == 404


def test_a_write_with_an_unknown_field_is_refused_and_stores_nothing(
    client: Client, world: ApiWorld
) -> None:
    response = _post(
        client,
        "/api/v1/coalities/utrecht/stappen",
        {"stap": 2, "status": "in_progress", "statuss": "x"},
        world.lead_key,
    )
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["statuss"]
    assert not StepStatusEntry.objects.exists()
