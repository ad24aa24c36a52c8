from __future__ import annotations

from decimal import Decimal

from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import RegionalAssignment
from kansrijk.accounts.tests.factories import MembershipFactory, UserFactory
from kansrijk.interventions.models import FinancingLine, FundingSource, Intervention
from kansrijk.interventions.selectors import national_amounts
from kansrijk.interventions.tests.factories import FinancingLineFactory, PaletteItemFactory
from kansrijk.regions.tests.factories import GGDRegionFactory, MunicipalityFactory


def test_spuk_money_without_a_purpose_is_refused_and_nothing_is_stored(
    menu: None, client: Client
) -> None:
    membership = MembershipFactory.create(role="lead")
    client.force_login(membership.user)
    response = client.post(
        reverse("interventions:financing_line_create", kwargs={"slug": membership.coalition.slug}),
        {
            "year": "2025",
            "activity": "Bijeenkomsten",
            "funding_source": FundingSource.objects.get(key="spuk-gala").pk,
            "planned_eur": "1000",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "Say for which SPUK purpose this money is spent." in response.content.decode()
    assert not FinancingLine.objects.exists()


def test_the_lead_plans_money_for_an_offer_of_the_palette(menu: None, client: Client) -> None:
    membership = MembershipFactory.create(role="lead")
    item = PaletteItemFactory.create(
        coalition=membership.coalition, intervention=Intervention.objects.get(key="home-start")
    )
    client.force_login(membership.user)
    response = client.post(
        reverse("interventions:financing_line_create", kwargs={"slug": membership.coalition.slug}),
        {
            "year": "2026",
            "palette_item": item.pk,
            "funding_source": FundingSource.objects.get(key="municipal-other").pk,
            "planned_eur": "12500.50",
        },
    )
    assert response.status_code == 302
    line = FinancingLine.objects.get()
    assert (line.label, line.planned_eur, line.realised_eur) == (
        "Home-Start",
        Decimal("12500.50"),
        None,
    )


def test_the_plan_shows_a_chart_with_a_table_of_the_same_totals(menu: None, client: Client) -> None:
    membership = MembershipFactory.create(role="partner")
    coalition = membership.coalition
    spuk = FundingSource.objects.get(key="spuk-gala")
    zvw = FundingSource.objects.get(key="zvw")
    FinancingLineFactory.create(
        coalition=coalition, funding_source=spuk, planned_eur=Decimal(100), realised_eur=Decimal(90)
    )
    FinancingLineFactory.create(coalition=coalition, funding_source=spuk, planned_eur=Decimal(50))
    FinancingLineFactory.create(coalition=coalition, funding_source=zvw, planned_eur=Decimal(10))
    client.force_login(membership.user)
    response = client.get(
        reverse("interventions:financing", kwargs={"slug": coalition.slug}), {"jaar": "2025"}
    )
    totals = {t.source_key: (t.planned, t.realised) for t in response.context["totals"]}
    assert totals == {"spuk-gala": (Decimal(150), Decimal(90)), "zvw": (Decimal(10), Decimal(0))}
    assert response.context["planned_total"] == Decimal(160)
    assert "<svg" in response.content.decode()


def test_the_national_spuk_amount_holds_from_2026_on_and_the_home_visit_budget_yearly(
    menu: None,
) -> None:
    assert national_amounts(2024) == {"spuk": Decimal(16_000_000), "prenatal": Decimal(5_300_000)}
    assert national_amounts(2029)["spuk"] == Decimal(20_000_000)
    assert national_amounts(2020) == {"spuk": None, "prenatal": None}


def test_the_plan_csv_holds_every_line_of_every_year(menu: None, client: Client) -> None:
    membership = MembershipFactory.create(role="partner")
    FinancingLineFactory.create(coalition=membership.coalition, year=2025, activity="Coördinatie")
    FinancingLineFactory.create(coalition=membership.coalition, year=2026, activity="Regio-overleg")
    FinancingLineFactory.create(activity="Van een ander")
    client.force_login(membership.user)
    body = client.get(
        reverse("interventions:financing_csv", kwargs={"slug": membership.coalition.slug})
    ).content.decode("utf-8-sig")
    assert "Coördinatie" in body and "Regio-overleg" in body
    assert "Van een ander" not in body


def test_the_regional_coordinator_sees_the_coalitions_of_the_region_only(
    menu: None, client: Client
) -> None:
    municipality = MunicipalityFactory.create()
    membership = MembershipFactory.create(role="lead")
    membership.coalition.municipalities.set([municipality])
    FinancingLineFactory.create(coalition=membership.coalition, planned_eur=Decimal(2500))
    coordinator = UserFactory.create()
    RegionalAssignment.objects.create(user=coordinator, ggd_region=municipality.ggd_region)
    client.force_login(coordinator)
    url = reverse("interventions:region_overview", kwargs={"code": municipality.ggd_region.code})
    response = client.get(url, {"jaar": "2025"})
    rows = response.context["rows"]
    assert [(row["coalition"], row["planned"], row["spuk"]) for row in rows] == [
        (membership.coalition, Decimal(2500), Decimal(2500))
    ]
    other = MunicipalityFactory.create(
        ggd_region=GGDRegionFactory.create(code="GG0906", name="GGD Twente")
    )
    assert (
        client.get(
            reverse("interventions:region_overview", kwargs={"code": other.ggd_region.code})
        ).status_code
        == 403
    )


def test_the_lead_reads_the_error_in_dutch(menu: None, client: Client) -> None:
    membership = MembershipFactory.create(role="lead")
    client.force_login(membership.user)
    response = client.post(
        reverse("interventions:financing_line_create", kwargs={"slug": membership.coalition.slug}),
        {"year": "2025", "planned_eur": "10"},
    )
    assert "Kies een interventie uit het palet of geef de activiteit een naam." in (
        response.content.decode()
    )
