from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import selectors, services
from kansrijk.monitoring.models import Goal, Measurement
from kansrijk.monitoring.tests.factories import GoalFactory, MeasurementFactory

pytestmark = pytest.mark.django_db

GOAL_POST = {
    "statement": "Meer vroege start van zorg",
    "source": "startfoto",
    "source_key": "start_zorg_voor_10_weken",
    "indicator": "Start zorg vóór 10 weken",
    "unit": "%",
    "baseline": "70",
    "baseline_date": "2024-01-01",
    "target": "80",
    "deadline": "2026-12-31",
    "owner": "VSV (fictief)",
}


def test_the_lead_adds_a_goal_and_sees_it_with_its_status(
    client: Client, coalition: Coalition, lead: User
) -> None:
    client.force_login(lead)
    response = client.post(reverse("monitoring:goals", args=[coalition.slug]), GOAL_POST)
    goal = Goal.objects.get(coalition=coalition)
    assert goal.source_key == "start_zorg_voor_10_weken"
    assert response["Location"] == reverse("monitoring:goal", args=[coalition.slug, goal.pk])
    page = client.get(reverse("monitoring:goals", args=[coalition.slug])).content.decode()
    assert "Meer vroege start van zorg" in page
    assert "nog niet gemeten" in page or "not yet measured" in page


def test_a_goal_whose_deadline_precedes_its_baseline_is_refused_and_nothing_is_stored(
    client: Client, coalition: Coalition, lead: User
) -> None:
    client.force_login(lead)
    response = client.post(
        reverse("monitoring:goals", args=[coalition.slug]), {**GOAL_POST, "deadline": "2023-01-01"}
    )
    assert response.status_code == 200
    assert "deadline" in response.context["form"].errors
    assert not Goal.objects.exists()


def test_a_partner_sees_the_goals_but_cannot_add_one(
    client: Client, coalition: Coalition, partner: User
) -> None:
    GoalFactory(coalition=coalition, statement="Zichtbaar doel")
    client.force_login(partner)
    page = client.get(reverse("monitoring:goals", args=[coalition.slug]))
    assert "Zichtbaar doel" in page.content.decode()
    assert 'name="statement"' not in page.content.decode()
    assert (
        client.post(reverse("monitoring:goals", args=[coalition.slug]), GOAL_POST).status_code
        == 403
    )
    assert Goal.objects.count() == 1


def test_a_measurement_is_appended_and_shown_in_the_chart_and_the_table(
    client: Client, coalition: Coalition, lead: User
) -> None:
    goal = GoalFactory(coalition=coalition)
    MeasurementFactory(goal=goal, measured_on=date(2024, 6, 1), value=Decimal("65"))
    client.force_login(lead)
    url = reverse("monitoring:goal", args=[coalition.slug, goal.pk])
    response = client.post(
        url, {"measured_on": "2025-01-01", "value": "79.5", "note": "jaarcijfer"}
    )
    assert response.status_code == 302
    assert list(goal.measurements.values_list("value", flat=True)) == [
        Decimal("65"),
        Decimal("79.5"),
    ]
    page = client.get(url).content.decode()
    assert "<svg" in page and "79,50" in page and "jaarcijfer" in page


def test_a_measurement_before_the_baseline_or_in_the_future_is_refused(
    coalition: Coalition,
) -> None:
    goal = GoalFactory(coalition=coalition)
    with pytest.raises(ValidationError):
        services.measurement_add(
            goal=goal, user=None, measured_on=date(2023, 1, 1), value=Decimal(1)
        )
    with pytest.raises(ValidationError):
        services.measurement_add(
            goal=goal, user=None, measured_on=date.today() + timedelta(days=1), value=Decimal(1)
        )
    assert not Measurement.objects.exists()


def test_the_status_of_a_goal_follows_its_newest_measurement(coalition: Coalition) -> None:
    goal = GoalFactory(
        coalition=coalition, baseline_date=date(2024, 1, 1), deadline=date(2026, 1, 1)
    )
    MeasurementFactory(goal=goal, measured_on=date(2025, 1, 1), value=Decimal("61"))
    assert selectors.goal_view(goal, today=date(2025, 1, 2)).status == "behind"
    MeasurementFactory(goal=goal, measured_on=date(2025, 2, 1), value=Decimal("80"))
    assert selectors.goal_view(goal, today=date(2025, 2, 2)).status == "reached"


def test_another_coalitions_goal_is_not_found(
    client: Client, coalition: Coalition, lead: User
) -> None:
    other = GoalFactory()
    client.force_login(lead)
    assert (
        client.get(reverse("monitoring:goal", args=[coalition.slug, other.pk])).status_code == 404
    )
