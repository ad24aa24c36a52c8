"""Demo rounds of the Analysetool (idempotent; all answers are invented).

Utrecht has two closed rounds a year apart with seven partners each, built so that the
results show agreement (strong points), disagreement (statements partners see very
differently) and progress (statements that moved up, one that slipped). Five other demo
coalitions have one closed round each, so the anonymous benchmark (from five coalitions)
appears. Scores come from fixed profiles, never from chance, so every run gives the same.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TextIO

from django.db import transaction
from django.utils import timezone

from kansrijk.assessments import services
from kansrijk.assessments.models import Item, Questionnaire, Round
from kansrijk.assessments.services import AnswerInput
from kansrijk.coalitions.models import Coalition

# The spread of seven partners around a statement's level: who answers higher or lower.
OFFSETS = (-1.0, -0.5, 0.0, 0.0, 0.5, 1.0, 0.0)
# Seven partners that disagree: some see a problem, others see none.
SPLIT = (1, 2, 5, 4, 2, 5, 1)
LABELS = (
    "Verloskundigenpraktijk (fictief)",
    "Jeugdgezondheidszorg (fictief)",
    "Wijkteam (fictief)",
    "Gemeente, beleid (fictief)",
    "Kraamzorg (fictief)",
    "Welzijnsorganisatie (fictief)",
    "Ervaringsdeskundige ouder (fictief)",
)

# Utrecht, round 1: a level per statement; "split" means the partners disagree.
UTRECHT_1: dict[str, float | str] = {
    "situation.perinatal-figures": 4.4,
    "composition.birth-care": 4.6,
    "composition.youth-health-and-gps": 4.3,
    "signalling.home-visit": 4.4,
    "during.group-care": 4.2,
    "lead.mandate": 4.3,
    "follow-up.indicators": 2.0,
    "sustainment.multi-year": 1.9,
    "palette.funding": 2.3,
    "signalling.follow-up": 2.3,
    "agreements.warm-handover": 2.4,
    "people.parents-involved": 2.1,
    "before.wish-for-a-child": 2.4,
    "agreements.care-paths": "split",
    "signalling.broad-conversation": "split",
    "composition.informal": "split",
    "palette.gaps": "split",
    "lead.national-developments": 3.7,
}
# Round 2, a year later: care paths agreed, monitoring and parents' voice improved,
# broad conversation still disputed, long-term funding still weak, one slip.
UTRECHT_2: dict[str, float | str] = {
    **UTRECHT_1,
    "agreements.care-paths": 4.1,
    "follow-up.indicators": 3.3,
    "people.parents-involved": 3.4,
    "agreements.warm-handover": 3.2,
    "composition.informal": 3.6,
    "palette.gaps": 3.0,
    "palette.well-founded": "split",
    "lead.national-developments": 2.7,
    "signalling.follow-up": 3.0,
}
COMMENTS = {
    "agreements.care-paths": (
        "Het zorgpad schulden bestaat op papier, maar in de praktijk kent niemand het.",
        "Voor psychische problemen werken we al jaren prima samen met het wijkteam.",
    ),
    "signalling.broad-conversation": (
        "In de intake is daar eigenlijk geen tijd voor.",
        "Wij vragen er standaard naar met een vaste vragenlijst.",
    ),
    "sustainment.multi-year": ("Na 2026 is de financiering van de coördinatie onzeker.",),
}
OTHERS = {  # one closed round each, level shift against the neutral profile
    "zwolle": 0.4,
    "rotterdam": -0.3,
    "groningen": 0.1,
    "almere": -0.6,
    "tilburg": 0.6,
}


def _clamp(value: float) -> int:
    return max(1, min(5, round(value)))


def _score(profile: dict[str, float | str], item: Item, respondent: int, shift: float) -> int:
    level = profile.get(item.key, 3.2 + (item.position % 5) * 0.15)
    if level == "split":
        return SPLIT[(respondent + item.position) % len(SPLIT)]
    return _clamp(float(level) + shift + OFFSETS[respondent % len(OFFSETS)] * 0.9)


def _answers(
    profile: dict[str, float | str], items: list[Item], respondent: int, shift: float
) -> dict[int, AnswerInput]:
    answers: dict[int, AnswerInput] = {}
    for item in items:
        if (item.position + respondent) % 17 == 0:
            answers[item.pk] = AnswerInput("unknown")
            continue
        comments = COMMENTS.get(item.key, ())
        comment = comments[respondent] if respondent < len(comments) else ""
        answers[item.pk] = AnswerInput("score", _score(profile, item, respondent, shift), comment)
    return answers


def _round(
    *,
    coalition: Coalition,
    questionnaire: Questionnaire,
    title: str,
    opened: datetime,
    profile: dict[str, float | str],
    respondents: int,
    shift: float = 0.0,
) -> bool:
    if Round.objects.filter(coalition=coalition, questionnaire=questionnaire, title=title).exists():
        return False
    with transaction.atomic():
        new_round = services.round_open(
            coalition=coalition, questionnaire=questionnaire, title=title, user=None
        )
        items = list(new_round.version.items.order_by("position"))
        for respondent in range(respondents):
            [(_link, token)] = services.invitation_links_create(
                assessment_round=new_round,
                count=1,
                expires_at=timezone.now() + timedelta(days=1),
                label=LABELS[respondent % len(LABELS)],
            )
            services.answers_save(token=token, answers=_answers(profile, items, respondent, shift))
        services.round_close(assessment_round=new_round)
        Round.objects.filter(pk=new_round.pk).update(
            opened_at=opened, closed_at=opened + timedelta(days=42)
        )
        new_round.links.update(created_at=opened, expires_at=opened + timedelta(days=42))
    return True


def load(*, stdout: TextIO) -> None:
    questionnaire = Questionnaire.objects.filter(key="analysetool").first()
    if questionnaire is None:
        stdout.write("assessments: no Analysetool; run load_reference_data first.\n")
        return
    coalitions = {c.slug: c for c in Coalition.objects.filter(slug__in=["utrecht", *OTHERS])}
    tz = timezone.get_current_timezone()
    created = 0
    if "utrecht" in coalitions:
        created += _round(
            coalition=coalitions["utrecht"],
            questionnaire=questionnaire,
            title="Analysetool voorjaar 2025",
            opened=datetime(2025, 3, 3, 9, 0, tzinfo=tz),
            profile=UTRECHT_1,
            respondents=7,
        )
        created += _round(
            coalition=coalitions["utrecht"],
            questionnaire=questionnaire,
            title="Analysetool voorjaar 2026",
            opened=datetime(2026, 3, 2, 9, 0, tzinfo=tz),
            profile=UTRECHT_2,
            respondents=7,
        )
    for slug, shift in OTHERS.items():
        if slug in coalitions:
            created += _round(
                coalition=coalitions[slug],
                questionnaire=questionnaire,
                title="Analysetool 2026",
                opened=datetime(2026, 2, 2, 9, 0, tzinfo=tz),
                profile={},
                respondents=4 + len(slug) % 3,
                shift=shift,
            )
    stdout.write(
        f"assessments: {created} demo rounds created.\n" if created else "assessments: unchanged.\n"
    )
