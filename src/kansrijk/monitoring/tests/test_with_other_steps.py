"""The step tracker and the survey with the other steps' apps installed."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.assessments.models import Questionnaire, Round
from kansrijk.coalitions.models import Coalition
from kansrijk.interventions.models import Phase
from kansrijk.interventions.tests.factories import PaletteItemFactory, PhaseFactory
from kansrijk.monitoring import steptracker, survey
from kansrijk.monitoring.tests.factories import GoalFactory, MeasurementFactory
from kansrijk.socialmap.models import CarePath, CarePathVersion
from kansrijk.socialmap.tests.factories import RiskSituationFactory

pytestmark = pytest.mark.django_db


def _care_path(coalition: Coalition, key: str, next_review: date | None) -> None:
    path = CarePath.objects.create(
        coalition=coalition, risk_situation=RiskSituationFactory(key=key)
    )
    CarePathVersion.objects.create(
        care_path=path, number=1, signallers="Verloskundige", owner="VSV", next_review=next_review
    )


def test_step_3_is_in_place_only_when_every_chosen_care_path_is_reviewed(
    coalition: Coalition,
) -> None:
    assert steptracker.step_3(coalition).status == "not_started"
    _care_path(coalition, "finances-and-debts", date.today() + timedelta(days=90))
    assert steptracker.step_3(coalition).status == "in_place"
    _care_path(coalition, "addiction", date.today() - timedelta(days=1))
    derived = steptracker.step_3(coalition)
    assert derived.status == "in_progress"
    assert "2" in derived.reason and "1" in derived.reason


def test_step_5_is_in_place_when_the_palette_covers_every_phase(coalition: Coalition) -> None:
    Phase.objects.all().delete()
    before, during = PhaseFactory(key="before-pregnancy"), PhaseFactory(key="during-pregnancy")
    item = PaletteItemFactory(coalition=coalition)
    item.phases.set([during])
    assert steptracker.step_5(coalition).status == "in_progress"
    item.phases.add(before)
    assert steptracker.step_5(coalition).status == "in_place"


def test_the_survey_is_a_second_questionnaire_of_the_engine_and_its_demo_round_closes(
    coalition: Coalition, seeded: None
) -> None:
    questionnaire = Questionnaire.objects.get(key=survey.SURVEY_KEY)
    assert questionnaire.versions.get().items.count() == 15
    survey.demo_round(coalition, stdout=StringIO())
    survey.demo_round(coalition, stdout=StringIO())
    assert Round.objects.filter(coalition=coalition, questionnaire=questionnaire).count() == 1
    results = survey.results_over_time(coalition)
    assert len(results) == 1 and results[0]["respondents"] == 8
    dimensions = {t["theme"] for t in results[0]["themes"]}
    assert len(dimensions) == 5
    goal = GoalFactory(coalition=coalition)
    MeasurementFactory(goal=goal)
    assert steptracker.step_6(coalition).status == "in_place"


def test_a_small_round_shows_no_scores(coalition: Coalition, seeded: None, lead: User) -> None:
    from kansrijk.assessments import services

    new_round = survey.round_open(coalition=coalition, title="Klein", user=lead)
    items = list(new_round.version.items.all())
    for _ in range(2):
        [(_link, token)] = services.invitation_links_create(
            assessment_round=new_round,
            count=1,
            expires_at=new_round.opened_at + timedelta(days=5),
        )
        services.answers_save(
            token=token, answers={i.pk: services.AnswerInput("score", 5) for i in items}
        )
    services.round_close(assessment_round=new_round)
    [result] = survey.results_over_time(coalition)
    assert result["suppressed"]
    assert all(t["mean"] is None for t in result["themes"])


def test_the_lead_opens_a_survey_round_and_a_partner_sees_the_results_page(
    client: Client, coalition: Coalition, lead: User, partner: User, seeded: None
) -> None:
    survey.demo_round(coalition, stdout=StringIO())
    client.force_login(partner)
    url = reverse("monitoring:survey", args=[coalition.slug])
    page = client.get(url).content.decode()
    assert "<svg" in page and "Samenwerkingsmonitor voorjaar 2025 (fictief)" in page
    assert client.post(url, {"title": "Najaar"}).status_code == 403
    client.force_login(lead)
    response = client.post(url, {"title": "Najaar"})
    new_round = Round.objects.get(title="Najaar")
    assert response["Location"] == reverse("assessments:round", args=[coalition.slug, new_round.pk])
