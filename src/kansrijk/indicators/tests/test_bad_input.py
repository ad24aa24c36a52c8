"""The bad-input corpus against the indicators' forms and the import of figures: a clear
Dutch error naming the line (never a 500), and nothing stored; the import is all-or-nothing."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from kansrijk.accounts.models import Membership, User
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.indicators import services
from kansrijk.indicators.models import FormerMunicipality, StoryNote, Value
from kansrijk.indicators.tests.factories import IndicatorFactory, StoryNoteFactory
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.ui.testing import cache as test_cache
from kansrijk.ui.testing.bad_input import snapshot
from kansrijk.ui.testing.form_corpus import AS_TEXT, assert_form_refuses_corpus, assert_refused

pytestmark = pytest.mark.django_db

HEADER = "indicator,area,period,numerator,denominator,value\n"
GOOD = "big2,GM0344,2022,612,4130,\nbig2,GM0363,2022,1500,10000,\n"
COLUMNS = ["indicator", "area", "period", "numerator", "denominator", "value"]
URL = "/indicatoren/import"


@pytest.fixture(autouse=True)
def _empty_cache_and_english() -> Iterator[None]:
    """Overrides the package's English default: these pages are checked in Dutch."""
    test_cache.clear()
    with translation.override("nl"):
        yield


@pytest.fixture
def editor() -> Client:
    IndicatorFactory()
    MunicipalityFactory(code="GM0344", name="Utrecht")
    amsterdam = MunicipalityFactory(code="GM0363", name="Amsterdam")
    vught = MunicipalityFactory(code="GM0865", name="Vught")
    for code, name, successor, merged_on in (
        ("GM0457", "Weesp", amsterdam, datetime.date(2022, 3, 24)),
        ("GM0788", "Haaren", vught, datetime.date(2021, 1, 1)),
    ):
        FormerMunicipality.objects.create(
            code=code,
            name=name,
            successor=successor,
            last_year=merged_on.year - 1,
            merged_on=merged_on,
        )
    user = User.objects.create_user("redactie@example.org", "x", is_national_editor=True)
    client = Client()
    client.force_login(user)
    return client


def _csv(body: str | bytes, name: str = "waarden.csv") -> SimpleUploadedFile:
    data = body.encode() if isinstance(body, str) else body
    return SimpleUploadedFile(name, data, content_type="text/csv")


def _row(column: str, value: str) -> str:
    cells = dict(zip(COLUMNS, ["big2", "GM0344", "2021", "600", "4000", ""], strict=True))
    cells[column] = '"' + value.replace('"', '""') + '"'
    return ",".join(cells[c] for c in COLUMNS) + "\n"


def _refused_naming_line_3(client: Client, body: str | bytes, what: object) -> None:
    response = assert_refused(client, URL, {"file": _csv(body)}, what=what)
    if response.status_code == 200:
        page = response.content.decode()
        assert "Regel 3" in page or "Regel 1" in page, (what, "no line named")


def test_every_corpus_value_in_every_column_of_a_middle_row_refuses_the_whole_file(
    editor: Client,
) -> None:
    allowed = {"value": {""}, "numerator": {"", "0"}, "denominator": {"", "12345"}}
    for column in COLUMNS:
        for value in AS_TEXT:
            if value in allowed.get(column, set()):
                continue
            if column == "value" and value in ("1.5", "0", "12345"):
                continue  # a number: checked against the numerator and denominator below
            body = HEADER + GOOD.splitlines()[0] + "\n" + _row(column, value) + GOOD.split("\n")[1]
            _refused_naming_line_3(editor, body, (column, value))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("utf-16", (HEADER + GOOD).encode("utf-16")),
        ("wrong columns", b"gemeente;jaar;aantal\nGM0344;2022;5\n"),
        ("only a header", HEADER.encode()),
        ("empty", b""),
        ("formula", (HEADER + "=cmd|'/C calc'!A0,GM0344,2022,1,10,\n").encode()),
        ("formula in a number", (HEADER + "big2,GM0344,2022,=1+1,10,\n").encode()),
        ("xlsx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200),
        ("binary", bytes(range(256)) * 10),
        ("huge row", (HEADER + "big2,GM0344,2022," + "9" * 100_000 + ",10,\n").encode()),
        ("script", b"<script>alert(1)</script>"),
        ("a field too many", (HEADER + "big2,GM0344,2022,1,5,10000,\n").encode()),
        ("a field too few", (HEADER + "big2,GM0344,2022,612,4130\n").encode()),
        ("a merged municipality", (HEADER + "big2,GM0457,2022,5,100,\n").encode()),
        ("a split municipality", (HEADER + "big2,GM0788,2021,5,100,\n").encode()),
        ("NUL late", (HEADER + GOOD * 3 + "big2,GM0344,20\x0021,1,10,\n").encode()),
    ],
)
def test_a_bad_file_is_refused_whole_with_a_dutch_message(
    editor: Client, name: str, content: bytes
) -> None:
    response = assert_refused(editor, URL, {"file": _csv(content)}, what=name)
    assert response.status_code in (200, 400)


