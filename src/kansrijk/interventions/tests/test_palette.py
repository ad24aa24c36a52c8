from __future__ import annotations

from django.test import Client
from django.urls import reverse

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory, PartnerFactory
from kansrijk.interventions.models import Intervention, PaletteItem
from kansrijk.interventions.tests.factories import FinancingLineFactory, PaletteItemFactory


def _lead_client(client: Client) -> tuple[Client, Coalition]:
    membership = MembershipFactory.create(role="lead")
    client.force_login(membership.user)
    return client, membership.coalition


def test_the_lead_adds_an_intervention_from_the_menu_which_takes_its_phases_and_risks(
    menu: None, client: Client
) -> None:
    client, coalition = _lead_client(client)
    partner = PartnerFactory.create(coalition=coalition)
    response = client.post(
        reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug}),
        {
            "intervention": "voorzorg",
            "partner": partner.pk,
            "capacity_per_year": "40",
            "reach_per_year": "31",
            "waiting_weeks": "4",
            "since_year": "2018",
        },
    )
    assert response.status_code == 302
    item = PaletteItem.objects.get(coalition=coalition)
    voorzorg = Intervention.objects.get(key="voorzorg")
    assert set(item.phases.all()) == set(voorzorg.phases.all())
    assert set(item.risk_situations.all()) == set(voorzorg.risk_situations.all())
    assert item.partner == partner


def test_a_local_offer_without_phase_is_refused_in_words_and_nothing_is_stored(
    menu: None, client: Client
) -> None:
    client, coalition = _lead_client(client)
    response = client.post(
        reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug}),
        {"local_name": "Wijkmoeders (fictief)", "risk_situations": ["housing"]},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "needs at least one phase and one risk situation" in response.content.decode()
    assert not PaletteItem.objects.exists()


def test_a_reach_larger_than_the_capacity_is_refused(menu: None, client: Client) -> None:
    client, coalition = _lead_client(client)
    response = client.post(
        reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug}),
        {"intervention": "home-start", "capacity_per_year": "10", "reach_per_year": "12"},
    )
    assert response.status_code == 400
    assert not PaletteItem.objects.exists()


def test_a_partner_of_another_coalition_cannot_be_chosen(menu: None, client: Client) -> None:
    client, coalition = _lead_client(client)
    stranger = PartnerFactory.create(coalition=CoalitionFactory.create())
    response = client.post(
        reverse("interventions:palette_item_create", kwargs={"slug": coalition.slug}),
        {"intervention": "home-start", "partner": stranger.pk},
    )
    assert response.status_code == 400
    assert not PaletteItem.objects.exists()


def test_a_small_reach_is_hidden_from_the_public_but_shown_to_the_coalition(
    menu: None, client: Client
) -> None:
    item = PaletteItemFactory.create(
        intervention=Intervention.objects.get(key="home-start"),
        reach_per_year=7,
        capacity_per_year=20,
    )
    url = reverse("interventions:palette", kwargs={"slug": item.coalition.slug})
    public = client.get(url)
    assert public.context["rows"][0]["reach"] is None
    member = MembershipFactory.create(coalition=item.coalition, role="partner").user
    client.force_login(member)
    assert client.get(url).context["rows"][0]["reach"] == 7


def test_an_offer_with_lines_in_the_financing_plan_cannot_be_deleted(
    menu: None, client: Client
) -> None:
    client, coalition = _lead_client(client)
    item = PaletteItemFactory.create(
        coalition=coalition, intervention=Intervention.objects.get(key="voorzorg")
    )
    FinancingLineFactory.create(coalition=coalition, palette_item=item, activity="")
    response = client.post(
        reverse("interventions:palette_item_delete", kwargs={"slug": coalition.slug, "pk": item.pk})
    )
    assert response.status_code == 400
    assert PaletteItem.objects.filter(pk=item.pk).exists()


def test_the_palette_csv_neutralises_formulae(menu: None, client: Client) -> None:
    item = PaletteItemFactory.create(intervention=None, local_name="=HYPERLINK(1)")
    response = client.get(
        reverse("interventions:palette_csv", kwargs={"slug": item.coalition.slug})
    )
    body = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in body
