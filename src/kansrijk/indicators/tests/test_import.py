"""The import: atomic, idempotent, and every kind of bad file is refused with nothing stored."""

from __future__ import annotations

from pathlib import Path

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
        code="GM0457", name="Weesp", successor=amsterdam, last_year=2021
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
        ("big2,GM0457,2022,5,100,\n", "no longer existed after 2021"),
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
