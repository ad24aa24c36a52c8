"""The reference load: catalogue, former municipalities, CBS values and synthetic values."""

from __future__ import annotations

import datetime
import io

import pytest
from django.conf import settings

from kansrijk.indicators import catalogue, reference
from kansrijk.indicators.models import FormerMunicipality, Indicator, Value
from kansrijk.regions import reference as regions_reference


@pytest.fixture
def loaded(db: None, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(reference, "SYNTHETIC_YEARS", range(2022, 2024))
    regions_reference.load(stdout=io.StringIO())
    out = io.StringIO()
    reference.load(stdout=out)
    return out.getvalue()


def test_the_reference_load_stores_real_and_synthetic_values_and_says_unchanged_the_second_time(
    loaded: str,
) -> None:
    # one test on purpose: the load takes a while on a small machine
    assert "synthetic values stored" in loaded
    assert Indicator.objects.filter(key="big2", synthetic=True).exists()
    weesp_former = FormerMunicipality.objects.get(code="GM0457")
    assert weesp_former.successor.code == "GM0363"
    assert (weesp_former.merged_on, weesp_former.last_year) == (datetime.date(2022, 3, 24), 2021)

    utrecht = Value.objects.get(
        indicator__key="geboortecijfer", area_code="GM0344", period_start=2022
    )
    assert (utrecht.synthetic, utrecht.value) == (False, 12.0)
    weesp = Value.objects.get(indicator__key="geboortecijfer", area_code="GM0457")
    assert weesp.area_kind == "former_municipality"
    voorne = Value.objects.get(
        indicator__key="inwoners_0_tot_15", area_code="GM1992", period_start=2022
    )
    assert "Brielle" in voorne.note

    synthetic = Value.objects.filter(indicator__synthetic=True)
    assert synthetic.exists() and not synthetic.filter(synthetic=False).exists()
    country = Value.objects.get(
        indicator__key="big2", area_code="NL01", period_start=2022, period_end=2022
    )
    assert country.value == pytest.approx(14.8, abs=0.6)
    assert country.numerator is not None and country.numerator > 10_000

    second = io.StringIO()
    reference.load(stdout=second)
    assert second.getvalue() == "indicators: unchanged.\n"


def test_every_abolished_municipality_has_the_day_its_merger_or_split_took_effect() -> None:
    rows = catalogue.read_csv(settings.KANSRIJK_DATA_DIR / reference.MERGERS_FILE)
    dates = reference.merger_dates(rows)
    assert set(dates) == {r["oude_gemeentecode"] for r in rows}
    assert dates["GM0457"] == datetime.date(2022, 3, 24)  # Weesp, during the year
    assert dates["GM0051"] == datetime.date(2014, 1, 1)  # Skarsterlân: the data says 2012-2017
    assert dates["GM0788"] == datetime.date(2021, 1, 1)  # Haaren, split over four
    assert dates["GM0005"] == datetime.date(2019, 1, 1)  # Bedum: from the data itself
    for row in rows:
        day = dates[row["oude_gemeentecode"]]
        assert int(row["laatst_gezien_jaar"]) <= day.year <= int(row["eerst_afwezig_jaar"])
