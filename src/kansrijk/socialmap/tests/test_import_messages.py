"""Every problem the import reports is a sentence in the user's language (Dutch by default)."""

import html
import io
import json
import uuid
import zipfile
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.translation import override
from jsonschema import Draft202012Validator

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.hsds.convert import import_records
from kansrijk.socialmap.hsds.parse import HsdsImportError, parse_services
from kansrijk.socialmap.hsds.records import TAXONOMY_RISK
from kansrijk.socialmap.hsds.schema import message, validate
from kansrijk.socialmap.models import RiskSituation, Service
from kansrijk.socialmap.tests.factories import make_organization, make_service

pytestmark = pytest.mark.django_db

NEW_ID = "9f1c1c56-7a7f-4b8e-9d5e-2f1a0d4b9c11"


@pytest.fixture
def exported(reference: None, coalition: Coalition) -> dict[str, Any]:
    """One valid HSDS service of the coalition, as the export writes it."""
    organization = make_organization(coalition=coalition, name="Home-Start Testrijk (fictief)")
    make_service(
        organization=organization,
        name="Home-Start",
        domain="informal",
        risk_situations=list(RiskSituation.objects.filter(key="small-social-network")),
        url="https://homestart.example",
    )
    page = json.loads(Client().get(reverse("socialmap:export_json", args=["testrijk"])).content)
    service: dict[str, Any] = page["contents"][0]
    return {**service, "id": NEW_ID, "name": "Nieuw aanbod"}


def _import(client: Client, lead_user: User, name: str, body: bytes) -> tuple[list[str], str]:
    """The messages in the error table and the page's text."""
    client.force_login(lead_user)
    upload = SimpleUploadedFile(name, body, content_type="application/octet-stream")
    response = client.post(reverse("socialmap:import", args=["testrijk"]), {"file": upload})
    assert response.status_code == 200
    assert not Service.objects.filter(uuid=NEW_ID).exists()
    messages = [error.message for error in response.context["errors"]]
    return messages, html.unescape(response.content.decode())


def _import_json(client: Client, lead_user: User, service: dict[str, Any]) -> list[str]:
    messages, page = _import(client, lead_user, "kaart.json", json.dumps([service]).encode())
    for text in messages:
        assert text in page
    return messages


