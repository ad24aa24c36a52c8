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
from kansrijk.monitoring import steptracker
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
    coalition: Coalition,
) -> None:
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
