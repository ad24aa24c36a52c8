"""The bad-input corpus against every writing API endpoint: a 400 problem, nothing stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from kansrijk.api.tests.fixtures import ApiWorld, build_api_world
from kansrijk.ui.testing.bad_input import CORPUS, UNKNOWN_CODES, corpus_for_text, snapshot

pytestmark = pytest.mark.django_db

VALID: dict[str, dict[str, Any]] = {
    "/api/v1/coalities": {
        "naam": "Kansrijk Nieuw",
        "slug": "kansrijk-nieuw",
        "soort": "regional",
        "gemeenten": ["GM0802", "GM0803"],
        "tranche": 2,
        "startDatum": "2024-01-01",
        "status": "active",
    },
    "/api/v1/coalities/utrecht/stappen": {"stap": 2, "status": "in_progress", "toelichting": ""},
    "/api/v1/coalities/utrecht/partners": {
        "organisatie": "Consultatiebureau (fictief)",
        "soort": "jgz",
        "ring": "core",
        "aangeslotenOp": "2024-02-01",
    },
}
TYPED = {
    "/api/v1/coalities": ["soort", "gemeenten", "tranche", "startDatum", "status"],
    "/api/v1/coalities/utrecht/stappen": ["stap", "status"],
    "/api/v1/coalities/utrecht/partners": ["soort", "ring", "aangeslotenOp"],
}
NULLABLE = {"tranche", "startDatum", "aangeslotenOp"}
TEXT = {
    "/api/v1/coalities": ["naam"],
    "/api/v1/coalities/utrecht/stappen": ["toelichting"],
    "/api/v1/coalities/utrecht/partners": ["organisatie"],
}


@pytest.fixture
def world() -> ApiWorld:
    return build_api_world()


def _post(client: Client, url: str, body: Any, key: str) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body)
    return client.post(
        url, raw, content_type="application/json", headers={"Authorization": f"Bearer {key}"}
    )


def _assert_refused(response: Any, before: dict[str, int], label: str) -> None:
    assert response.status_code == 400, (label, response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/problem+json", label
    problem = response.json()
    assert problem["status"] == 400 and problem["detail"], label
    assert snapshot() == before, f"{label}: something was stored"


@pytest.mark.parametrize("url", list(VALID))
def test_every_bad_value_in_a_typed_field_is_refused_and_nothing_is_stored(
    client: Client, world: ApiWorld, url: str
) -> None:
    before = snapshot()
    for field in TYPED[url]:
        for value in CORPUS:
            if value is None and field in NULLABLE:
                continue  # null is a valid "unknown" there
            body = {**VALID[url], field: value}
            _assert_refused(
                _post(client, url, body, world.national_key), before, f"{field}={value!r:.40}"
            )


@pytest.mark.parametrize("url", list(VALID))
def test_bad_values_in_free_text_are_refused_and_nothing_is_stored(
    client: Client, world: ApiWorld, url: str
) -> None:
    before = snapshot()
    for field in TEXT[url]:
        for value in corpus_for_text():
            body = {**VALID[url], field: value}
            _assert_refused(
                _post(client, url, body, world.national_key), before, f"{field}={value!r:.40}"
            )


@pytest.mark.parametrize("url", list(VALID))
@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"\xff\xfe\x00{", b"[]", b"null", b'"text"', b'{"a": 1' + b"]" * 1000, b"\x00"],
)
def test_a_body_that_is_not_a_json_object_is_refused(
    client: Client, world: ApiWorld, url: str, raw: bytes
) -> None:
    before = snapshot()
    _assert_refused(_post(client, url, raw, world.national_key), before, repr(raw[:20]))


def test_a_bad_slug_is_refused_and_nothing_is_stored(client: Client, world: ApiWorld) -> None:
    url = "/api/v1/coalities"
    before = snapshot()
    bad = [v for v in CORPUS if not isinstance(v, int) and v not in UNKNOWN_CODES]
    for value in bad:
        body = {**VALID[url], "slug": value}
        _assert_refused(_post(client, url, body, world.national_key), before, f"slug={value!r:.40}")


def test_duplicates_are_refused_and_nothing_is_stored(client: Client, world: ApiWorld) -> None:
    url = "/api/v1/coalities"
    first = _post(client, url, VALID[url], world.national_key)
    assert first.status_code == 201
    before = snapshot()
    _assert_refused(_post(client, url, VALID[url], world.national_key), before, "same slug")
    twice = {**VALID[url], "slug": "ander", "gemeenten": ["GM0802", "GM0802"]}
    _assert_refused(_post(client, url, twice, world.national_key), before, "same municipality")
    partners = "/api/v1/coalities/utrecht/partners"
    assert _post(client, partners, VALID[partners], world.national_key).status_code == 201
    before = snapshot()
    _assert_refused(_post(client, partners, VALID[partners], world.national_key), before, "partner")


def test_script_in_free_text_is_stored_as_text_and_never_executed(
    client: Client, world: ApiWorld
) -> None:
    url = "/api/v1/coalities"
    body = {**VALID[url], "naam": "<script>alert(1)</script>"}
    assert _post(client, url, body, world.national_key).status_code == 201
    page = client.get("/coalities/kansrijk-nieuw").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _query_operations() -> list[tuple[str, str]]:
    from kansrijk.api.openapi import DOCUMENT

    document = json.loads(DOCUMENT.read_text())
    found = []
    for path, operations in document["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["in"] == "query" and "{" not in path:
                found.append((path, parameter["name"]))
    return found


@pytest.mark.parametrize(("path", "name"), _query_operations())
def test_bad_query_values_on_every_list_get_a_clear_answer_and_change_nothing(
    client: Client, world: ApiWorld, path: str, name: str
) -> None:
    """Every filter of every app's list, with the corpus: never a server error; a 400
    problem for values of the wrong type, or a (possibly empty) list for unknown codes."""
    before = snapshot()
    for value in CORPUS:
        text = value if isinstance(value, str) else json.dumps(value)
        response = client.get(f"/api/v1{path}", {name: text[:5000]})
        allowed = (200, 400, 404) if name == "page" else (200, 400)  # 404: past the last page
        assert response.status_code in allowed, (name, text[:40], response.status_code)
        if response.status_code == 404:
            assert response["Content-Type"] == "application/problem+json"
        elif response.status_code == 400:
            assert response["Content-Type"] == "application/problem+json"
            assert response.json()["invalidParams"]
        else:
            assert isinstance(response.json()["results"], list)
    assert snapshot() == before
