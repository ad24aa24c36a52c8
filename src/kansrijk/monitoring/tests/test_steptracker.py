from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition, DeclarationOfIntent, StepStatusEntry
from kansrijk.coalitions.tests.factories import (
    PartnerDomainFactory,
    PartnerFactory,
    PartnerTypeFactory,
)
from kansrijk.monitoring import readers, steptracker
from kansrijk.monitoring.models import AttentionAssessment, AttentionPoint, Embedding, EmbeddingKind
from kansrijk.monitoring.services import plan_record
from kansrijk.monitoring.tests.factories import GoalFactory, MeasurementFactory

pytestmark = pytest.mark.django_db


def _partners_in_domains(coalition: Coalition, keys: list[str]) -> None:
    for key in keys:
        domain = PartnerDomainFactory(key=key, name=key)
        PartnerFactory(coalition=coalition, partner_type=PartnerTypeFactory(domain=domain))


def test_step_1_is_in_place_with_partners_from_three_domains_and_a_declaration(
    coalition: Coalition,
) -> None:
    assert steptracker.step_1(coalition).status == "not_started"
    _partners_in_domains(coalition, ["medisch", "sociaal"])
    assert steptracker.step_1(coalition).status == "in_progress"
    _partners_in_domains(coalition, ["informeel"])
    DeclarationOfIntent.objects.create(
        coalition=coalition, signed_on=date(2024, 1, 1), signing_organisations="A\nB"
    )
    coalition.refresh_from_db()
    derived = steptracker.step_1(coalition)
    assert derived.status == "in_place"
    assert "3" in derived.reason


def test_step_6_needs_measured_goals_and_a_closed_survey(coalition: Coalition) -> None:
    assert steptracker.step_6(coalition).status == "not_started"
    goal = GoalFactory(coalition=coalition)
    MeasurementFactory(goal=goal)
    derived = steptracker.step_6(coalition)
    assert derived.status == "in_progress"
    assert "survey" in derived.reason or "samenwerkingsmonitor" in derived.reason


def test_step_7_is_in_place_with_a_plan_an_embedding_and_half_the_points_arranged(
    coalition: Coalition, seeded: None
) -> None:
    assert steptracker.step_7(coalition).status == "not_started"
    plan_record(
        coalition=coalition,
        user=None,
        first_year=2025,
        last_year=2028,
        ambition="a",
        activities="b",
    )
    assert steptracker.step_7(coalition).status == "in_progress"
    Embedding.objects.create(
        coalition=coalition,
        kind=EmbeddingKind.objects.get(key="regioplan"),
        title="Gezondheidsnota",
    )
    for point in AttentionPoint.objects.order_by("order")[:4]:
        AttentionAssessment.objects.create(coalition=coalition, point=point, status="arranged")
    assert steptracker.step_7(coalition).status == "in_progress"
    point = AttentionPoint.objects.order_by("order")[4]
    AttentionAssessment.objects.create(coalition=coalition, point=point, status="arranged")
    assert steptracker.step_7(coalition).status == "in_place"


def test_a_step_whose_app_is_missing_cannot_be_derived_and_is_never_a_difference(
    coalition: Coalition, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.apps import apps

    installed = apps.is_installed
    monkeypatch.setattr(
        apps, "is_installed", lambda name: name != "kansrijk.signalling" and installed(name)
    )
    tracked = steptracker.track(coalition)
    step_4 = tracked[3]
    assert step_4.derived.status == "unknown"
    StepStatusEntry.objects.create(coalition=coalition, step=4, status="in_place")
    assert not steptracker.track(coalition)[3].differs


def test_the_page_shows_a_difference_between_declared_and_derived(
    client: Client, coalition: Coalition, partner: User
) -> None:
    StepStatusEntry.objects.create(coalition=coalition, step=1, status="in_place")
    tracked = steptracker.track(coalition)
    assert tracked[0].differs and tracked[0].derived.status == "not_started"
    client.force_login(partner)
    page = client.get(reverse("monitoring:steps", args=[coalition.slug])).content.decode()
    assert "wijkt af" in page or "differs" in page
    assert "No partners registered yet." in page or "Nog geen partners" in page


def test_step_4_is_in_place_with_agreed_instruments_a_home_visit_agreement_and_recent_figures(
    coalition: Coalition, lead: User
) -> None:
    from kansrijk.signalling import services as signalling
    from kansrijk.signalling.models import ScreeningInstrument, ValidationStatus
    from kansrijk.signalling.tests.factories import DomainFactory

    today = date(2026, 11, 22)
    assert readers.signalling(coalition, today).status == "not_started"
    validated = ValidationStatus.objects.create(key="gevalideerd", name="gevalideerd")
    instrument = ScreeningInstrument.objects.create(key="r4u", name="R4U", validation=validated)
    signalling.instrument_agreement_record(
        coalition=coalition, instruments=[instrument], note="", user=lead
    )
    assert readers.signalling(coalition, today).status == "in_progress"
    signalling.home_visit_agreement_record(
        coalition=coalition,
        criteria="Twee of meer leefgebieden met zorgen (fictief).",
        trigger_domains=[DomainFactory()],
        minimum_domains=2,
        minimum_grade=None,
        jgz_organisation="JGZ Regio (fictief)",
        referral_route="Via de verloskundige naar het JGZ-team.",
        feedback="",
        user=lead,
    )
    assert readers.signalling(coalition, today).status == "in_progress"
    figures = {"offered": 20, "accepted": 15, "realised": 12, "referrals": 3}
    signalling.home_visit_figures_record(
        coalition=coalition, year=2025, quarter=2, user=lead, **figures
    )
    assert readers.signalling(coalition, today).status == "in_progress"  # too long ago
    signalling.home_visit_figures_record(
        coalition=coalition, year=2026, quarter=3, user=lead, **figures
    )
    derived = readers.signalling(coalition, today)
    assert derived.status == "in_place"
    assert derived.reason.startswith("1 ")
