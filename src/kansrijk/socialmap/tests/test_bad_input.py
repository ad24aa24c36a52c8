"""The bad-input corpus against the social map's forms and its HSDS import (JSON and CSV
ZIP): a clear Dutch error (never a 500) and nothing stored; the import is all-or-nothing."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.hsds import convert
from kansrijk.socialmap.models import CarePath, RiskSituation, Service
from kansrijk.socialmap.tests.factories import make_organization, make_service
from kansrijk.socialmap.tests.test_maintenance import form_data
from kansrijk.ui.testing.bad_input import snapshot
from kansrijk.ui.testing.form_corpus import AS_TEXT, assert_form_refuses_corpus, assert_refused

pytestmark = pytest.mark.django_db

SERVICE_TYPED = [
    "organization",
    "domain",
    "phases",
    "risk_situations",
    "municipalities",
    "status",
    "access",
    "url",
    "email",
    "contact_email",
    "languages",
]
SERVICE_TEXT = [
    "new_organization",
    "name",
    "description",
    "target_group",
    "eligibility",
    "costs",
    "phone",
    "street",
    "postal_code",
    "city",
    "contact_name",
    "contact_title",
    "contact_phone",
]
OPTIONAL = {"risk_situations", "url", "email", "contact_email", "languages"}


def _lead_client(lead_user: User) -> Client:
    client = Client()
    client.force_login(lead_user)
    return client


def test_every_bad_value_in_the_new_service_form_is_refused_and_nothing_stored(
    reference: None, coalition: Coalition, lead_user: User
) -> None:
    organization = make_organization(coalition=coalition)
    client = _lead_client(lead_user)
    url = reverse("socialmap:service_new", args=[coalition.slug])
    valid = form_data(coalition, organization.pk)
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=SERVICE_TYPED,
        text=SERVICE_TEXT,
        allowed={field: [""] for field in OPTIONAL},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_value_in_the_service_edit_form_changes_nothing(
    reference: None, coalition: Coalition, lead_user: User
) -> None:
    organization = make_organization(coalition=coalition)
    service = make_service(organization=organization, name="Budgetcoaching")
    client = _lead_client(lead_user)
    url = reverse("socialmap:service_edit", args=[service.uuid])

    def state() -> Any:
        return list(Service.objects.filter(pk=service.pk).values())

    assert_form_refuses_corpus(
        client,
        url,
        form_data(coalition, organization.pk),
        typed=SERVICE_TYPED,
        text=[f for f in SERVICE_TEXT if f != "new_organization"],
        allowed={field: [""] for field in OPTIONAL},
        state=state,
    )


def _care_path(coalition: Coalition) -> dict[str, Any]:
    service = make_service(organization=make_organization(coalition=coalition))
    return {
        "risk_situation": str(RiskSituation.objects.get(key="addiction").pk),
        "visibility": "professionals",
        "signallers": "Huisarts",
        "owner": "Werkgroep",
        "next_review": "",
        "step_1": "Vraag naar gebruik.",
        "step_2": "Verwijs door.",
        "step_2_services": [str(service.pk)],
    }


CARE_PATH_TYPED = ["risk_situation", "visibility", "next_review", "step_2_services"]
CARE_PATH_TEXT = [
    "signallers",
    "instruments",
    "contacts",
    "agreements",
    "owner",
    "change_note",
    "step_1",
    "step_2",
]


def test_every_bad_value_in_the_care_path_form_is_refused_and_nothing_stored(
    reference: None, coalition: Coalition, lead_user: User
) -> None:
    client = _lead_client(lead_user)
    url = reverse("socialmap:care_path_new", args=[coalition.slug])
    valid = _care_path(coalition)
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=CARE_PATH_TYPED,
        text=CARE_PATH_TEXT,
        allowed={"next_review": [""], "step_2_services": [""]},
    )
    assert client.post(url, valid).status_code == 302
    path = CarePath.objects.get()
    edit = reverse("socialmap:care_path_edit", args=[coalition.slug, path.risk_situation.key])
    assert_form_refuses_corpus(
        client,
        edit,
        valid,
        typed=[f for f in CARE_PATH_TYPED if f != "risk_situation"],
        text=CARE_PATH_TEXT,
        allowed={"next_review": [""], "step_2_services": [""]},
    )


# The HSDS import -------------------------------------------------------------------------


@pytest.fixture
def exported(reference: None, coalition: Coalition) -> dict[str, Any]:
    organization = make_organization(coalition=coalition, name="Home-Start (fictief)")
    make_service(
        organization=organization,
        name="Home-Start",
        risk_situations=list(RiskSituation.objects.filter(key="small-social-network")),
        languages="nl",
    )
    page = json.loads(Client().get(reverse("socialmap:export_json", args=["testrijk"])).content)
    assert isinstance(page, dict)
    return dict(page)


def _new(page: dict[str, Any], number: int, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(json.dumps(page["contents"][0]))
    record["id"] = f"6f1c1c56-7a7f-4b8e-9d5e-2f1a0d4b9c{number:02d}"
    record["name"] = f"Nieuwe dienst {number}"
    record.update(changes)
    return record


def _post_import(client: Client, name: str, body: bytes) -> Any:
    upload = SimpleUploadedFile(name, body, content_type="application/octet-stream")
    return assert_refused(
        client, reverse("socialmap:import", args=["testrijk"]), {"file": upload}, what=name
    )


FIELDS = ["name", "description", "status", "url", "email", "languages", "service_areas"]


def test_every_corpus_value_in_a_middle_record_refuses_the_whole_json_file(
    exported: dict[str, Any], lead_user: User
) -> None:
    client = _lead_client(lead_user)
    for field in FIELDS:
        for value in AS_TEXT:
            if field in ("description", "name") and len(value) < 100_000:
                continue  # free text: only the huge value is wrong
            if field in ("url", "email") and value == "":
                continue
            records = [_new(exported, 1), _new(exported, 2, **{field: value}), _new(exported, 3)]
            _post_import(client, f"{field}.json", json.dumps(records).encode())


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("latin-1.json", '[{"name": "Caf\u00e9"}]'.encode("latin-1")),
        ("utf-16.json", b"\xff\xfe[\x00]\x00"),
        ("wrong.json", b'{"gemeente": "GM0344"}'),
        ("list.json", b"[1, 2, 3]"),
        ("scalar.json", b"12345"),
        ("empty.json", b""),
        ("nul.json", b'[{"name": "a\\u0000b"}]'),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000),
        ("formula.json", b'[{"name": "=cmd|\'/C calc\'!A0"}]'),
        ("notzip.zip", b"this is no zip"),
        ("script.json", b"<script>alert(1)</script>"),
        ("kaart.exe", b"MZ\x90\x00"),
    ],
)
def test_a_bad_hsds_file_is_refused_whole_with_a_message(
    exported: dict[str, Any], lead_user: User, name: str, body: bytes
) -> None:
    _post_import(_lead_client(lead_user), name, body)


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_a_bad_csv_zip_is_refused_whole_with_a_message(
    exported: dict[str, Any], lead_user: User
) -> None:
    client = _lead_client(lead_user)
    good = Client().get(reverse("socialmap:export_csv", args=["testrijk"])).content
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        files = {n: archive.read(n).decode("utf-8") for n in archive.namelist()}
    service_csv = files["services.csv"]
    header, first = service_csv.splitlines()[:2]
    broken_row = first.replace("Home-Start", "=cmd|'/C calc'!A0", 1).replace(
        "active", "onbekend", 1
    )
    cases = {
        "wrong columns": {**files, "services.csv": "gemeente;jaar\nGM0344;2022\n"},
        "bad row": {**files, "services.csv": f"{header}\n{broken_row}\n"},
        "latin-1": {**files, "services.csv": service_csv + "caf\udce9"},
        "no services": {k: v for k, v in files.items() if k != "services.csv"},
        "huge cell": {**files, "services.csv": f"{header}\n{first}{'x' * 100_000}\n"},
    }
    for name, content in cases.items():
        try:
            body = _zip(content)
        except UnicodeEncodeError:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                for file_name, text in content.items():
                    archive.writestr(file_name, text.encode("utf-8", "surrogateescape"))
            body = buffer.getvalue()
        _post_import(client, f"{name}.zip", body)


def test_an_import_that_fails_at_a_later_service_stores_nothing(
    exported: dict[str, Any], lead_user: User
) -> None:
    client = _lead_client(lead_user)
    records = [_new(exported, n) for n in range(1, 4)]
    calls = {"n": 0}
    original = convert._import_contacts

    def failing(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("halfway")
        original(*args, **kwargs)

    before = snapshot()
    with (
        mock.patch.object(convert, "_import_contacts", side_effect=failing),
        pytest.raises(RuntimeError),
    ):
        client.post(
            reverse("socialmap:import", args=["testrijk"]),
            {"file": SimpleUploadedFile("k.json", json.dumps(records).encode())},
        )
    assert snapshot() == before


def test_a_new_organisation_is_not_kept_when_its_service_cannot_be_stored(
    reference: None, coalition: Coalition, lead_user: User
) -> None:
    from django.core.exceptions import ValidationError

    client = _lead_client(lead_user)
    valid = form_data(coalition, 0, organization="", new_organization="Nieuwe stichting (fictief)")
    before = snapshot()
    with mock.patch(
        "kansrijk.socialmap.views.directory.service_create",
        side_effect=ValidationError("De dienst kan niet worden opgeslagen."),
    ):
        response = client.post(reverse("socialmap:service_new", args=[coalition.slug]), valid)
    assert response.status_code == 200
    assert snapshot() == before
    assert (
        client.post(reverse("socialmap:service_new", args=[coalition.slug]), valid).status_code
        == 302
    )


def test_every_bad_search_value_gives_a_page_and_stores_nothing(reference: None) -> None:
    client = Client()
    before = snapshot()
    for parameter in ("q", "gemeente", "risico", "fase"):
        for value in AS_TEXT:
            response = client.get("/zoeken", {parameter: value})
            assert response.status_code in (200, 400), (parameter, value[:40])
            assert snapshot() == before
