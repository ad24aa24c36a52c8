"""The bad-input corpus against the forms and uploads of the foundation: a clear error
on the page (never a 500, never a redirect to success), and nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kansrijk.accounts.models import Membership
from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerTypeFactory
from kansrijk.ui.testing.bad_input import (
    HUGE,
    SCRIPT,
    SQL,
    UNKNOWN_CODES,
    WRONG_ENCODINGS,
    snapshot,
)

pytestmark = pytest.mark.django_db

# What a browser can send: every value is text.
AS_TEXT = [str(v) for v in HUGE + WRONG_ENCODINGS + SCRIPT + SQL + UNKNOWN_CODES] + [
    "",
    "[]",
    "{}",
    "12345",
    "1.5",
    "true",
]


@pytest.fixture
def lead_client(client: Client) -> tuple[Client, Coalition]:
    coalition = CoalitionFactory(slug="utrecht")
    PartnerTypeFactory(key="jgz")
    user = UserFactory()
    Membership.objects.create(user=user, coalition=coalition, role="lead")
    client.force_login(user)
    return client, coalition


FORMS: list[tuple[str, dict[str, Any], list[str]]] = [
    (
        "/coalities/utrecht/stappen",
        {"step": "2", "status": "in_progress", "note": ""},
        ["step", "status"],
    ),
    (
        "/coalities/utrecht/partners",
        {"organisation": "JGZ (fictief)", "partner_type": "1", "ring": "core", "joined_on": ""},
        ["partner_type", "ring", "contact_email", "joined_on"],
    ),
    (
        "/coalities/utrecht/intentieverklaring",
        {"signed_on": "2024-01-01", "signing_organisations": "Gemeente (fictief)"},
        ["signed_on"],
    ),
    (
        "/coalities/utrecht/bewerken",
        {"name": "Kansrijk", "status": "active"},
        ["tranche", "start_date", "status"],
    ),
]


@pytest.mark.parametrize(("url", "valid", "fields"), FORMS, ids=[f[0] for f in FORMS])
def test_every_bad_value_in_a_typed_form_field_gives_an_error_and_stores_nothing(
    lead_client: tuple[Client, Coalition], url: str, valid: dict[str, Any], fields: list[str]
) -> None:
    client, _coalition = lead_client
    before = snapshot()
    for field in fields:
        for value in AS_TEXT:
            if field in ("contact_email", "joined_on", "tranche", "start_date") and value == "":
                continue  # optional fields: empty is allowed
            response = client.post(url, {**valid, field: value})
            if "\x00" in value:  # refused before any form by the NUL guard (ui.nul_guard)
                assert response.status_code == 400, (field, value[:40], response.status_code)
                assert "ongeldig teken" in response.content.decode()
            else:
                assert response.status_code == 200, (field, value[:40], response.status_code)
                assert (
                    'class="kr-field-error' in response.content.decode()
                    or "error" in response.content.decode()
                )
            assert snapshot() == before, (field, value[:40])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.pdf", b"MZ\x90\x00 this is an executable"),
        ("plan.pdf", b"<html><script>alert(1)</script></html>"),
        ("plan.pdf", b""),
        ("plan.exe", b"%PDF"),  # too short to be a PDF
        ("../../etc/passwd.pdf", b"root:x:0:0"),
    ],
)
def test_an_upload_that_is_not_a_pdf_is_refused_and_not_stored(
    lead_client: tuple[Client, Coalition], name: str, content: bytes
) -> None:
    client, _coalition = lead_client
    before = snapshot()
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    response = client.post("/coalities/utrecht/plan-van-aanpak", {"file": upload})
    assert response.status_code == 200
    assert snapshot() == before


def test_an_upload_above_the_size_limit_is_refused(
    lead_client: tuple[Client, Coalition], settings: Any
) -> None:
    client, _coalition = lead_client
    settings.MAX_UPLOAD_BYTES = 1024
    before = snapshot()
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.7\n" + b"0" * 4096, "application/pdf")
    response = client.post("/coalities/utrecht/plan-van-aanpak", {"file": upload})
    assert response.status_code == 200 and snapshot() == before


@pytest.mark.parametrize(
    "content",
    [
        b"gemeentecode,tranche,startdatum,organisatie_trekker\nGM9999,2,2024-01-01,X\n",
        b"gemeentecode,tranche,startdatum,organisatie_trekker\n' OR 1=1 --,2,2024-01-01,X\n",
        b"gemeentecode,tranche,startdatum,organisatie_trekker\nGM0344,99,2024-13-45,X\n",
        b"\xff\xfe\x00g\x00e\x00m",
        b"=cmd|'/C calc'!A0,2,2024-01-01,X\n",
        b"",
    ],
)
def test_a_bad_national_overview_import_gives_errors_and_stores_nothing(
    client: Client, content: bytes
) -> None:
    client.force_login(UserFactory(is_national_editor=True))
    before = snapshot()
    upload = SimpleUploadedFile("overzicht.csv", content, content_type="text/csv")
    response = client.post("/beheer/coalities/import", {"file": upload})
    assert response.status_code == 200
    assert snapshot() == before
