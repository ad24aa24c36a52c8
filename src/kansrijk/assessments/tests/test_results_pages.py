"""The results: anonymity rules, signals, progress, the benchmark and the exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import Membership, User
from kansrijk.assessments import selectors, services
from kansrijk.assessments.models import Item, Round
from kansrijk.assessments.tests.factories import RoundFactory, closed_round, new_link, respond
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory

pytestmark = pytest.mark.django_db

CARE_PATHS = "agreements.care-paths"
FUNDING = "palette.funding"
BIRTH_CARE = "composition.birth-care"


def _member(coalition: Coalition, role: str = "partner") -> Client:
    user = User.objects.create_user(f"{role}-{coalition.slug}@example.org", "x", full_name=role)
    Membership.objects.create(user=user, coalition=coalition, role=role)
    client = Client()
    client.force_login(user)
    return client


def _url(name: str, assessment_round: Round) -> str:
    return reverse(
        f"assessments:{name}",
        kwargs={"slug": assessment_round.coalition.slug, "pk": assessment_round.pk},
    )


def _profile(levels: dict[str, int], default: int = 3) -> Callable[[Item], int]:
    return lambda item: levels.get(item.key, default)


def test_nobody_sees_results_while_the_round_is_open() -> None:
    assessment_round = RoundFactory.create()
    for score in (5, 4, 1, 2):
        respond(assessment_round, score)
    lead = _member(assessment_round.coalition, "lead")
    response = lead.get(_url("results", assessment_round))
    assert response.status_code == 409
    assert "4" in response.content.decode()  # the number of respondents, nothing more
    assert selectors.round_result(assessment_round) is None
    assert selectors.round_comments(assessment_round) == {}
    api = lead.get(
        reverse(
            "api:assessments:results",
            kwargs={"slug": assessment_round.coalition.slug, "pk": assessment_round.pk},
        )
    )
    assert api.status_code == 409


def test_with_two_respondents_no_score_and_no_comment_is_shown_to_anyone() -> None:
    assessment_round = RoundFactory.create()
    respond(assessment_round, 5, comment=lambda item: "Opmerking van de eerste partner")
    respond(assessment_round, 1)
    services.round_close(assessment_round=assessment_round)
    response = _member(assessment_round.coalition, "lead").get(_url("results", assessment_round))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Minder dan 3 mensen" in html
    assert "Opmerking van de eerste partner" not in html
    result = selectors.round_result(assessment_round)
    assert result is not None
    assert all(item.summary.mean is None for item in result.items)
    csv_text = _member(assessment_round.coalition).get(_url("results_csv", assessment_round))
    rows = list(csv.reader(io.StringIO(csv_text.content.decode("utf-8-sig")), delimiter=";"))
    assert all(row[7] == "" for row in rows[1:])  # no mean anywhere


def test_comments_are_shown_without_names_or_link_labels_in_alphabetical_order() -> None:
    assessment_round = RoundFactory.create()
    care_paths = Item.objects.get(version=assessment_round.version, key=CARE_PATHS)
    for text in ("Zorgpad schulden werkt nog niet", "Alleen bekend bij de JGZ", ""):
        token = new_link(assessment_round, label="Verloskundigenpraktijk De Wieg")
        services.answers_save(
            token=token, answers={care_paths.pk: services.AnswerInput("score", 3, text)}
        )
    services.round_close(assessment_round=assessment_round)
    html = _member(assessment_round.coalition).get(_url("results", assessment_round)).content
    page = html.decode()
    assert page.index("Alleen bekend bij de JGZ") < page.index("Zorgpad schulden werkt nog niet")
    assert "Verloskundigenpraktijk De Wieg" not in page


def test_the_lead_never_sees_one_respondents_scores_or_comments() -> None:
    assessment_round = RoundFactory.create()
    respond(assessment_round, 1, comment=lambda item: "Eigen toelichting van één partner")
    lead = _member(assessment_round.coalition, "lead")
    pages = [
        lead.get(_url("round", assessment_round)).content.decode(),
        lead.get(
            reverse("assessments:overview", kwargs={"slug": assessment_round.coalition.slug})
        ).content.decode(),
    ]
    for page in pages:
        assert "Eigen toelichting van één partner" not in page
    services.round_close(assessment_round=assessment_round)
    page = lead.get(_url("results", assessment_round)).content.decode()
    assert "Eigen toelichting van één partner" not in page


def test_the_results_show_agreement_disagreement_and_points_to_improve() -> None:
    coalition = CoalitionFactory.create()
    levels = {BIRTH_CARE: 5, FUNDING: 2}
    split = [1, 5, 1, 5]

    def respondent(n: int) -> Callable[[Item], int]:
        return lambda item: split[n] if item.key == CARE_PATHS else levels.get(item.key, 3)

    respondents = [respondent(n) for n in range(4)]
    assessment_round = closed_round(coalition, respondents)
    response = _member(coalition).get(_url("results", assessment_round))
    context = response.context
    assert [row["item"].key for row in context["no_agreement"]] == [CARE_PATHS]
    assert [row["item"].key for row in context["strong"]] == [BIRTH_CARE]
    improve = {row["item"].key: row for row in context["improve"]}
    assert FUNDING in improve
    assert improve[FUNDING]["instrument"].key == "interventions"
    html = response.content.decode()
    assert "Om te bespreken: geen overeenstemming" in html
    assert "<svg" in html and "utrecht-table" in html  # a chart and its table


def test_the_second_round_shows_what_moved_since_the_first() -> None:
    coalition = CoalitionFactory.create()
    closed_round(coalition, [_profile({CARE_PATHS: 2})] * 3)
    second = closed_round(coalition, [_profile({CARE_PATHS: 4, FUNDING: 2})] * 3)
    context = _member(coalition).get(_url("results", second)).context
    moved = {row["item"].key: row["change"].movement.value for row in context["moved"]}
    assert moved == {CARE_PATHS: "up", FUNDING: "down"}


def test_the_benchmark_needs_five_coalitions_and_never_names_another() -> None:
    own = CoalitionFactory.create(name="Kansrijke Start Eigen")
    own_round = closed_round(own, [4, 4, 4])
    others = [CoalitionFactory.create(name=f"Kansrijke Start Voorbeeldstad {n}") for n in range(4)]
    for level, other in zip([2, 3, 3], others[:3], strict=True):
        closed_round(other, [level] * 3)
    assert not selectors.round_benchmark(own_round).available
    closed_round(others[3], [5, 5, 5])
    benchmark = selectors.round_benchmark(own_round)
    assert benchmark.available and benchmark.coalitions == 5
    assert benchmark.overall is not None and benchmark.overall.percentile == 75.0
    page = _member(own).get(_url("results", own_round)).content.decode()
    assert "hoger dan 75%" in page
    assert "Voorbeeldstad" not in page


def test_a_coalition_whose_round_has_too_few_respondents_is_left_out_of_the_benchmark() -> None:
    own_round = closed_round(CoalitionFactory.create(), [4, 4, 4])
    for _ in range(3):
        closed_round(CoalitionFactory.create(), [3, 3, 3])
    closed_round(CoalitionFactory.create(), [1, 1])  # suppressed: does not count
    assert not selectors.round_benchmark(own_round).available


def test_the_csv_export_holds_the_aggregates_per_level() -> None:
    assessment_round = closed_round(CoalitionFactory.create(), [2, 4, 3])
    response = _member(assessment_round.coalition).get(_url("results_csv", assessment_round))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Niveau", "Kenmerk", "Tekst"]
    levels = [row[0] for row in rows[1:]]
    assert levels.count("stelling") == 56 and levels.count("onderdeel") == 3
    assert rows[1][7] == "3,00"


def test_the_api_gives_aggregates_and_never_a_respondent() -> None:
    assessment_round = closed_round(CoalitionFactory.create(), [2, 4, 3])
    response = _member(assessment_round.coalition).get(
        reverse(
            "api:assessments:results",
            kwargs={"slug": assessment_round.coalition.slug, "pk": assessment_round.pk},
        )
    )
    data = response.json()
    assert data["respondenten"] == 3
    assert data["totaal"]["gemiddelde"] == 3.0
    text = response.content.decode()
    assert "response" not in text and "token" not in text and "toelichting" not in text


def test_the_statement_bank_is_public_as_json() -> None:
    RoundFactory.create()
    data = Client().get(reverse("api:assessments:bank", kwargs={"key": "analysetool"})).json()
    items = [i for p in data["onderdelen"] for t in p["themas"] for i in t["stellingen"]]
    assert len(items) == 56 and len(data["onderdelen"]) == 3
    assert {"sleutel", "tekst", "tekstEn", "stap", "instrument"} <= set(items[0])
