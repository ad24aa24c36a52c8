"""The answer pages: without JavaScript, with htmx, and with bad links or input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from kansrijk.assessments import services
from kansrijk.assessments.models import Answer, Item, Round
from kansrijk.assessments.tests.factories import RoundFactory, new_link

pytestmark = pytest.mark.django_db


def _part_url(token: str, number: int = 1) -> str:
    return reverse("assessments:respond_part", kwargs={"token": token, "number": number})


def _first_part_items(assessment_round: Round) -> list[Item]:
    part = assessment_round.version.parts.order_by("position").first()
    assert part is not None
    return list(Item.objects.filter(theme__part=part).order_by("position"))


def test_the_answer_page_shows_every_statement_of_the_part_with_all_answers() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    response = Client().get(_part_url(token))
    assert response.status_code == 200
    items = _first_part_items(assessment_round)
    html = response.content.decode()
    for item in items:
        assert item.text in html
    assert 'value="unknown"' in html and 'value="not_applicable"' in html
    assert response["Referrer-Policy"] == "strict-origin"
    assert '<meta name="referrer" content="strict-origin">' in html


def test_a_part_saved_without_javascript_is_stored_and_leads_to_the_next_part() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    first, second = _first_part_items(assessment_round)[:2]
    response = Client().post(
        _part_url(token),
        {
            f"item-{first.pk}": "4",
            f"comment-{first.pk}": "Goed",
            f"item-{second.pk}": "unknown",
            "go": "next",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == _part_url(token, 2)
    assert {(a.item_id, a.kind, a.score) for a in Answer.objects.all()} == {
        (first.pk, "score", 4),
        (second.pk, "unknown", None),
    }


def test_posting_the_same_page_twice_counts_every_answer_once() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    client = Client()
    for _ in range(2):
        client.post(_part_url(token), {f"item-{item.pk}": "3", "go": "stay"})
    assert Answer.objects.count() == 1


def test_htmx_saves_one_statement_the_moment_it_is_answered() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    response = Client().post(
        _part_url(token), {f"item-{item.pk}": "5"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert Answer.objects.get().score == 5


def test_a_score_out_of_range_gives_a_clear_message_and_stores_nothing() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    good, bad = _first_part_items(assessment_round)[:2]
    response = Client().post(
        _part_url(token), {f"item-{good.pk}": "4", f"item-{bad.pk}": "9", "go": "next"}
    )
    assert response.status_code == 400
    assert "Kies een van de getoonde antwoorden" in response.content.decode()
    assert not Answer.objects.exists()


def test_a_comment_without_an_answer_is_refused_and_kept_on_the_page() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    response = Client().post(
        _part_url(token), {f"comment-{item.pk}": "Mijn toelichting", "go": "next"}
    )
    assert response.status_code == 400
    assert "Mijn toelichting" in response.content.decode()
    assert not Answer.objects.exists()


def test_an_unknown_link_says_so_in_plain_dutch() -> None:
    response = Client().get(_part_url("niet-bestaand"))
    assert response.status_code == 404
    assert "Deze link kennen we niet" in response.content.decode()


def test_an_expired_link_says_so_and_keeps_earlier_answers() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    Client().post(_part_url(token), {f"item-{item.pk}": "2", "go": "stay"})
    assessment_round.links.update(expires_at=timezone.now() - timedelta(hours=1))
    response = Client().post(_part_url(token), {f"item-{item.pk}": "5", "go": "stay"})
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert Answer.objects.get().score == 2


def test_a_revoked_link_says_it_was_withdrawn() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    services.invitation_link_revoke(link=assessment_round.links.get())
    response = Client().get(reverse("assessments:respond_start", kwargs={"token": token}))
    assert response.status_code == 410
    assert "ingetrokken" in response.content.decode()


def test_an_answer_sent_after_the_round_closed_is_refused_with_a_message() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    services.round_close(assessment_round=assessment_round)
    response = Client().post(_part_url(token), {f"item-{item.pk}": "4", "go": "stay"})
    assert response.status_code == 409
    assert "gesloten" in response.content.decode()
    assert not Answer.objects.exists()


def test_a_respondent_can_mark_the_answers_finished_and_still_change_them() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_part_items(assessment_round)[0]
    client = Client()
    client.post(_part_url(token), {f"item-{item.pk}": "2", "go": "stay"})
    client.post(reverse("assessments:respond_done", kwargs={"token": token}))
    client.post(_part_url(token), {f"item-{item.pk}": "4", "go": "stay"})
    assert Answer.objects.get().score == 4
    assert assessment_round.responses.get().completed_at is not None
