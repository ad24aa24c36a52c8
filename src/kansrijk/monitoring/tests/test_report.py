from datetime import date
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import annual
from kansrijk.monitoring.models import Embedding
from kansrijk.monitoring.tests.factories import (
    EmbeddingKindFactory,
    GoalFactory,
    MeasurementFactory,
)

pytestmark = pytest.mark.django_db

SECTIONS = [
    "composition",
    "agreements",
    "signalling",
    "interventions",
    "financing",
    "monitoring",
    "borging",
    "steps",
]


def test_the_report_follows_the_structure_of_the_national_questionnaire(
    coalition: Coalition,
) -> None:
    goal = GoalFactory(coalition=coalition, statement="Vroege start")
    MeasurementFactory(goal=goal, measured_on=date(2025, 3, 1), value=Decimal("77"))
    sections = annual.build(coalition, 2025)
    assert [s.key for s in sections] == SECTIONS
    monitoring = next(s for s in sections if s.key == "monitoring")
    answer = dict(monitoring.rows)
    goal_rows = [a for q, a in monitoring.rows if "Vroege start" in q]
    assert goal_rows and "77" in goal_rows[0]
    assert answer


def test_a_measurement_of_another_year_is_not_the_years_value(coalition: Coalition) -> None:
    goal = GoalFactory(coalition=coalition, statement="Vroege start")
    MeasurementFactory(goal=goal, measured_on=date(2024, 3, 1), value=Decimal("66"))
    monitoring = next(s for s in annual.build(coalition, 2025) if s.key == "monitoring")
    goal_rows = [a for q, a in monitoring.rows if "Vroege start" in q]
    assert "66" not in goal_rows[0]


def test_the_csv_holds_every_row_of_the_report(
    client: Client, coalition: Coalition, partner: User
) -> None:
    Embedding.objects.create(
        coalition=coalition, kind=EmbeddingKindFactory(), title="=Gevaarlijke formule"
    )
    client.force_login(partner)
    response = client.get(reverse("monitoring:report_csv", args=[coalition.slug]), {"jaar": 2025})
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    lines = [line for line in text.splitlines() if line]
    rows = annual.csv_rows(annual.build(coalition, 2025))
    assert len(lines) == len(rows) + 1
    assert "'=Gevaarlijke formule" in text


def test_the_pdf_is_a_pdf(client: Client, coalition: Coalition, partner: User) -> None:
    client.force_login(partner)
    response = client.get(reverse("monitoring:report_pdf", args=[coalition.slug]), {"jaar": 2025})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert f"jaarverslag-{coalition.slug}-2025.pdf" in response["Content-Disposition"]


def test_an_impossible_year_falls_back_to_this_year_and_says_why(
    client: Client, coalition: Coalition, partner: User
) -> None:
    client.force_login(partner)
    response = client.get(reverse("monitoring:report", args=[coalition.slug]), {"jaar": "1900"})
    assert response.status_code == 200
    assert response.context["year"] == date.today().year
    assert response.context["form"].errors["jaar"]
