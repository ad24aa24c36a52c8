"""The startfoto, national, note and API pages: what is shown, what is hidden, to whom."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.indicators.models import NoteStatus, StoryNote, Value
from kansrijk.indicators.tests.conftest import Startfoto
from kansrijk.indicators.tests.factories import StoryNoteFactory

pytestmark = pytest.mark.django_db


def test_the_startfoto_shows_value_interval_region_country_and_a_reading(
    client: Client, startfoto_world: Startfoto
) -> None:
    response = client.get("/gemeenten/GM0344/startfoto")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vroeggeboorte en/of te laag geboortegewicht (big2)" in html or "big2" in html
    assert "2021-2023" in html  # the newest fixed pooled block
    assert "2019-2021" not in html and "2019-2023" not in html  # no overlapping pools
    assert "<svg" in html  # the spine chart, rendered on the server
    assert "synthetisch" in html


def test_every_output_of_a_synthetic_indicator_says_synthetisch(
    client: Client, startfoto_world: Startfoto
) -> None:
    assert "synthetisch" in client.get("/indicatoren/big2").content.decode()
    assert "synthetisch" in client.get("/gemeenten/GM0344/startfoto/big2").content.decode()
    assert "synthetisch" in client.get("/gemeenten/GM0344/startfoto/csv").content.decode()
    assert "synthetisch" in client.get("/indicatoren/big2/csv").content.decode()
    api = client.get("/api/v1/indicatoren/big2/waarden?gebied=GM0344").json()
    assert all(item["synthetisch"] for item in api)


def test_a_small_count_is_hidden_in_page_csv_and_api_for_the_public(
    client: Client, startfoto_world: Startfoto
) -> None:
    small = Value.objects.get(area_code="GM0088", period_start=2021, period_end=2021)
    assert small.suppression == "small_count"
    page = client.get("/indicatoren/big2?periode=2021").content.decode()
    assert "hidden: a small count, or one it could be calculated from" in page
    csv = client.get("/indicatoren/big2/csv?periode=2021").content.decode()
    line = next(row for row in csv.splitlines() if row.startswith("big2;") and "GM0088" in row)
    assert ";;;" in line and "hidden" in line
    api = client.get("/api/v1/indicatoren/big2/waarden?gebied=GM0088&periode=2021").json()
    assert api[0]["waarde"] is None and api[0]["teller"] is None
    assert api[0]["interval95"] is None and api[0]["onderdrukt"] == "hidden"


def test_the_neighbour_that_would_reveal_a_hidden_count_is_hidden_too(
    startfoto_world: Startfoto,
) -> None:
    # the region (GG2514) is the sum of the three; one hidden member means a second goes
    hidden = Value.objects.filter(
        period_start=2021, period_end=2021, area_kind="municipality"
    ).exclude(suppression="")
    reasons = {v.area_code: v.suppression for v in hidden}
    # the smallest other member (De Bilt, 58) goes with Schiermonnikoog
    assert reasons == {"GM0088": "small_count", "GM0310": "derivable"}


def test_the_owner_of_the_data_sees_the_small_counts(
    client: Client, startfoto_world: Startfoto
) -> None:
    client.force_login(UserFactory(is_national_editor=True))
    api = client.get("/api/v1/indicatoren/big2/waarden?gebied=GM0088&periode=2021").json()
    assert api[0]["teller"] == 1


def test_a_significant_difference_is_named_only_when_the_intervals_say_so(
    client: Client, startfoto_world: Startfoto
) -> None:
    # Utrecht 2021-2023: 2100/12150 = 17.3%; the country of these six: 4001/25133 = 15.9%
    html = client.get("/gemeenten/GM0344/startfoto").content.decode()
    assert "Significantly higher than the Netherlands (99.8% confidence)." in html
    assert "That is unfavourable." in html
    # Zwolle 585/3870 = 15.1%: its interval holds the national value
    zwolle = client.get("/gemeenten/GM0193/startfoto").content.decode()
    assert "Not significantly different from the Netherlands." in zwolle
    assert "Significantly" not in zwolle
    detail = client.get("/gemeenten/GM0344/startfoto/big2").content.decode()
    assert "Funnel" in detail and "Shrunk" in detail


def test_the_national_page_has_a_map_a_funnel_plot_and_a_table(
    client: Client, startfoto_world: Startfoto
) -> None:
    html = client.get("/indicatoren/big2").content.decode()
    assert html.count("<svg") >= 2
    assert "Utrecht" in html and "Zwolle" in html
    assert "utrecht-table" in html


def test_the_catalogue_lists_each_definition(client: Client, startfoto_world: Startfoto) -> None:
    html = client.get("/indicatoren").content.decode()
    assert startfoto_world.indicator.definition in html


def test_a_partner_adds_a_note_that_only_members_see_until_the_lead_publishes_it(
    client: Client, startfoto_world: Startfoto
) -> None:
    coalition = startfoto_world.coalition
    partner = MembershipFactory(coalition=coalition, role="partner").user
    lead = MembershipFactory(coalition=coalition, role="lead").user
    client.force_login(partner)
    response = client.post(
        "/coalities/utrecht/startfoto/notities",
        {"indicator": startfoto_world.indicator.pk, "text": "Dit herkennen wij. (fictief)"},
    )
    assert response.status_code == 302
    note = StoryNote.objects.get()
    assert note.status == NoteStatus.DRAFT
    assert "Dit herkennen wij" in client.get("/coalities/utrecht/startfoto").content.decode()
    client.logout()
    assert "Dit herkennen wij" not in client.get("/coalities/utrecht/startfoto").content.decode()
    client.force_login(lead)
    client.post(f"/coalities/utrecht/startfoto/notities/{note.pk}", {"status": "published"})
    client.logout()
    assert "Dit herkennen wij" in client.get("/coalities/utrecht/startfoto").content.decode()


def test_a_partner_cannot_publish_and_an_outsider_cannot_add_notes(
    client: Client, startfoto_world: Startfoto
) -> None:
    coalition = startfoto_world.coalition
    note = StoryNoteFactory(coalition=coalition)
    client.force_login(MembershipFactory(coalition=coalition, role="partner").user)
    assert (
        client.post(
            f"/coalities/utrecht/startfoto/notities/{note.pk}", {"status": "published"}
        ).status_code
        == 403
    )
    client.force_login(UserFactory())
    response = client.post(
        "/coalities/utrecht/startfoto/notities",
        {"indicator": startfoto_world.indicator.pk, "text": "x"},
    )
    assert response.status_code == 403
    note.refresh_from_db()
    assert note.status == NoteStatus.DRAFT
    assert StoryNote.objects.count() == 1


def test_the_upload_page_lists_every_problem_and_stores_nothing(
    client: Client, startfoto_world: Startfoto
) -> None:
    client.force_login(UserFactory(is_national_editor=True))
    before = Value.objects.count()
    data = (
        b"indicator,area,period,numerator,denominator,value\n"
        b"big2,GM0344,2024,10,5,\nbig2,GM0344,2024,1,5,\n"
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/indicatoren/import", {"file": SimpleUploadedFile("x.csv", data, "text/csv")}
    )
    html = response.content.decode()
    assert "Line 2" in html and "nothing was stored" in html
    assert Value.objects.count() == before


def test_the_api_lists_the_catalogue_and_refuses_a_bad_period(
    client: Client, startfoto_world: Startfoto
) -> None:
    listing = client.get("/api/v1/indicatoren").json()
    assert listing["results"][0]["code"] == "big2"
    response = client.get("/api/v1/indicatoren/big2/waarden?periode=twee")
    assert response.status_code == 400
    assert json.loads(response.content)["status"] == 400


def test_the_startfoto_pdf_is_a_pdf(client: Client, startfoto_world: Startfoto) -> None:
    response = client.get("/gemeenten/GM0344/startfoto/pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_the_upload_page_stores_a_sound_file_and_says_what_changed(
    client: Client, startfoto_world: Startfoto
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(UserFactory(is_national_editor=True))
    data = b"indicator,area,period,numerator,denominator,value\nbig2,GM0344,2024,700,4200,\n"
    response = client.post(
        "/indicatoren/import",
        {"file": SimpleUploadedFile("x.csv", data, "text/csv")},
        follow=True,
    )
    assert "1 values added, 0 changed" in response.content.decode()
    stored = Value.objects.get(area_code="GM0344", period_start=2024, period_end=2024)
    assert stored.numerator == 700
    # the new year starts the block 2024-2026; no pool overlaps the block 2021-2023
    assert (
        not Value.objects.filter(area_code="GM0344", period_end=2024)
        .exclude(period_start=2024)
        .exists()
    )


def test_a_regional_coalition_shows_its_total_unless_a_member_is_hidden(
    client: Client, startfoto_world: Startfoto
) -> None:
    from kansrijk.coalitions.tests.factories import CoalitionFactory

    world = startfoto_world
    CoalitionFactory(slug="samen", kind="regional", municipalities=[world.big, world.middle])
    html = client.get("/coalities/samen/startfoto").content.decode()
    assert "The coalition as a whole" in html
    # (2100 + 585) / (12150 + 3870) = 16.8%
    assert "16.8" in html or "16,8" in html
    CoalitionFactory(slug="met-klein", kind="regional", municipalities=[world.big, world.small])
    html = client.get("/coalities/met-klein/startfoto").content.decode()
    assert "hidden: a member's count is hidden or the total is small" in html
