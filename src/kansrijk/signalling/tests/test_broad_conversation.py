"""The broad conversation: the advice it gives, and that nothing of what is marked is kept."""

import logging
from io import StringIO
from typing import Any

import pytest
from django import forms
from django.apps import apps
from django.test import Client

from kansrijk.coalitions.tests.factories import CoalitionFactory
from kansrijk.regions.tests.factories import MunicipalityFactory
from kansrijk.signalling import reference
from kansrijk.signalling.forms import ConversationForm
from kansrijk.signalling.models import Domain, Factor, VulnerabilityGrade
from kansrijk.signalling.tests.factories import HomeVisitAgreementFactory

URL = "/vroegsignalering/brede-gesprek"


@pytest.fixture
def world(db: None) -> dict[str, Any]:
    reference.load(stdout=StringIO())
    municipality = MunicipalityFactory(name="Teststad")
    coalition = CoalitionFactory(municipalities=[municipality])
    HomeVisitAgreementFactory(
        coalition=coalition,
        jgz_organisation="JGZ Teststad (fictief)",
        trigger_domains=list(
            Domain.objects.filter(key__in=["work-and-income", "mental-wellbeing"])
        ),
        minimum_domains=2,
        minimum_grade=VulnerabilityGrade.objects.get(key="very-vulnerable"),
    )
    return {"municipality": municipality, "coalition": coalition}


def post(client: Client, municipality: Any, **extra: Any) -> Any:
    data = {"municipality": municipality.code, "phase": "during-pregnancy", **extra}
    return client.post(URL, data)


def table_counts() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


def test_marking_finances_and_mental_health_gives_the_home_visit_advice(
    client: Client, world: dict[str, Any]
) -> None:
    response = post(client, world["municipality"], domains=["work-and-income", "mental-wellbeing"])
    page = response.content.decode()
    assert response.status_code == 200
    assert "Advies na het brede gesprek" in page
    assert "De criteria van de coalitie worden gehaald" in page
    assert "JGZ Teststad (fictief)" in page
    assert "Werk, inkomen en geldzaken" in page and "Psychisch welbevinden" in page


def test_one_domain_does_not_meet_the_criteria_but_a_very_vulnerable_grade_does(
    client: Client, world: dict[str, Any]
) -> None:
    one = post(client, world["municipality"], domains=["work-and-income"]).content.decode()
    assert "criteria van de coalitie niet gehaald" in one
    graded = post(
        client, world["municipality"], domains=["work-and-income"], grade="very-vulnerable"
    ).content.decode()
    assert "De criteria van de coalitie worden gehaald" in graded


def test_a_marked_risk_factor_marks_its_domain_and_protective_factors_are_shown_with_it(
    client: Client, world: dict[str, Any]
) -> None:
    page = post(
        client,
        world["municipality"],
        factors=["work-and-income.debts", "work-and-income.already-in-debt-counselling"],
    ).content.decode()
    assert "Schulden of betalingsachterstanden" in page
    assert "Al in contact met schuldhulp of budgetbegeleiding" in page
    assert "Werk, inkomen en geldzaken" in page


def test_marking_nothing_gives_a_clear_dutch_error_and_no_advice(
    client: Client, world: dict[str, Any]
) -> None:
    page = post(client, world["municipality"]).content.decode()
    assert "Markeer ten minste één levensdomein of risicofactor" in page
    assert "Advies na het brede gesprek" not in page


def test_submitting_the_conversation_stores_nothing_and_logs_nothing_of_its_content(
    client: Client, world: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    factors = ["mental-wellbeing.low-mood-or-anxiety", "work-and-income.debts"]
    before = table_counts()
    caplog.set_level(logging.DEBUG)
    response = post(
        client,
        world["municipality"],
        domains=["work-and-income", "mental-wellbeing", "safety"],
        factors=factors,
        grade="vulnerable",
    )
    assert response.status_code == 200
    assert table_counts() == before
    logged = caplog.text
    for secret in ["work-and-income", "mental-wellbeing", "safety", *factors, "vulnerable"]:
        assert secret not in logged
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


def test_the_form_asks_only_for_choices_from_the_lists_and_never_for_text() -> None:
    for name, field in ConversationForm.base_fields.items():
        assert isinstance(field, forms.ModelChoiceField), name


def test_the_page_tells_in_plain_words_that_nothing_is_stored(
    client: Client, world: dict[str, Any]
) -> None:
    page = client.get(URL).content.decode()
    assert "niet bewaard" in page and "geen naam, geboortedatum, adres" in page
    assert 'method="post"' in page


def test_every_domain_has_risk_and_protective_factors_in_dutch_and_english(
    world: dict[str, Any],
) -> None:
    domains = list(Domain.objects.all())
    assert len(domains) == 10
    for domain in domains:
        kinds = {f.kind for f in domain.factors.all()}
        assert kinds == {"risk", "protective"}, domain.key
    assert not Factor.objects.filter(name_en="").exists()


def test_loading_the_reference_data_twice_changes_nothing(world: dict[str, Any]) -> None:
    out = StringIO()
    reference.load(stdout=out)
    assert out.getvalue() == "signalling: unchanged.\n"