def test_a_huge_file_is_refused_with_the_limit_from_the_settings(
    editor: Client, settings: Any
) -> None:
    settings.MAX_UPLOAD_BYTES = 100_000
    body = HEADER + "".join(f"big2,GM0344,{1900 + i % 100},1,10,\n" for i in range(60_000))
    response = assert_refused(editor, URL, {"file": _csv(body)}, what="huge")
    assert "groter dan 97,7\xa0KB" in response.content.decode()


def test_the_page_states_the_upload_limit_of_the_settings(editor: Client, settings: Any) -> None:
    settings.MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    settings.KANSRIJK_IMPORT_MAX_ROWS = 1234
    page = editor.get(URL).content.decode()
    assert "hoogstens 5,0\xa0MB en 1234 regels" in page
    assert "20 MB" not in page


def test_a_file_with_more_rows_than_the_limit_is_refused_and_reading_stops(
    editor: Client, settings: Any
) -> None:
    settings.KANSRIJK_IMPORT_MAX_ROWS = 100
    body = HEADER + "".join(f"big2,GM0344,{1800 + i},1,10,\n" for i in range(150))
    response = assert_refused(editor, URL, {"file": _csv(body)}, what="rows")
    assert "Regel 102: Het bestand heeft meer dan 100 regels" in response.content.decode()


def test_the_page_lists_the_first_hundred_problems_and_counts_the_rest(editor: Client) -> None:
    body = HEADER + "".join(f"big2,GM9999,{1800 + i},1,10,\n" for i in range(250))
    response = assert_refused(editor, URL, {"file": _csv(body)}, what="many")
    page = response.content.decode()
    assert page.count("<li>Regel ") == 100
    assert "Het bestand heeft 250 problemen" in page
    assert "en nog 150 problemen" in page


def test_a_file_larger_than_the_memory_limit_is_streamed_from_disk_and_stored(
    editor: Client, settings: Any
) -> None:
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1000  # the upload lands in a temporary file
    body = HEADER + "".join(f"big2,GM0344,{1800 + i},1,10,\n" for i in range(200))
    assert editor.post(URL, {"file": _csv(body)}).status_code == 302
    assert Value.objects.filter(computed=False).count() == 200


def test_every_bad_year_or_column_mapping_is_refused(editor: Client) -> None:
    valid = {"file": _csv(HEADER + GOOD), "period": "", "columns": ""}
    for field in ("period", "columns"):
        for value in AS_TEXT:
            if value == "":
                continue
            valid["file"] = _csv(HEADER + GOOD)
            assert_refused(editor, URL, {**valid, field: value}, what=(field, value))


def test_an_import_that_fails_at_its_last_write_stores_nothing(editor: Client) -> None:
    before = snapshot()
    with (
        mock.patch.object(services, "_rederive", side_effect=RuntimeError("halfway")),
        pytest.raises(RuntimeError),
    ):
        editor.post(URL, {"file": _csv(HEADER + GOOD)})
    assert snapshot() == before
    assert editor.post(URL, {"file": _csv(HEADER + GOOD)}).status_code == 302
    assert Value.objects.filter(computed=False).count() == 2


def test_every_bad_story_note_is_refused_and_not_stored() -> None:
    indicator = IndicatorFactory()
    coalition = CoalitionFactory.create()
    user = User.objects.create_user("partner@example.org", "x")
    Membership.objects.create(user=user, coalition=coalition, role="partner")
    client = Client()
    client.force_login(user)
    url = f"/coalities/{coalition.slug}/startfoto/notities"
    valid = {"indicator": str(indicator.pk), "text": "Herkenbaar (fictief)."}
    assert_form_refuses_corpus(client, url, valid, typed=["indicator"], text=["text"])
    assert_refused(client, url, {**valid, "text": "   "}, what="blank")
    client.post(url, valid)
    assert StoryNote.objects.count() == 1


def test_every_bad_note_status_is_refused_and_changes_nothing() -> None:
    note = StoryNoteFactory(coalition=CoalitionFactory.create())
    user = User.objects.create_user("trekker@example.org", "x")
    Membership.objects.create(user=user, coalition=note.coalition, role="lead")
    client = Client()
    client.force_login(user)
    url = f"/coalities/{note.coalition.slug}/startfoto/notities/{note.pk}"

    def state() -> Any:
        return StoryNote.objects.values_list("status", "status_changed_at").get(pk=note.pk)

    assert_form_refuses_corpus(client, url, {"status": "published"}, typed=["status"], state=state)
