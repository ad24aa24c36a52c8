"""The import: atomic, idempotent, and every kind of bad file is refused with nothing stored."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from kansrijk.indicators.models import DataVersion, FormerMunicipality, Value
from kansrijk.indicators.tests.factories import IndicatorFactory
from kansrijk.regions.tests.factories import MunicipalityFactory

HEADER = "indicator,area,period,numerator,denominator,value\n"
GOOD = "big2,GM0344,2022,612,4130,\nbig2,GM0363,2022,1500,10000,\n"


@pytest.fixture
def known(db: None) -> None:
    IndicatorFactory()
    MunicipalityFactory(code="GM0344", name="Utrecht")
    amsterdam = MunicipalityFactory(code="GM0363", name="Amsterdam")
    FormerMunicipality.objects.create(
        code="GM0457",
        name="Weesp",
        successor=amsterdam,
        last_year=2021,
        merged_on=datetime.date(2022, 3, 24),
    )


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "waarden.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_good_file_is_stored_with_its_aggregates_and_a_second_run_changes_nothing(
    known: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, GOOD)
    call_command("import_indicators", str(path))
    assert Value.objects.filter(computed=False).count() == 2
    country = Value.objects.get(area_code="NL01", period_start=2022)
    assert (country.numerator, country.denominator, country.computed) == (2112, 14130, True)
    versions = DataVersion.objects.count()
    call_command("import_indicators", str(path))
    assert DataVersion.objects.count() == versions
    assert "0 values added, 0 changed, 2 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("big2,GM9999,2022,1,10,\n", "Unknown area code"),
        ("big3,GM0344,2021,1,10,\n", "Unknown indicator code"),
        ("big2,GM0344,2021,11,10,\n", "larger than the denominator"),
        ("big2,GM0344,2021,-1,10,\n", "cannot be negative"),
        ("big2,GM0344,2022,612,4130,\n", "repeats the indicator, area and period of line 2"),
        ("big2,GM0457,2022,5,100,\n", "no longer exists from"),
    ],
)
def test_each_kind_of_bad_row_refuses_the_whole_file(
    known: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, message: str
) -> None:
    path = write(tmp_path, GOOD + row)
    with pytest.raises(CommandError, match="nothing was stored"):
        call_command("import_indicators", str(path))
    assert Value.objects.count() == 0
    assert DataVersion.objects.count() == 0
    err = capsys.readouterr().err
    assert err.startswith("Line 4: ") and message in err


def test_a_value_of_a_former_municipality_before_its_merger_stays_its_own(
    known: None, tmp_path: Path
) -> None:
    call_command("import_indicators", str(write(tmp_path, "big2,GM0457,2020,50,400,\n")))
    value = Value.objects.get(area_code="GM0457")
    assert value.area_kind == "former_municipality"
    assert not Value.objects.filter(area_code="GM0363").exists()


def test_a_statline_export_is_imported_through_the_column_mapping(
    known: None, tmp_path: Path
) -> None:
    IndicatorFactory(
        key="geboortecijfer", unit="per_1000", polarity="no_judgement", synthetic=False
    )
    path = tmp_path / "statline.csv"
    path.write_text(
        '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"AantalInwoners_5";"GeboorteRelatief_25"\n'
        '0;"GM0344  ";"Utrecht";361699;11\n',
        encoding="utf-8",
    )
    call_command("import_indicators", str(path), "--periode", "2022")
    value = Value.objects.get(area_code="GM0344", indicator__key="geboortecijfer")
    assert (value.value, value.denominator) == (11.0, 361699)


def test_a_missing_file_is_a_clear_error(known: None) -> None:
    with pytest.raises(CommandError, match="is not a file"):
        call_command("import_indicators", "/nonexistent/file.csv")


def test_a_row_with_a_field_more_than_the_header_does_not_overwrite_a_stored_value(
    known: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("import_indicators", str(write(tmp_path, GOOD)))
    before = list(Value.objects.order_by("pk").values())
    # "1,5" unquoted in a comma file: the row has seven fields and would read 1 of 5
    path = write(tmp_path, "big2,GM0344,2022,612,4130,\nbig2,GM0363,2022,1,5,10000,\n")
    with pytest.raises(CommandError, match="nothing was stored"):
        call_command("import_indicators", str(path))
    assert "Line 3: This row has 7 fields; the header has 6" in capsys.readouterr().err
    assert list(Value.objects.order_by("pk").values()) == before


def test_the_command_lists_the_first_hundred_problems_and_counts_the_rest(
    known: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "".join(f"big2,GM9999,{1800 + i},1,10,\n" for i in range(5000)))
    with pytest.raises(CommandError, match="5000 problem"):
        call_command("import_indicators", str(path))
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 101
    assert lines[-1] == "... and 4900 more problem(s), not listed."
    assert Value.objects.count() == 0


def test_the_command_refuses_a_file_above_the_upload_limit_or_with_too_many_rows(
    known: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: Any
) -> None:
    path = write(tmp_path, "".join(f"big2,GM0344,{1800 + i},1,10,\n" for i in range(300)))
    settings.MAX_UPLOAD_BYTES = 1000
    with pytest.raises(CommandError, match="nothing was stored"):
        call_command("import_indicators", str(path))
    assert "larger than 1000" in capsys.readouterr().err
    settings.MAX_UPLOAD_BYTES = 10_000_000
    settings.KANSRIJK_IMPORT_MAX_ROWS = 200
    with pytest.raises(CommandError, match="nothing was stored"):
        call_command("import_indicators", str(path))
    assert "Line 202: The file has more than 200 rows" in capsys.readouterr().err
    assert Value.objects.count() == 0
