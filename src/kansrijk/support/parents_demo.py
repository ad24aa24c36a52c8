"""Demo rounds of the parents' questionnaire: Utrecht above the threshold (results shown),
Zwolle below it (results suppressed). Answers are made up and carry no identity."""

from __future__ import annotations

import random

from django.contrib.auth import get_user_model

from kansrijk.assessments.services import AnswerInput
from kansrijk.coalitions.models import Coalition
from kansrijk.support import parents
from kansrijk.support.models import ParentSurvey

COMMENTS = [
    ("Ik wist niet dat je ook hulp kon krijgen bij geldzorgen.", True),
    ("Meer informatie in het Arabisch of Engels.", True),
    ("De verloskundige had weinig tijd; ik durfde niet alles te vragen.", True),
    ("Mijn buurvrouw Ans (fictief) van nummer 12 heeft mij het meest geholpen.", False),
]


def _answer_round(survey: ParentSurvey, count: int, seed: int, comments: bool) -> None:
    rng = random.Random(seed)
    items = parents.items_of(survey)
    for number in range(count):
        token = parents.parent_response_begin(survey=survey)
        answers = {}
        for item in items:
            roll = rng.random()
            if roll < 0.06:
                answers[item.pk] = AnswerInput(kind="unknown")
            else:
                answers[item.pk] = AnswerInput(kind="score", score=rng.choice([2, 3, 4, 4, 5]))
        if comments and number < len(COMMENTS):
            last = items[-1]
            given = answers[last.pk]
            answers[last.pk] = AnswerInput(
                kind=given.kind, score=given.score, comment=COMMENTS[number][0]
            )
        parents.parent_answers_submit(token=token, answers=answers)


def load() -> None:
    if parents.questionnaire() is None:
        return
    lead = get_user_model().objects.filter(email="trekker@kansrijk.example").first()
    for slug, title, count, seed in (
        ("utrecht", "Ouders aan het woord, najaar 2026 (fictief)", 14, 1),
        ("zwolle", "Ouders aan het woord, proef (fictief)", 6, 2),
    ):
        coalition = Coalition.objects.filter(slug=slug).first()
        if coalition is None or parents.surveys_of(coalition=coalition).exists():
            continue
        survey = parents.parent_survey_start(coalition=coalition, user=None, title=title)
        _answer_round(survey, count, seed, comments=slug == "utrecht")
        parents.parent_survey_close(survey=survey, user=None)
        if slug == "utrecht":
            for answer in parents.comments_for_review(survey):
                shown = dict(COMMENTS).get(answer.comment)
                if shown:
                    parents.comment_review_save(
                        answer=answer, user=lead, text=answer.comment, withheld=False
                    )
    # An open round for Utrecht, so the link and QR code can be tried.
    utrecht = Coalition.objects.filter(slug="utrecht").first()
    if utrecht is not None and not any(
        s.round.is_open for s in parents.surveys_of(coalition=utrecht)
    ):
        parents.parent_survey_start(
            coalition=utrecht, user=None, title="Ouders aan het woord, voorjaar 2027 (fictief)"
        )
