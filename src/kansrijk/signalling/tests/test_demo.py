"""The demo: Utrecht's professional marks finances and mental health and gets the advice."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import selectors
from kansrijk.signalling.models import HomeVisitAgreement, ReferralMarking, SignalRecord


@pytest.mark.django_db
def test_the_demo_loads_twice_without_change_and_gives_utrecht_the_home_visit_advice(
    client: Client,
) -> None:
    call_command("load_demo", stdout=StringIO())
    agreements, signals = HomeVisitAgreement.objects.count(), SignalRecord.objects.count()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "signalling: unchanged." in out.getvalue()
    assert (HomeVisitAgreement.objects.count(), SignalRecord.objects.count()) == (
        agreements,
        signals,
    )
    page = client.post(
        "/vroegsignalering/brede-gesprek",
        {
            "municipality": "GM0344",
            "phase": "during-pregnancy",
            "domains": ["work-and-income", "mental-wellbeing"],
        },
    ).content.decode()
    assert "De criteria van de coalitie worden gehaald" in page
    assert "JGZ Utrecht Stad (fictief)" in page
    care_paths = page.split("Zorgpaden per levensdomein")[1].split("Interventies die")[0]
    assert "Zorgpad: Financiën en schulden" in care_paths
    assert "Zorgpad: Psychische problemen" in care_paths
    interventions = page.split("Interventies die bij deze fase passen")[1]
    assert "utrecht-unordered-list__item" in interventions.split("<h2")[0]

    # Utrecht shows others a mix: most counts, with the small ones (and what would give
    # them away) suppressed; a changed outcome left its earlier marking in the history.
    utrecht = Coalition.objects.get(slug="utrecht")
    cells = [c for _label, row in selectors.signal_table(utrecht, owner=False).rows for c in row]
    assert any(c.suppressed for c in cells) and any(not c.suppressed for c in cells)
    referrals = selectors.referral_rows(utrecht, owner=False, today=date(2026, 11, 22))
    outcome_cells = [c for r in referrals for c in r.per_outcome]
    assert any(c.suppressed for c in outcome_cells) and any(c.value for c in outcome_cells)
    assert ReferralMarking.objects.filter(code__coalition=utrecht).count() > len(
        selectors.newest_outcomes(utrecht)
    )
    assert "Anonieme signalen per levensdomein en kwartaal" in (
        client.get("/coalities/utrecht/startfoto").content.decode()
    )
