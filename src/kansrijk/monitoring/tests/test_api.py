"""A coalition's goals in the read-only API: public, with status; small counts hidden."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring.tests.factories import GoalFactory, MeasurementFactory

pytestmark = pytest.mark.django_db


def test_the_goals_are_public_with_their_status_and_without_the_owner(
    client: Client, coalition: Coalition
) -> None:
    goal = GoalFactory(coalition=coalition, statement="Meer vroege start", owner="Jan (fictief)")
    MeasurementFactory(goal=goal, measured_on=date(2025, 1, 1), value=Decimal("80"))
    response = client.get(f"/api/v1/coalities/{coalition.slug}/doelen")
    assert response.status_code == 200
    [row] = response.json()["results"]
    assert row["doel"] == "Meer vroege start" and row["status"] == "reached"
    assert row["laatsteWaarde"] == 80 and row["laatsteMeting"] == "2025-01-01"
    assert row["streefwaarde"] == 80 and row["nulmetingDatum"] == "2024-01-01"
    assert "Jan" not in response.content.decode()


def test_small_counts_are_hidden_from_others_but_shown_to_the_coalition(
    client: Client, coalition: Coalition, partner: User
) -> None:
    goal = GoalFactory(
        coalition=coalition, source="prenatal_visits", baseline=Decimal(4), target=Decimal(40)
    )
    MeasurementFactory(goal=goal, measured_on=date(2025, 1, 1), value=Decimal(8))
    url = f"/api/v1/coalities/{coalition.slug}/doelen"
    [row] = client.get(url).json()["results"]
    assert row["nulmeting"] is None and row["laatsteWaarde"] is None
    assert row["streefwaarde"] == 40
    client.force_login(partner)
    [own] = client.get(url).json()["results"]
    assert own["nulmeting"] == 4 and own["laatsteWaarde"] == 8


def test_a_measurement_of_a_goal_is_public_only_while_its_source_may_be_shown(
    client: Client, coalition: Coalition
) -> None:
    """A value typed in by hand (or recorded earlier) beside a hidden startfoto figure would
    give the hidden figure away: it is shown only when the source itself is shown."""
    from kansrijk.indicators.tests.factories import IndicatorFactory, load_values

    load_values(IndicatorFactory(), {coalition.municipalities.get(): [(2, 8)]})
    goal = GoalFactory(
        coalition=coalition,
        source="startfoto",
        source_key="big2",
        baseline=Decimal(30),
        target=Decimal(10),
    )
    MeasurementFactory(goal=goal, measured_on=date(2025, 1, 1), value=Decimal(25))
    url = f"/api/v1/coalities/{coalition.slug}/doelen"
    [row] = client.get(url).json()["results"]
    assert row["laatsteWaarde"] is None and row["nulmeting"] is None
    assert row["streefwaarde"] == 10


def test_an_unknown_coalition_is_a_404_problem(client: Client) -> None:
    response = client.get("/api/v1/coalities/bestaat-niet/doelen")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
