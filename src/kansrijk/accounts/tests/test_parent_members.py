"""A parent member of a coalition is no owner of its data: small counts stay hidden from
parents as from everybody else; the lead and the partners see them (issue 15)."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.test import Client

from kansrijk.accounts import access
from kansrijk.accounts.models import User
from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.interventions.tests.factories import PaletteItemFactory
from kansrijk.signalling import reference, services
from kansrijk.signalling.models import Domain, Phase

pytestmark = pytest.mark.django_db


def member(coalition: Coalition, role: str) -> User:
    user: User = MembershipFactory(coalition=coalition, role=role).user
    return user


def client_of(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_parent_member_is_a_member_but_not_an_owner_of_the_data() -> None:
    coalition = CoalitionFactory()
    parent, partner = member(coalition, "parent"), member(coalition, "partner")
    assert access.is_member(parent, coalition) and not access.is_data_owner(parent, coalition)
    assert access.is_data_owner(partner, coalition)
    assert not access.is_data_owner(member(CoalitionFactory(), "lead"), coalition)


def test_a_parent_member_gets_small_signal_counts_and_home_visit_figures_suppressed() -> None:
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
    services.home_visit_figures_record(
        coalition=coalition,
        user=None,
        year=2026,
        quarter=2,
        offered=8,
        accepted=6,
        realised=5,
        referrals=2,
    )
    url = f"/api/v1/coalities/{coalition.slug}/vroegsignalering"
    parent = client_of(member(coalition, "parent")).get(url).json()
    partner = client_of(member(coalition, "partner")).get(url).json()
    assert partner["signals"]["2026-Q2"]["work-and-income"] == 3
    assert parent["signals"]["2026-Q2"]["work-and-income"] is None
    assert partner["home_visits"][0]["accepted"] == 6
    assert parent["home_visits"][0]["accepted"] is None
    page = f"/coalities/{coalition.slug}/vroegsignalering"
    parent_page = client_of(member(coalition, "parent")).get(page)
    assert parent_page.status_code == 200 and parent_page.context["owner"] is False


def test_a_parent_member_does_not_see_a_small_reach_of_the_palette() -> None:
    item = PaletteItemFactory(reach_per_year=4)
    url = f"/api/v1/coalities/{item.coalition.slug}/palet"
    parent = client_of(member(item.coalition, "parent")).get(url).json()
    lead = client_of(member(item.coalition, "lead")).get(url).json()
    assert lead["items"][0]["reach_per_year"] == 4
    assert parent["items"][0]["reach_per_year"] is None


def test_a_parent_who_accepts_an_invitation_gives_no_name() -> None:
    from datetime import timedelta

    from django.utils import timezone

    from kansrijk.accounts.models import Invitation
    from kansrijk.accounts.services import hash_token

    coalition = CoalitionFactory()
    Invitation.objects.create(
        email="ouder@example.org",
        coalition=coalition,
        role="parent",
        token_hash=hash_token("ouder-link"),
        expires_at=timezone.now() + timedelta(days=1),
    )
    client = Client()
    form = client.get("/uitnodiging/ouder-link")
    assert 'name="full_name"' not in form.content.decode()
    password = "correct-horse-battery-staple"
    answer = client.post(
        "/uitnodiging/ouder-link", {"full_name": "Jan Jansen", "password": password}
    )
    assert answer.status_code == 302
    user = User.objects.get(email="ouder@example.org")
    assert "Jansen" not in user.full_name and user.organisation == ""
