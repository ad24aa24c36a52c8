from io import StringIO

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import reference, selectors
from kansrijk.monitoring.models import AttentionPoint, EmbeddingKind, MultiYearPlan

pytestmark = pytest.mark.django_db


def test_the_reference_data_holds_ten_attention_points_and_loads_once(seeded: None) -> None:
    assert AttentionPoint.objects.count() == 10
    assert EmbeddingKind.objects.filter(key__in=["regioplan", "preventieakkoord"]).count() == 2
    out = StringIO()
    reference.load(stdout=out)
    assert "unchanged" in out.getvalue()


def test_a_new_status_of_an_attention_point_is_appended_and_the_newest_counts(
    client: Client, coalition: Coalition, lead: User, seeded: None
) -> None:
    point = AttentionPoint.objects.get(key="meerjarenplan")
    client.force_login(lead)
    url = reverse("monitoring:borging", args=[coalition.slug])
    for status in ("in_progress", "arranged"):
        response = client.post(
            url,
            {"formulier": "aandachtspunt", "point": point.pk, "status": status, "evidence": status},
        )
        assert response.status_code == 302
    assert coalition.attention_assessments.count() == 2
    view = next(v for v in selectors.attention_overview(coalition=coalition) if v.point == point)
    assert view.status == "arranged"
    assert selectors.attention_counts(coalition=coalition)["arranged"] == 1


def test_a_new_version_of_the_plan_keeps_the_earlier_one(
    client: Client, coalition: Coalition, lead: User, seeded: None
) -> None:
    client.force_login(lead)
    url = reverse("monitoring:borging", args=[coalition.slug])
    data = {
        "formulier": "meerjarenplan",
        "first_year": "2025",
        "last_year": "2028",
        "ambition": "Een goede start",
        "activities": "2025: zorgpaden",
    }
    assert client.post(url, data).status_code == 302
    assert client.post(url, {**data, "ambition": "Een betere start"}).status_code == 302
    assert MultiYearPlan.objects.count() == 2
    assert selectors.current_plan(coalition=coalition).ambition == "Een betere start"  # type: ignore[union-attr]
    page = client.get(url).content.decode()
    assert "Een betere start" in page


def test_a_plan_whose_last_year_precedes_its_first_is_refused(
    client: Client, coalition: Coalition, lead: User, seeded: None
) -> None:
    client.force_login(lead)
    response = client.post(
        reverse("monitoring:borging", args=[coalition.slug]),
        {
            "formulier": "meerjarenplan",
            "first_year": "2027",
            "last_year": "2025",
            "ambition": "x",
            "activities": "y",
        },
    )
    assert response.status_code == 200
    assert "last_year" in response.context["plan_form"].errors
    assert not MultiYearPlan.objects.exists()


def test_an_embedding_is_listed_and_a_partner_cannot_add_one(
    client: Client, coalition: Coalition, lead: User, partner: User, seeded: None
) -> None:
    kind = EmbeddingKind.objects.get(key="regioplan")
    url = reverse("monitoring:borging", args=[coalition.slug])
    data = {"formulier": "inbedding", "kind": kind.pk, "title": "Regioplan 2024 (fictief)"}
    client.force_login(partner)
    assert client.post(url, data).status_code == 403
    client.force_login(lead)
    assert client.post(url, data).status_code == 302
    assert "Regioplan 2024 (fictief)" in client.get(url).content.decode()


def test_an_unknown_form_on_the_borging_page_is_a_bad_request(
    client: Client, coalition: Coalition, lead: User
) -> None:
    client.force_login(lead)
    url = reverse("monitoring:borging", args=[coalition.slug])
    assert client.post(url, {"formulier": "iets"}).status_code == 400
