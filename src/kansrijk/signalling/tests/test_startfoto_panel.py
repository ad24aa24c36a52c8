"""The startfoto shows the coalition's anonymous signal counts, suppressed for others."""

import re
from datetime import date
from io import StringIO

import pytest
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.signalling import reference, services
from kansrijk.signalling.models import Domain, Phase

PANEL = "Anonieme signalen per levensdomein en kwartaal"


@pytest.fixture
def coalition(db: None) -> Coalition:
    reference.load(stdout=StringIO())
    coalition = CoalitionFactory()
    money = Domain.objects.get(key="work-and-income")
    mind = Domain.objects.get(key="mental-wellbeing")
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    for i in range(24):
        services.signal_record_create(
            coalition=coalition,
            month=date(2026, 5, 1),
            phase=Phase.objects.get(key="during-pregnancy"),
            domains=[money, mind] if i < 4 else [money],
            referral=i < 12,
            today=date(2026, 11, 1),
        )
    return coalition


def panel(client: Client, coalition: Coalition) -> str:
    page = client.get(f"/coalities/{coalition.slug}/startfoto").content.decode()
    if PANEL not in page:
        return ""
    return re.sub(r"\s+", "", page.split(PANEL, 1)[1].split("</section>", 1)[0])


def test_the_startfoto_shows_the_signal_counts_suppressed_for_outsiders(
    client: Client, coalition: Coalition
) -> None:
    shown = panel(client, coalition)
    assert "2026Q2" in shown
    assert ">24<" in shown and ">12<" in shown and "&times;" in shown  # four for "mind"
    assert ">4<" not in shown


def test_members_see_the_small_counts_on_the_startfoto(
    client: Client, coalition: Coalition
) -> None:
    client.force_login(MembershipFactory(coalition=coalition).user)
    shown = panel(client, coalition)
    assert ">4<" in shown and "&times;" not in shown


def test_the_startfoto_has_no_signal_panel_when_counting_is_switched_off(
    client: Client, coalition: Coalition
) -> None:
    services.signal_setting_set(coalition=coalition, enabled=False, user=None)
    assert panel(client, coalition) == ""
    assert panel(client, CoalitionFactory()) == ""