def test_a_missing_required_field_is_named_in_dutch(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    service = {key: value for key, value in exported.items() if key != "name"}
    assert _import_json(client, lead_user, service) == ["Verplicht veld ontbreekt: 'name'"]


def test_every_missing_field_of_an_object_is_named_once(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    service = {key: value for key, value in exported.items() if key not in ("id", "status")}
    assert _import_json(client, lead_user, service) == [
        "Verplichte velden ontbreken: 'id', 'status'"
    ]


def test_a_value_of_the_wrong_type_says_what_kind_of_value_is_expected(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    messages = _import_json(client, lead_user, {**exported, "name": 12})
    assert messages == ["De waarde moet tekst zijn, maar is een geheel getal"]


def test_a_bad_web_address_is_called_no_valid_web_address(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    messages = _import_json(client, lead_user, {**exported, "url": "geen webadres"})
    assert messages == ["'geen webadres' is geen geldig webadres"]


def test_a_status_outside_hsds_lists_the_allowed_values(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    messages = _import_json(client, lead_user, {**exported, "status": "open"})
    assert messages == [
        "'open' is niet toegestaan; toegestane waarden: "
        "'active', 'inactive', 'defunct', 'temporarily closed'"
    ]


def test_an_unknown_risk_situation_is_named_in_dutch(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    attributes = [
        {**a, "taxonomy_term": {**a["taxonomy_term"], "code": "geen-bestaande-situatie"}}
        if a["taxonomy_term"]["taxonomy"] == TAXONOMY_RISK
        else a
        for a in exported["attributes"]
    ]
    messages = _import_json(client, lead_user, {**exported, "attributes": attributes})
    assert messages == ["Onbekende risicosituatie 'geen-bestaande-situatie'"]


def test_a_municipality_outside_the_coalition_is_named_in_dutch(
    exported: dict[str, Any], client: Client, lead_user: User
) -> None:
    areas = [{**exported["service_areas"][0], "extent": "GM0344"}]
    messages = _import_json(client, lead_user, {**exported, "service_areas": areas})
    assert messages == ["'GM0344' is geen gemeente van deze coalitie"]


def test_a_service_twice_in_the_file_is_reported_in_dutch(exported: dict[str, Any]) -> None:
    with override("nl"), pytest.raises(HsdsImportError) as caught:
        parse_services([exported, exported])
    assert [(e.item, e.path, e.message) for e in caught.value.errors] == [
        (1, "id", f"Aanbod {NEW_ID} komt meer dan eens voor in het bestand")
    ]


def test_a_file_that_is_no_zip_is_explained_in_dutch(client: Client, lead_user: User) -> None:
    _messages, page = _import(client, lead_user, "kaart.zip", b"geen zip")
    assert "Het bestand kan niet worden gelezen: het is geen ZIP-bestand" in page


def test_a_zip_without_services_is_explained_in_dutch(client: Client, lead_user: User) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("organizations.csv", "id,name\n")
    _messages, page = _import(client, lead_user, "kaart.zip", buffer.getvalue())
    assert "Het bestand kan niet worden gelezen: het ZIP-bestand bevat geen services.csv" in page


def test_the_messages_are_english_when_the_page_is_english(
    exported: dict[str, Any], coalition: Coalition, lead_user: User
) -> None:
    without_name = {key: value for key, value in exported.items() if key != "name"}
    areas = [{**exported["service_areas"][0], "extent": "GM0344"}]
    with override("en"):
        missing = validate("service", [without_name])
        records = parse_services([{**exported, "service_areas": areas}])
        outcome = import_records(coalition=coalition, records=records, actor=lead_user)
    assert [e.message for e in missing] == ["Required field missing: 'name'"]
    assert [e.message for e in outcome.errors] == [
        "'GM0344' is not a municipality of this coalition"
    ]


def _first_error(schema: dict[str, Any], instance: Any) -> str:
    error = next(Draft202012Validator(schema).iter_errors(instance))
    with override("nl"):
        return message(error)


@pytest.mark.parametrize(
    ("schema", "instance", "expected"),
    [
        (
            {"type": ["string", "null"]},
            [],
            "De waarde moet tekst of leeg (null) zijn, maar is een lijst",
        ),
        ({"type": "boolean"}, "ja", "De waarde moet ja of nee (true/false) zijn, maar is tekst"),
        ({"minLength": 1}, "", "Het veld mag niet leeg zijn"),
        ({"minLength": 3}, "ab", "'ab' is te kort: er zijn minstens 3 tekens nodig"),
        ({"maxLength": 1}, "ab", "'ab' is te lang: er is hoogstens 1 teken toegestaan"),
        ({"minimum": 0}, -1, "-1 is te klein: het minimum is 0"),
        ({"maximum": 120}, 130, "130 is te groot: het maximum is 120"),
        ({"const": "nl"}, "en", "'en' is niet toegestaan; de enige toegestane waarde is 'nl'"),
        (
            {"pattern": "^GM[0-9]{4}$"},
            "Utrecht",
            "'Utrecht' heeft niet de verwachte vorm (patroon ^GM[0-9]{4}$)",
        ),
        (
            {"properties": {"id": {}}, "additionalProperties": False},
            {"id": 1, "naam": "x", "plaats": "y"},
            "Onbekende velden: 'naam', 'plaats'",
        ),
        ({"minItems": 1}, [], "De lijst moet minstens 1 item bevatten"),
        ({"maxItems": 2}, [1, 2, 3], "De lijst mag hoogstens 2 items bevatten"),
        ({"uniqueItems": True}, [1, 1], "De lijst bevat hetzelfde item meer dan eens"),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            1.5,
            "De waarde past bij geen van de toegestane vormen",
        ),
        (
            {"oneOf": [{"type": "number"}, {"type": "integer"}]},
            1,
            "De waarde past bij meer dan één van de toegestane vormen",
        ),
        ({"multipleOf": 5}, 7, "De waarde voldoet niet aan het HSDS-schema (regel multipleOf)"),
    ],
)
def test_every_kind_of_schema_error_reads_as_a_dutch_sentence(
    schema: dict[str, Any], instance: Any, expected: str
) -> None:
    assert _first_error(schema, instance) == expected


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("email", "geen-adres", "'geen-adres' is geen geldig e-mailadres"),
        ("date", "31-01-2025", "'31-01-2025' is geen geldige datum (JJJJ-MM-DD)"),
        (
            "uuid",
            "abc",
            "'abc' is geen geldige UUID (bijvoorbeeld 123e4567-e89b-12d3-a456-426614174000)",
        ),
    ],
)
def test_a_value_in_the_wrong_format_says_which_format(
    kind: str, value: str, expected: str
) -> None:
    schema = {"format": kind}
    error = next(
        Draft202012Validator(
            schema, format_checker=Draft202012Validator.FORMAT_CHECKER
        ).iter_errors(value)
    )
    with override("nl"):
        assert message(error) == expected


def test_a_long_value_is_cut_short_in_the_message() -> None:
    text = _first_error({"maxLength": 10}, "x" * 100_000)
    assert len(text) < 200 and text.startswith("'xxx") and "\u2026" in text


def test_a_wrong_id_is_reported_at_its_item() -> None:
    with override("nl"):
        errors = validate("service", [{"id": str(uuid.uuid4())}, {"id": 5}])
    assert (1, "id", "De waarde moet tekst zijn, maar is een geheel getal") in {
        (e.item, e.path, e.message) for e in errors
    }


def test_a_json_file_that_is_not_json_says_where_reading_stopped_in_dutch(
    client: Client, lead_user: User
) -> None:
    _messages, page = _import(client, lead_user, "kaart.json", b'[{"name": "Taalhuis",}]')
    assert (
        "Het bestand kan niet worden gelezen: het is geen geldige JSON (regel 1, kolom 22)" in page
    )
