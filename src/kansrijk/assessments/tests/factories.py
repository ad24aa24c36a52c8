"""Factories and helpers for the questionnaire engine's tests."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import timedelta

import factory
from django.utils import timezone

from kansrijk.assessments import reference, services
from kansrijk.assessments.models import Item, Questionnaire, Round
from kansrijk.assessments.services import AnswerInput
from kansrijk.coalitions.models import Coalition
from kansrijk.coalitions.tests.factories import CoalitionFactory


def seed_analysetool() -> Questionnaire:
    """The shipped Analysetool (instruments and statement bank), as `load_reference_data`."""
    reference.load(stdout=io.StringIO())
    return Questionnaire.objects.get(key="analysetool")


class RoundFactory(factory.django.DjangoModelFactory[Round]):
    class Meta:
        model = Round

    coalition = factory.SubFactory(CoalitionFactory)
    questionnaire = factory.LazyFunction(seed_analysetool)
    version = factory.LazyAttribute(lambda o: o.questionnaire.versions.order_by("-number").first())
    title = factory.Sequence(lambda n: f"Ronde {n}")


def new_link(assessment_round: Round, *, days: int = 14, label: str = "") -> str:
    """A fresh invitation link for the round; returns its token."""
    [(_link, token)] = services.invitation_links_create(
        assessment_round=assessment_round,
        count=1,
        expires_at=timezone.now() + timedelta(days=days),
        label=label,
    )
    return token


def respond(
    assessment_round: Round,
    score: Callable[[Item], int | str | None] | int,
    *,
    comment: Callable[[Item], str] | None = None,
) -> str:
    """One respondent answers every statement; returns the link's token.

    ``score`` gives a score, "unknown", "not_applicable" or None (skip) per item.
    """
    token = new_link(assessment_round)
    answers: dict[int, AnswerInput] = {}
    for item in assessment_round.version.items.all():
        value = score(item) if callable(score) else score
        if value is None:
            continue
        text = comment(item) if comment else ""
        if isinstance(value, int):
            answers[item.pk] = AnswerInput("score", value, text)
        else:
            answers[item.pk] = AnswerInput(value, None, text)
    services.answers_save(token=token, answers=answers)
    return token


def closed_round(
    coalition: Coalition, respondents: Sequence[int | Callable[[Item], int | str | None]]
) -> Round:
    """A closed round in which each entry of ``respondents`` answered every statement."""
    assessment_round: Round = RoundFactory.create(coalition=coalition)
    for score in respondents:
        respond(assessment_round, score)
    services.round_close(assessment_round=assessment_round)
    return assessment_round
