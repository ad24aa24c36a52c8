"""The reference load: catalogue, former municipalities, CBS values and synthetic values."""

from __future__ import annotations

import io

import pytest

from kansrijk.indicators import reference
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
    assert FormerMunicipality.objects.get(code="GM0457").successor.code == "GM0363"

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
