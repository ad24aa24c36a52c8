from __future__ import annotations

from django.test import Client

from kansrijk.interventions.models import Intervention
from kansrijk.interventions.tests.factories import PaletteItemFactory


def test_the_menu_is_public_json_with_phase_recognition_and_zvw_status(
    menu: None, client: Client
) -> None:
    response = client.get("/api/v1/interventies", {"fase": "before-pregnancy"})
    assert response.status_code == 200
    data = response.json()
    items = data["results"] if isinstance(data, dict) else data
    keys = {item["key"] for item in items}
    assert "nu-niet-zwanger" in keys and "home-start" not in keys
    first = items[0]
    assert {"phases", "recognition_level", "zvw_status", "source_url"} <= set(first)


def test_one_intervention_is_found_by_its_key(menu: None, client: Client) -> None:
    response = client.get("/api/v1/interventies/babythuiszorg")
    assert response.json()["zvw_status"]["key"] == "not-insured"
    assert client.get("/api/v1/interventies/bestaat-niet").status_code == 404


def test_the_public_palette_hides_a_small_reach(menu: None, client: Client) -> None:
    item = PaletteItemFactory.create(
        intervention=Intervention.objects.get(key="steunouders"),
        reach_per_year=4,
        capacity_per_year=12,
    )
    response = client.get(f"/api/v1/coalities/{item.coalition.slug}/palet")
    (offer,) = response.json()["items"]
    assert offer["intervention"] == "steunouders"
    assert offer["reach_per_year"] is None
    assert offer["capacity_per_year"] == 12
