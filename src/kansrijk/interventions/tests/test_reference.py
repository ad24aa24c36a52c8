from __future__ import annotations

import io

import pytest

from kansrijk.interventions import reference
from kansrijk.interventions.models import Intervention, NationalBudget, RecognitionLevel


@pytest.mark.django_db
def test_loading_the_reference_data_twice_creates_everything_once_and_then_says_unchanged() -> None:
    first, second = io.StringIO(), io.StringIO()
    reference.load(stdout=first)
    count = Intervention.objects.count()
    reference.load(stdout=second)
    assert "created" in first.getvalue()
    assert second.getvalue() == "interventions: unchanged.\n"
    assert Intervention.objects.count() == count


def test_the_menu_holds_at_least_25_interventions_with_phase_recognition_and_zvw_status(
    menu: None,
) -> None:
    interventions = Intervention.objects.prefetch_related("phases")
    assert interventions.count() >= 25
    for intervention in interventions:
        assert intervention.phases.exists(), intervention.key
        assert intervention.recognition_level_id is not None
        assert intervention.zvw_status_id is not None


def test_an_editors_change_to_the_menu_survives_a_second_load(menu: None) -> None:
    voorzorg = Intervention.objects.get(key="voorzorg")
    voorzorg.recognition_level = RecognitionLevel.objects.get(key="strong-indications")
    voorzorg.save()
    reference.load(stdout=io.StringIO())
    voorzorg.refresh_from_db()
    assert voorzorg.recognition_level.key == "strong-indications"


def test_the_national_spuk_amounts_are_reference_data(menu: None) -> None:
    amounts = dict(
        NationalBudget.objects.filter(kind="spuk-gala-kansrijke-start").values_list(
            "year", "amount_eur"
        )
    )
    assert amounts == {2023: 15_000_000, 2024: 16_000_000, 2025: 16_000_000, 2026: 20_000_000}
