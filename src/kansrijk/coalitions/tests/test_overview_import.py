"""The national overview import: all rows valid, or nothing stored and every error listed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kansrijk.accounts.tests.factories import UserFactory
from kansrijk.coalitions.imports import parse_overview
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.services import overview_import
from kansrijk.regions.tests.factories import MunicipalityFactory

HEADER = "gemeentecode,tranche,startdatum,organisatie_trekker\n"


@pytest.fixture
def municipalities() -> None:
    MunicipalityFactory(code="GM0344", name="Utrecht")
    MunicipalityFactory(code="GM0193", name="Zwolle")


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
def test_a_valid_overview_creates_coalitions_with_tranche_start_and_lead() -> None:
    result = parse_overview(
        (
            HEADER + "GM0344,1,2019-03-01,Gemeente Utrecht\nGM0193,2,01-05-2020,GGD IJsselland\n"
        ).encode()
    )
    assert result.ok, result.errors
    assert overview_import(rows=result.rows) == (2, 0)
    zwolle = Coalition.objects.get(municipalities__code="GM0193")
    assert zwolle.start_date is not None
    assert (zwolle.tranche, zwolle.start_date.isoformat(), zwolle.lead_organisation) == (
        2,
        "2020-05-01",
        "GGD IJsselland",
    )


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
def test_importing_the_same_overview_again_updates_instead_of_duplicating() -> None:
    raw = (HEADER + "GM0344,1,2019-03-01,Gemeente Utrecht\n").encode()
    overview_import(rows=parse_overview(raw).rows)
    assert overview_import(rows=parse_overview(raw).rows) == (0, 1)
    assert Coalition.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("GM9999,1,2019-03-01,Gemeente X\n", "Regel 2: onbekende gemeentecode GM9999"),
        (
            "GM0344,1,2019-03-01,A\nGM0344,2,2020-01-01,B\n",
            "Regel 3: gemeente GM0344 komt dubbel voor (eerst op regel 2)",
        ),
        ("GM0344,5,2019-03-01,A\n", "Regel 2: de tranche moet 1, 2, 3 of 4 zijn"),
        ("GM0344,1,31-02-2019,A\n", "Regel 2: de startdatum moet eruitzien als"),
        ("GM0344,1,2019-03-01,\n", "Regel 2: de organisatie van de trekker ontbreekt"),
        ("GM0344,1\n", "Regel 2: 4 kolommen verwacht, 2 gevonden"),
        (
            "GM0344,1,2019-03-01,<script>alert(1)</script>" + "x" * 200 + "\n",
            "langer dan 200 tekens",
        ),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_its_line_and_nothing_is_stored(
    body: str, expected: str
) -> None:
    result = parse_overview((HEADER + body + "GM0193,2,2020-01-01,Gemeente Zwolle\n").encode())
    assert not result.ok
    assert any(expected in e for e in result.errors), result.errors


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"code;tranche\nGM0344;1\n", "Regel 1: de kolommen moeten precies zijn"),
        ((HEADER + "GM0344,1,2019-03-01,Café\n").encode("latin-1"), "geen UTF-8-tekst"),
        (b"%PDF-1.4\x00\x00binary", "bevat binaire gegevens"),
        (HEADER.encode(), "bevat geen regels"),
    ],
)
def test_a_file_that_is_not_an_overview_is_refused_with_a_clear_message(
    raw: bytes, expected: str
) -> None:
    result = parse_overview(raw)
    assert not result.ok
    assert any(expected in e for e in result.errors), result.errors


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
def test_the_upload_page_stores_nothing_when_one_row_is_bad(client: Client) -> None:
    client.force_login(UserFactory(is_national_editor=True))
    upload = SimpleUploadedFile(
        "overzicht.csv", (HEADER + "GM0344,1,2019-03-01,A\nGM0000,1,,B\n").encode()
    )
    response = client.post("/beheer/coalities/import", {"file": upload})
    assert response.status_code == 200
    assert "Regel 3: onbekende gemeentecode GM0000" in response.content.decode()
    assert "er is niets opgeslagen" in response.content.decode()
    assert Coalition.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.usefixtures("municipalities")
def test_the_upload_page_reports_success_and_the_coalition_list_shows_it(client: Client) -> None:
    client.force_login(UserFactory(is_national_editor=True))
    upload = SimpleUploadedFile(
        "overzicht.csv",
        ("\ufeff" + HEADER.replace(",", ";") + "GM0344;1;2019-03-01;Gemeente Utrecht\n").encode(),
    )
    response = client.post("/beheer/coalities/import", {"file": upload}, follow=True)
    assert "1 coalities aangemaakt" in response.content.decode()
    assert "Kansrijke Start Utrecht" in client.get("/coalities").content.decode()
