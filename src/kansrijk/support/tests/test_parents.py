"""The voice of parents: anonymous answers on the engine, the threshold, reviewed free text."""

import pytest
from django.test import Client
from django.urls import reverse

from kansrijk.accounts.models import User
from kansrijk.accounts.tests.factories import MembershipFactory
from kansrijk.assessments.models import Answer, InvitationLink, Response
from kansrijk.assessments.reference import load as load_engine_reference
from kansrijk.assessments.services import AnswerInput
from kansrijk.coalitions.models import Coalition
from kansrijk.support import parents
from kansrijk.support.models import ParentSurvey


@pytest.fixture
def survey() -> ParentSurvey:
    from io import StringIO

    load_engine_reference(stdout=StringIO())
    parents.questionnaire_load()
    lead = MembershipFactory(role="lead")
    return parents.parent_survey_start(coalition=lead.coalition, user=lead.user, title="Najaar")


def answer(survey: ParentSurvey, score: int = 4, comment: str = "") -> None:
    token = parents.parent_response_begin(survey=survey)
    items = parents.items_of(survey)
    answers = {item.pk: AnswerInput(kind="score", score=score) for item in items}
    if comment:
        answers[items[-1].pk] = AnswerInput(kind="score", score=score, comment=comment)
    parents.parent_answers_submit(token=token, answers=answers)


def lead_of(coalition: Coalition) -> User:
    return coalition.memberships.get(role="lead").user


@pytest.mark.django_db
def test_a_parent_answers_by_the_public_link_without_an_account_or_a_name(
    client: Client, survey: ParentSurvey
) -> None:
    start = reverse("support:parent_start", args=[survey.code])
    page = client.get(start).content.decode()
    assert "<form" in page
    response = client.post(start)
    assert response["Location"] == reverse("support:parent_questions", args=[survey.code])
    items = parents.items_of(survey)
    data = {f"item_{items[0].pk}": "5", f"item_{items[1].pk}": "unknown", "missing": "Meer uitleg"}
    done = client.post(response["Location"], data)
    assert done["Location"] == reverse("support:parent_thanks", args=[survey.code])
    [stored] = Response.objects.filter(round=survey.round)
    assert stored.completed_at is not None
    assert InvitationLink.objects.get(round=survey.round).label == ""
    # A comment without a choice on the last statement is kept as "don't know".
    assert sorted(Answer.objects.values_list("kind", flat=True)) == ["score", "unknown", "unknown"]
    assert Answer.objects.get(item=items[-1]).comment == "Meer uitleg"
    # The session's link is gone: the next visit starts a fresh, separate response.
    assert client.get(done["Location"]).status_code == 200
    assert client.get(response["Location"])["Location"] == start


@pytest.mark.django_db
def test_results_below_ten_parents_are_suppressed_and_shown_from_ten_up(
    client: Client, survey: ParentSurvey
) -> None:
    coalition = survey.round.coalition
    client.force_login(lead_of(coalition))
    for _ in range(9):
        answer(survey, score=2)
    parents.parent_survey_close(survey=survey, user=None)
    url = reverse("support:parent_results", args=[coalition.slug, survey.pk])
    page = client.get(url).content.decode()
    assert "Ik vond de hulp die ik nodig had." not in page
    assert "10" in page

    second = parents.parent_survey_start(coalition=coalition, user=None, title="Voorjaar")
    for _ in range(10):
        answer(second, score=2)
    parents.parent_survey_close(survey=second, user=None)
    shown = client.get(reverse("support:parent_results", args=[coalition.slug, second.pk]))
    assert "Ik vond de hulp die ik nodig had." in shown.content.decode()


@pytest.mark.django_db
def test_free_text_is_shown_to_the_coalition_only_in_the_version_the_lead_approved(
    client: Client, survey: ParentSurvey
) -> None:
    coalition = survey.round.coalition
    answer(survey, comment="Mijn buurvrouw Ans hielp mij het meest.")
    answer(survey, comment="Niemand vroeg naar geldzorgen.")
    for _ in range(8):
        answer(survey)
    parents.parent_survey_close(survey=survey, user=None)
    partner = MembershipFactory(coalition=coalition, role="partner").user
    results = reverse("support:parent_results", args=[coalition.slug, survey.pk])
    client.force_login(partner)
    assert "geldzorgen" not in client.get(results).content.decode()
    assert (
        client.get(reverse("support:parent_review", args=[coalition.slug, survey.pk])).status_code
        == 403
    )

    client.force_login(lead_of(coalition))
    review = reverse("support:parent_review", args=[coalition.slug, survey.pk])
    assert "buurvrouw Ans" in client.get(review).content.decode()
    by_text = {a.comment: a for a in parents.comments_for_review(survey)}
    client.post(
        review,
        {
            "answer": by_text["Mijn buurvrouw Ans hielp mij het meest."].pk,
            "text": "Een buurvrouw hielp mij het meest.",
        },
    )
    client.post(review, {"answer": by_text["Niemand vroeg naar geldzorgen."].pk, "withheld": "on"})

    client.force_login(partner)
    page = client.get(results).content.decode()
    assert "Een buurvrouw hielp mij het meest." in page
    assert "buurvrouw Ans" not in page and "geldzorgen" not in page


@pytest.mark.django_db
def test_a_closed_round_no_longer_takes_answers_by_its_public_link(
    client: Client, survey: ParentSurvey
) -> None:
    parents.parent_survey_close(survey=survey, user=None)
    assert client.get(reverse("support:parent_start", args=[survey.code])).status_code == 404


@pytest.mark.django_db
def test_the_lead_starts_a_round_and_sees_the_link_and_a_qr_code(
    client: Client, survey: ParentSurvey
) -> None:
    coalition = survey.round.coalition
    client.force_login(lead_of(coalition))
    page = client.get(reverse("support:parents", args=[coalition.slug])).content.decode()
    assert survey.code in page and "<svg" in page
    response = client.post(reverse("support:parents", args=[coalition.slug]), {"title": "Tweede"})
    assert response.status_code == 200  # one open round at a time: refused with a message
    assert parents.surveys_of(coalition=coalition).count() == 1
