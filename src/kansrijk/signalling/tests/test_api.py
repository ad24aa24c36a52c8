"""The API of early signalling: lists, and figures with small counts null for outsiders."""

from datetime import date
from io import StringIO

import pytest
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.signalling import reference, services
from kansrijk.signalling.models import Domain, Phase


@pytest.mark.django_db
def test_the_api_lists_the_domains_with_factors_and_the_instruments(client: Client) -> None:
    reference.load(stdout=StringIO())
    domains = client.get("/api/v1/levensdomeinen").json()
    assert domains["count"] == 10
    first = domains["results"][0]
    assert first["key"] == "family-situation"
    assert {f["kind"] for f in first["factors"]} == {"risk", "protective"}
    instruments = client.get("/api/v1/screeningsinstrumenten").json()
    assert "r4u-revised" in {i["key"] for i in instruments["results"]}


@pytest.mark.django_db
def test_the_figures_in_the_api_are_null_below_ten_except_for_members(client: Client) -> None:
    reference.load(stdout=StringIO())
    coalition = CoalitionFactory()
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    money = Domain.objects.get(key="work-and-income")
    for _i in range(3):
        services.signal_record_create(
            coalition=coalition,
            month=date(2026, 4, 1),
            phase=Phase.objects.get(key="after-birth"),
            domains=[money],
            referral=False,
            today=date(2026, 11, 1),
        )
    url = f"/api/v1/coalities/{coalition.slug}/vroegsignalering"
    public = client.get(url).json()
    assert public["suppressed_below"] == 10
    assert public["signals"]["2026-Q2"]["work-and-income"] is None
    assert public["signals"]["2026-Q2"]["safety"] == 0
    client.force_login(MembershipFactory(coalition=coalition).user)
    assert client.get(url).json()["signals"]["2026-Q2"]["work-and-income"] == 3


@pytest.mark.django_db
def test_the_api_does_not_give_away_a_small_count_through_the_total_minus_the_referrals(
    client: Client,
) -> None:
    reference.load(stdout=StringIO())
    coalition = CoalitionFactory()
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    money = Domain.objects.get(key="work-and-income")
    for i in range(12):
        services.signal_record_create(
            coalition=coalition,
            month=date(2026, 4, 1),
            phase=Phase.objects.get(key="after-birth"),
            domains=[money],
            referral=i < 11,
            today=date(2026, 11, 1),
        )
    url = f"/api/v1/coalities/{coalition.slug}/vroegsignalering"
    quarter = client.get(url).json()["signals"]["2026-Q2"]
    assert quarter["total"] == 12 and quarter["work-and-income"] == 12
    assert quarter["referral"] is None  # 12 - 11 would reveal the one without a referral
    client.force_login(MembershipFactory(coalition=coalition).user)
    assert client.get(url).json()["signals"]["2026-Q2"]["referral"] == 11
