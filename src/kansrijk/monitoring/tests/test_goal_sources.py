"""A goal reads its current value from the source it is linked to."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import RegionalAssignment, User
from kansrijk.assessments.tests.factories import closed_round
from kansrijk.coalitions.models import Coalition
from kansrijk.indicators.tests.factories import IndicatorFactory, load_values
from kansrijk.interventions.tests.factories import PaletteItemFactory
from kansrijk.monitoring import services, sources
from kansrijk.monitoring.models import Goal, Measurement
from kansrijk.monitoring.tests.factories import GoalFactory
from kansrijk.signalling import services as signalling_services
from kansrijk.signalling.tests.factories import DomainFactory, PhaseFactory

pytestmark = pytest.mark.django_db


def _goal(coalition: Coalition, source: str, key: str = "") -> Goal:
    goal: Goal = GoalFactory(
        coalition=coalition,
        source=source,
        source_key=key,
        baseline_date=date(2020, 1, 1),
        deadline=date(2030, 1, 1),
    )
    return goal


def test_a_startfoto_goal_reads_the_indicator_of_the_coalitions_municipality(
    coalition: Coalition,
) -> None:
    municipality = coalition.municipalities.get()
    load_values(IndicatorFactory(), {municipality: [(300, 2000), (330, 2000)]})
    reading = sources.current_value(_goal(coalition, "startfoto", "big2"), owner=False)
    assert reading is not None and reading.value == Decimal("16.50")
    assert reading.period == "2020"
    assert "startfoto" in reading.origin and "2020" in reading.origin


def test_a_small_startfoto_value_is_hidden_from_the_coalition_too_and_cannot_be_recorded(
    coalition: Coalition, lead: User
) -> None:
    """The startfoto's figures belong to the national editor who imports them (ADR 0013):
    a coalition reads them as the public does, so no goal stores a hidden value."""
    load_values(IndicatorFactory(), {coalition.municipalities.get(): [(2, 8)]})
    goal = _goal(coalition, "startfoto", "big2")
    hidden = sources.current_value(goal, owner=False)
    assert hidden is not None and hidden.value is None and hidden.suppressed
    own = sources.current_value(goal, owner=True)
    assert own is not None and own.value is None and own.suppressed
    with pytest.raises(ValidationError):
        services.measurement_from_source(goal=goal, user=lead, owner=True)
    assert not Measurement.objects.filter(goal=goal).exists()


def test_reach_signals_home_visits_and_the_analysetool_are_read_from_their_apps(
    coalition: Coalition, lead: User
) -> None:
    PaletteItemFactory(coalition=coalition, reach_per_year=45)
    PaletteItemFactory(coalition=coalition, reach_per_year=30)
    reach = sources.current_value(_goal(coalition, "intervention_reach"), owner=False)
    assert reach is not None and reach.value == Decimal(75)

    signalling_services.signal_setting_set(coalition=coalition, enabled=True, user=lead)
    phase, domain = PhaseFactory(), DomainFactory(key="financien")
    for _ in range(12):
        signalling_services.signal_record_create(
            coalition=coalition,
            month=date(2026, 2, 1),
            phase=phase,
            domains=[domain],
            referral=False,
            today=date(2026, 3, 1),
        )
    signals = sources.current_value(_goal(coalition, "signals"), owner=False)
    assert signals is not None and signals.value == Decimal(12) and signals.period == "2026-Q1"
    by_domain = sources.current_value(_goal(coalition, "signals", "financien"), owner=False)
    assert by_domain is not None and by_domain.value == Decimal(12)

    for quarter, realised in ((1, 40), (2, 6)):
        signalling_services.home_visit_figures_record(
            coalition=coalition,
            year=2025,
            quarter=quarter,
            offered=50,
            accepted=45,
            realised=realised,
            referrals=12,
            user=lead,
        )
    visits = _goal(coalition, "prenatal_visits")
    hidden = sources.current_value(visits, owner=False)
    assert hidden is not None and hidden.value is None and hidden.period == "2025-Q2"
    own = sources.current_value(visits, owner=True)
    assert own is not None and own.value == Decimal(6)
    offered = sources.current_value(_goal(coalition, "prenatal_visits", "offered"), owner=False)
    assert offered is not None and offered.value == Decimal(50)

    closed_round(coalition, [4, 4, 5, 3])
    score = sources.current_value(_goal(coalition, "analysetool"), owner=False)
    assert score is not None and score.value == Decimal("4.00")


def test_a_source_without_data_says_so_and_a_manual_goal_has_none(coalition: Coalition) -> None:
    assert sources.current_value(_goal(coalition, "manual"), owner=True) is None
    for source in ("startfoto", "signals", "intervention_reach", "prenatal_visits", "analysetool"):
        reading = sources.current_value(_goal(coalition, source, "big2"), owner=True)
        assert reading is not None and reading.available and reading.value is None
        assert reading.note, source


def test_the_lead_records_the_value_as_a_measurement_which_is_appended_once(
    client: Client, coalition: Coalition, lead: User
) -> None:
    PaletteItemFactory(coalition=coalition, reach_per_year=45)
    goal = _goal(coalition, "intervention_reach")
    earlier = Measurement.objects.create(goal=goal, measured_on=date(2024, 1, 1), value=30)
    client.force_login(lead)
    url = reverse("monitoring:goal", args=[coalition.slug, goal.pk])
    page = client.get(url).content.decode()
    assert "45" in page and "from_source" in page
    response = client.post(url, {"action": "from_source"})
    assert response.status_code == 302
    newest = goal.measurements.order_by("-pk").first()
    assert newest is not None and newest.value == 45 and newest.measured_on == date.today()
    assert str(date.today().year) in newest.note
    assert Measurement.objects.get(pk=earlier.pk).value == 30
    client.post(url, {"action": "from_source"})
    assert goal.measurements.count() == 2
    with pytest.raises(ValidationError):
        services.measurement_from_source(goal=goal, user=lead, owner=True)


def test_a_partner_sees_the_value_but_cannot_record_it(
    client: Client, coalition: Coalition, partner: User
) -> None:
    PaletteItemFactory(coalition=coalition, reach_per_year=45)
    goal = _goal(coalition, "intervention_reach")
    client.force_login(partner)
    url = reverse("monitoring:goal", args=[coalition.slug, goal.pk])
    page = client.get(url).content.decode()
    assert "45" in page and "from_source" not in page
    assert client.post(url, {"action": "from_source"}).status_code == 403
    assert not goal.measurements.exists()


def test_a_small_value_is_never_shown_to_the_regional_coordinator(
    client: Client, coalition: Coalition
) -> None:
    PaletteItemFactory(coalition=coalition, reach_per_year=7)
    goal = _goal(coalition, "intervention_reach")
    coordinator = User.objects.create_user("regio@example.org", "correct-horse-battery")
    region = coalition.municipalities.get().ggd_region
    RegionalAssignment.objects.create(user=coordinator, ggd_region=region)
    client.force_login(coordinator)
    page = client.get(reverse("monitoring:goal", args=[coalition.slug, goal.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    section = body[body.index('id="source-heading"') :]
    assert ">7<" not in section and "from_source" not in section
