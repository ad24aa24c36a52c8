from datetime import date, datetime, time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.accounts.models import RegionalAssignment, User
from kansrijk.coalitions.models import Coalition, StepStatusEntry
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.monitoring import national
from kansrijk.regions.tests.factories import GGDRegionFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def _declare(coalition: Coalition, steps_in_place: int, on: date) -> None:
    for step in range(1, 8):
        entry = StepStatusEntry.objects.create(
            coalition=coalition,
            step=step,
            status="in_place" if step <= steps_in_place else "in_progress",
        )
        moment = timezone.make_aware(datetime.combine(on, time(12)))
        StepStatusEntry.objects.filter(pk=entry.pk).update(created_at=moment)


def test_the_share_with_a_chain_approach_replays_the_declarations_over_time() -> None:
    first, second = MunicipalityFactory(), MunicipalityFactory()
    MunicipalityFactory()
    MunicipalityFactory()
    early = CoalitionFactory(municipalities=[first])
    late = CoalitionFactory(municipalities=[second])
    _declare(early, 5, date(2022, 2, 1))
    _declare(late, 4, date(2022, 2, 1))
    _declare(late, 5, date(2023, 5, 1))
    points = national.chain_share_over_time(today=date(2023, 12, 31), since=date(2021, 10, 1))
    by_date = {p["date"]: p for p in points}
    assert by_date[date(2021, 12, 31)]["with_chain"] == 0
    assert by_date[date(2022, 3, 31)]["with_chain"] == 1
    assert by_date[date(2022, 3, 31)]["share"] == 25.0
    assert by_date[date(2023, 6, 30)]["with_chain"] == 2
    assert points[-1]["date"] == date(2023, 12, 31)


def test_the_national_page_shows_every_coalition_on_the_map_and_in_the_tables(
    client: Client,
) -> None:
    municipality = MunicipalityFactory()
    coalition = CoalitionFactory(name="Kansrijke Start Kaartstad", municipalities=[municipality])
    _declare(coalition, 3, date(2024, 1, 1))
    editor = User.objects.create_user("n@example.org", "pw-long-enough", is_national_editor=True)
    client.force_login(editor)
    response = client.get(reverse("monitoring:national"), {"stap": 3})
    page = response.content.decode()
    assert "Kansrijke Start Kaartstad" in page
    assert response.context["items"][municipality.code].fill == national.STATUS_COLOURS["in_place"]
    response = client.get(reverse("monitoring:national"), {"stap": 4})
    assert (
        response.context["items"][municipality.code].fill == national.STATUS_COLOURS["in_progress"]
    )


def test_the_regional_roll_up_counts_municipalities_per_ggd_region() -> None:
    municipality = MunicipalityFactory()
    MunicipalityFactory(ggd_region=municipality.ggd_region)
    coalition = CoalitionFactory(municipalities=[municipality])
    _declare(coalition, 5, date(2024, 1, 1))
    rows = national.regional_rollup(national.coalition_rows())
    region = next(r for r in rows if r["code"] == municipality.ggd_region.code)
    assert (region["municipalities"], region["with_coalition"], region["with_chain"]) == (2, 1, 1)
    assert region["average_steps"] == 5


def test_a_regional_coordinator_downloads_every_table_as_csv(client: Client) -> None:
    municipality = MunicipalityFactory()
    CoalitionFactory(name="Kansrijke Start Csvdorp", municipalities=[municipality])
    user = User.objects.create_user("r@example.org", "pw-long-enough")
    RegionalAssignment.objects.create(user=user, ggd_region=municipality.ggd_region)
    client.force_login(user)
    steps = client.get(reverse("monitoring:national_export", args=["stappen"]))
    assert "Kansrijke Start Csvdorp" in steps.content.decode("utf-8-sig")
    for table in ("ketenaanpak", "regios", "analysetool"):
        assert client.get(reverse("monitoring:national_export", args=[table])).status_code == 200
    assert client.get(reverse("monitoring:national_export", args=["iets"])).status_code == 404


def _two_regions() -> tuple[Coalition, Coalition]:
    elsewhere = GGDRegionFactory(code="GG0909", name="GGD Elders (fictief)")
    own_town, other_town = MunicipalityFactory(), MunicipalityFactory(ggd_region=elsewhere)
    own = CoalitionFactory(name="Kansrijke Start Eigenregio", municipalities=[own_town])
    other = CoalitionFactory(name="Kansrijke Start Elders", municipalities=[other_town])
    _declare(own, 5, date(2024, 1, 1))
    _declare(other, 5, date(2024, 1, 1))
    return own, other


def test_a_regional_coordinator_sees_only_the_coalitions_of_their_own_region_also_in_csv(
    client: Client,
) -> None:
    own, other = _two_regions()
    region = own.municipalities.get().ggd_region
    user = User.objects.create_user("regio2@example.org", "pw-long-enough")
    RegionalAssignment.objects.create(user=user, ggd_region=region)
    client.force_login(user)
    response = client.get(reverse("monitoring:national"))
    page = response.content.decode()
    assert "Kansrijke Start Eigenregio" in page and "Kansrijke Start Elders" not in page
    assert set(response.context["items"]) == {own.municipalities.get().code}
    assert [r["code"] for r in response.context["regions"]] == [region.code]
    assert response.context["share"][-1]["municipalities"] == 1
    for table in ("stappen", "regios", "ketenaanpak", "analysetool"):
        csv = client.get(reverse("monitoring:national_export", args=[table]))
        text = csv.content.decode()
        assert "Elders" not in text and other.municipalities.get().ggd_region.name not in text
    stappen = client.get(reverse("monitoring:national_export", args=["stappen"])).content
    assert "Eigenregio" in stappen.decode()


def test_a_national_editor_sees_the_coalitions_of_every_region(client: Client) -> None:
    _two_regions()
    editor = User.objects.create_user("n2@example.org", "pw-long-enough", is_national_editor=True)
    client.force_login(editor)
    response = client.get(reverse("monitoring:national"))
    page = response.content.decode()
    assert "Kansrijke Start Eigenregio" in page and "Kansrijke Start Elders" in page
    assert len(response.context["regions"]) >= 2
    stappen = client.get(reverse("monitoring:national_export", args=["stappen"])).content.decode()
    assert "Eigenregio" in stappen and "Elders" in stappen
