"""The bad-input corpus against the forms of a coalition's early-signalling pages: the
agreements, the home-visit figures, anonymous signals and referral codes. A clear Dutch
error (never a 500) and nothing stored."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.test import Client

from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.signalling import reference, services
from kansrijk.signalling.models import (
    Domain,
    Phase,
    ReferralOutcome,
    ScreeningInstrument,
)
from kansrijk.signalling.tests.factories import ReferralCodeFactory
from kansrijk.ui.testing.form_corpus import assert_form_refuses_corpus

pytestmark = pytest.mark.django_db

COUNTS_VALID = ["0", "12345"]


@pytest.fixture
def lead() -> tuple[Client, Coalition]:
    reference.load(stdout=StringIO())
    coalition = CoalitionFactory()
    client = Client()
    client.force_login(MembershipFactory(coalition=coalition, role="lead").user)
    return client, coalition


def _url(coalition: Coalition, rest: str) -> str:
    return f"/coalities/{coalition.slug}/vroegsignalering/{rest}"


def test_every_bad_value_in_the_agreements_is_refused_and_nothing_stored(
    lead: tuple[Client, Coalition],
) -> None:
    client, coalition = lead
    instrument = ScreeningInstrument.objects.filter(active=True).first()
    assert instrument is not None
    assert_form_refuses_corpus(
        client,
        _url(coalition, "instrumenten"),
        {"instruments": [str(instrument.pk)], "note": ""},
        typed=["instruments"],
        text=["note"],
    )
    domain = Domain.objects.filter(active=True).first()
    assert domain is not None
    valid = {
        "criteria": "Twee of meer domeinen (fictief).",
        "trigger_domains": [str(domain.pk)],
        "minimum_domains": "2",
        "minimum_grade": "",
        "jgz_organisation": "JGZ Testrijk (fictief)",
        "referral_route": "Via de verloskundige.",
        "feedback": "",
    }
    url = _url(coalition, "huisbezoek")
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=["trigger_domains", "minimum_domains", "minimum_grade"],
        text=["criteria", "jgz_organisation", "referral_route", "feedback"],
        allowed={"trigger_domains": [""], "minimum_grade": [""]},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_home_visit_figure_is_refused_and_nothing_stored(
    lead: tuple[Client, Coalition],
) -> None:
    client, coalition = lead
    valid = {
        "year": "2026",
        "quarter": "1",
        "offered": "40",
        "accepted": "30",
        "realised": "25",
        "referrals": "12",
    }
    url = _url(coalition, "huisbezoek/cijfers")
    assert_form_refuses_corpus(
        client,
        url,
        valid,
        typed=list(valid),
        allowed={"offered": ["12345"], "realised": ["0"], "referrals": COUNTS_VALID},
    )
    assert client.post(url, valid).status_code == 302


def test_every_bad_signal_is_refused_and_nothing_stored(lead: tuple[Client, Coalition]) -> None:
    client, coalition = lead
    services.signal_setting_set(coalition=coalition, enabled=True, user=None)
    phase = Phase.objects.get(key="during-pregnancy")
    domain = Domain.objects.get(key="work-and-income")
    valid = {
        "month": f"{date.today():%Y-%m}",
        "phase": str(phase.pk),
        "domains": [str(domain.pk)],
        "referral": "on",
    }
    url = _url(coalition, "signalen")
    assert_form_refuses_corpus(client, url, valid, typed=["month", "phase", "domains"])
    assert client.post(url, valid).status_code == 302


def test_every_bad_referral_code_request_or_outcome_is_refused_and_nothing_stored(
    lead: tuple[Client, Coalition],
) -> None:
    client, coalition = lead
    assert_form_refuses_corpus(
        client,
        _url(coalition, "verwijscodes"),
        {"domain": str(Domain.objects.get(key="work-and-income").pk)},
        typed=["care_path", "service", "domain"],
        allowed={"care_path": [""], "service": [""], "domain": [""]},
        statuses=(200, 400),
    )
    code = ReferralCodeFactory(coalition=coalition)
    outcome = ReferralOutcome.objects.get(key="help-started")
    assert_form_refuses_corpus(
        client,
        _url(coalition, "verwijscodes/uitkomst"),
        {"code": code.code, "outcome": str(outcome.pk)},
        typed=["code", "outcome"],
    )


def test_every_bad_value_in_the_broad_conversation_gives_an_answer_and_stores_nothing(
    lead: tuple[Client, Coalition],
) -> None:
    from kansrijk.ui.testing.bad_input import snapshot
    from kansrijk.ui.testing.form_corpus import AS_TEXT

    client = Client()
    before = snapshot()
    for field in ("municipality", "phase", "domains", "factors", "grade"):
        for value in AS_TEXT:
            response = client.post("/vroegsignalering/brede-gesprek", {field: value})
            assert response.status_code in (200, 400), (field, value[:40])
            assert snapshot() == before
