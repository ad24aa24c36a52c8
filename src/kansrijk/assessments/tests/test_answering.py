"""Answering a round: links, saving as answers are given, and bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from kansrijk.assessments import services
from kansrijk.assessments.models import Answer, Response
from kansrijk.assessments.services import (
    AnswerInput,
    AnswersRefusedError,
    LinkProblem,
    LinkRefusedError,
)
from kansrijk.assessments.tests.factories import RoundFactory, new_link

pytestmark = pytest.mark.django_db


def _first_items(assessment_round, n=2):  # type: ignore[no-untyped-def]
    return list(assessment_round.version.items.order_by("position")[:n])


def test_only_a_fingerprint_of_the_token_is_stored() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    link = assessment_round.links.get()
    assert token not in link.token_hash
    assert link.token_hash == services.hash_token(token)


def test_saving_the_same_answer_twice_stores_it_once() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_items(assessment_round, 1)[0]
    services.answers_save(token=token, answers={item.pk: AnswerInput("score", 2)})
    services.answers_save(token=token, answers={item.pk: AnswerInput("score", 4, "Beter")})
    answer = Answer.objects.get()
    assert (answer.score, answer.comment) == (4, "Beter")
    assert Response.objects.count() == 1


def test_a_score_out_of_range_stores_nothing_of_the_page() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    good, bad = _first_items(assessment_round)
    with pytest.raises(AnswersRefusedError) as refused:
        services.answers_save(
            token=token,
            answers={good.pk: AnswerInput("score", 3), bad.pk: AnswerInput("score", 6)},
        )
    assert bad.pk in refused.value.errors_by_item
    assert not Answer.objects.exists()


def test_a_statement_of_another_version_is_refused() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    with pytest.raises(AnswersRefusedError):
        services.answers_save(token=token, answers={999_999: AnswerInput("score", 3)})


@pytest.mark.parametrize("kind", ["unknown", "not_applicable"])
def test_dont_know_and_not_applicable_are_stored_without_a_score(kind: str) -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_items(assessment_round, 1)[0]
    services.answers_save(token=token, answers={item.pk: AnswerInput(kind, None)})
    assert Answer.objects.get().score is None


def test_an_unknown_link_is_refused() -> None:
    with pytest.raises(LinkRefusedError) as refused:
        services.invitation_link_resolve(token="nonsense")
    assert refused.value.problem is LinkProblem.UNKNOWN


def test_an_expired_link_is_refused_and_keeps_earlier_answers() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_items(assessment_round, 1)[0]
    services.answers_save(token=token, answers={item.pk: AnswerInput("score", 3)})
    assessment_round.links.update(expires_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(LinkRefusedError) as refused:
        services.answers_save(token=token, answers={item.pk: AnswerInput("score", 5)})
    assert refused.value.problem is LinkProblem.EXPIRED
    assert Answer.objects.get().score == 3


def test_a_revoked_link_is_refused() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    services.invitation_link_revoke(link=assessment_round.links.get())
    with pytest.raises(LinkRefusedError) as refused:
        services.invitation_link_resolve(token=token)
    assert refused.value.problem is LinkProblem.REVOKED


def test_an_answer_to_a_closed_round_is_refused_and_not_counted() -> None:
    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_items(assessment_round, 1)[0]
    services.round_close(assessment_round=assessment_round)
    with pytest.raises(LinkRefusedError) as refused:
        services.answers_save(token=token, answers={item.pk: AnswerInput("score", 3)})
    assert refused.value.problem is LinkProblem.CLOSED
    assert not Answer.objects.exists()


def test_a_coalition_has_at_most_one_open_round() -> None:
    assessment_round = RoundFactory.create()
    with pytest.raises(ValidationError):
        services.round_open(
            coalition=assessment_round.coalition,
            questionnaire=assessment_round.questionnaire,
            title="Tweede",
            user=None,
        )


def test_a_round_keeps_the_version_it_started_with() -> None:
    from kansrijk.assessments.bank import load_seed_bank

    assessment_round = RoundFactory.create()
    started_with = assessment_round.version
    bank = load_seed_bank()
    reworded = bank.__class__(
        **{**bank.__dict__, "note": bank.note, "version": 2, "parts": bank.parts[:2]}
    )
    version, created = services.questionnaire_import_bank(bank=reworded)
    assert created and version.number == 2
    assessment_round.refresh_from_db()
    assert assessment_round.version == started_with
    assert started_with.items.count() == 56


def test_links_need_a_future_expiry_and_a_sensible_count() -> None:
    assessment_round = RoundFactory.create()
    with pytest.raises(ValidationError):
        services.invitation_links_create(
            assessment_round=assessment_round, count=1, expires_at=timezone.now()
        )
    with pytest.raises(ValidationError):
        services.invitation_links_create(
            assessment_round=assessment_round,
            count=0,
            expires_at=timezone.now() + timedelta(days=1),
        )


def test_answers_never_enter_the_audit_log_that_the_lead_reads() -> None:
    from auditlog.models import LogEntry

    from kansrijk.accounts.audit import coalition_log

    assessment_round = RoundFactory.create()
    token = new_link(assessment_round)
    item = _first_items(assessment_round, 1)[0]
    services.answers_save(token=token, answers={item.pk: AnswerInput("score", 1, "geheim")})
    logged = {entry.content_type.model for entry in coalition_log(assessment_round.coalition_id)}
    assert "round" in logged and "invitationlink" in logged
    assert not LogEntry.objects.filter(content_type__model__in=["answer", "response"]).exists()
    assert not any("geheim" in str(e.changes) for e in LogEntry.objects.all())
