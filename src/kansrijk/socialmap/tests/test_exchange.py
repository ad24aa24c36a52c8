"""HSDS export validated against the HSDS 3.0 schemas; import all or nothing."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap.hsds.csvzip import read_zip
from kansrijk.socialmap.hsds.schema import validate
from kansrijk.socialmap.models import Contact, Location, RiskSituation, Service
from kansrijk.socialmap.tests.factories import make_organization, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def mapped(reference: None, coalition: Coalition) -> Service:

    organization = make_organization(coalition=coalition, name="Home-Start Testrijk (fictief)")
    service = make_service(
        organization=organization,
        name="Home-Start",
        domain="informal",
        risk_situations=list(RiskSituation.objects.filter(key="small-social-network")),
        url="https://homestart.example",
        email="info@homestart.example",
        languages="nl,en",
    )
    location = Location.objects.create(
        organization=organization,
        name="Buurthuis",
        street="Kerkstraat 1",
        postal_code="1234 AB",
        city="Testrijk",
    )
    service.locations.set([location])
    Contact.objects.create(service=service, name="Marieke Smit (fictief)", phone="088 000 0002")
    return service


def test_the_json_export_validates_against_the_hsds_schema(mapped: Service, client: Client) -> None:
    response = client.get(reverse("socialmap:export_json", args=["testrijk"]))
    page = json.loads(response.content)
    assert page["total_items"] == 1
    assert validate("service", page["contents"]) == []
    exported = page["contents"][0]
    assert exported["service_areas"][0]["extent"] == "GM9901"
    assert {a["taxonomy_term"]["code"] for a in exported["attributes"]} >= {
        "informal",
        "small-social-network",
        "during_pregnancy",
    }


def test_contact_persons_never_leave_through_the_public_export(
    mapped: Service, client: Client
) -> None:
    response = client.get(reverse("socialmap:export_json", args=["testrijk"]))
    assert b"Marieke Smit" not in response.content


def test_the_csv_export_reads_back_to_the_same_services(mapped: Service, client: Client) -> None:
    response = client.get(reverse("socialmap:export_csv", args=["testrijk"]))
    services = read_zip(response.content)
    assert [s["id"] for s in services] == [str(mapped.uuid)]
    assert validate("service", services) == []


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_an_exported_file_imports_back_and_updates_the_same_service(
    mapped: Service, client: Client, lead_user: User
) -> None:
    exported = client.get(reverse("socialmap:export_json", args=["testrijk"])).content
    Service.objects.filter(pk=mapped.pk).update(name="Oude naam")
    client.force_login(lead_user)
    response = client.post(
        reverse("socialmap:import", args=["testrijk"]), {"file": _upload("kaart.json", exported)}
    )
    assert response.status_code == 302
    mapped.refresh_from_db()
    assert mapped.name == "Home-Start"
    assert Service.objects.count() == 1


def test_a_file_with_one_bad_service_imports_nothing_and_lists_the_errors(
    mapped: Service, client: Client, lead_user: User
) -> None:
    client.force_login(lead_user)
    page = json.loads(client.get(reverse("socialmap:export_json", args=["testrijk"])).content)
    good = page["contents"][0]
    new = {**good, "id": "6f1c1c56-7a7f-4b8e-9d5e-2f1a0d4b9c11", "name": "Nieuw"}
    bad = {**good, "id": "7f1c1c56-7a7f-4b8e-9d5e-2f1a0d4b9c11", "status": "open"}
    body = json.dumps([new, bad]).encode()
    response = client.post(
        reverse("socialmap:import", args=["testrijk"]), {"file": _upload("kaart.json", body)}
    )
    assert response.status_code == 200
    assert "status" in response.content.decode()
    assert Service.objects.count() == 1


def test_a_service_area_outside_the_coalition_is_refused(
    mapped: Service, client: Client, lead_user: User
) -> None:
    client.force_login(lead_user)
    page = json.loads(client.get(reverse("socialmap:export_json", args=["testrijk"])).content)
    service = page["contents"][0]
    service["id"] = "8f1c1c56-7a7f-4b8e-9d5e-2f1a0d4b9c11"
    service["service_areas"][0]["extent"] = "GM0344"
    response = client.post(
        reverse("socialmap:import", args=["testrijk"]),
        {"file": _upload("kaart.json", json.dumps(service).encode())},
    )
    assert "GM0344" in response.content.decode()
    assert Service.objects.count() == 1


def test_a_csv_zip_imports_like_json(mapped: Service, client: Client, lead_user: User) -> None:
    exported = client.get(reverse("socialmap:export_csv", args=["testrijk"])).content
    Service.objects.filter(pk=mapped.pk).update(description="Oud")
    client.force_login(lead_user)
    response = client.post(
        reverse("socialmap:import", args=["testrijk"]), {"file": _upload("kaart.zip", exported)}
    )
    assert response.status_code == 302
    mapped.refresh_from_db()
    assert mapped.description != "Oud"


def test_a_file_that_is_no_zip_gets_a_clear_error(client: Client, lead_user: User) -> None:
    client.force_login(lead_user)
    response = client.post(
        reverse("socialmap:import", args=["testrijk"]),
        {"file": _upload("kaart.zip", io.BytesIO(b"geen zip").getvalue())},
    )
    assert response.status_code == 200
    assert Service.objects.count() == 0
