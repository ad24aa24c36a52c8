"""The collaboration survey (samenwerkingsmonitor): a questionnaire of the assessments engine.

Until the engine is installed, no survey can be held and the counts are zero.
"""

from __future__ import annotations

from typing import Any, TextIO

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import readers

SURVEY_KEY = "samenwerkingsmonitor"


def closed_round_count(coalition: Coalition) -> int:
    return readers.closed_rounds(coalition, SURVEY_KEY)


def seed_questionnaire(*, stdout: TextIO) -> int:
    """Store the survey's statement bank as a questionnaire of the engine (idempotent)."""
    from pathlib import Path

    from kansrijk.assessments.bank import load_chain, parse_bank
    from kansrijk.assessments.services import questionnaire_import_bank

    chain = load_chain()
    text = (Path(__file__).parent / "seed" / "samenwerkingsmonitor.yaml").read_text("utf-8")
    bank = parse_bank(
        text,
        instruments={i.key for i in chain.instruments},
        steps={s.number for s in chain.steps},
    )
    version, created = questionnaire_import_bank(bank=bank)
    if created:
        stdout.write(f"monitoring: {version} stored.\n")
    return int(created)


def questionnaire() -> Any:
    """The survey's questionnaire in the engine, or None (engine missing or not seeded)."""
    if not apps.is_installed("kansrijk.assessments"):
        return None
    from kansrijk.assessments.models import Questionnaire

    return Questionnaire.objects.filter(key=SURVEY_KEY).first()


def rounds(coalition: Coalition) -> list[Any]:
    chosen = questionnaire()
    if chosen is None:
        return []
    from kansrijk.assessments import selectors

    return list(selectors.coalition_rounds(coalition, chosen))


def round_open(*, coalition: Coalition, title: str, user: Any) -> Any:
    chosen = questionnaire()
    if chosen is None:
        raise ValidationError(_("The collaboration survey is not available."))
    from kansrijk.assessments import services

    return services.round_open(
        coalition=coalition,
        questionnaire=chosen,
        title=title,
        user=user if getattr(user, "is_authenticated", False) else None,
    )


def results_over_time(coalition: Coalition) -> list[dict[str, Any]]:
    return readers.survey_results(coalition, SURVEY_KEY)


def dimension_table(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows per dimension with the mean of every closed round (None when suppressed)."""
    order: list[str] = []
    values: dict[str, list[float | None]] = {}
    for index, result in enumerate(results):
        for theme in result["themes"]:
            if theme["theme"] not in values:
                order.append(theme["theme"])
                values[theme["theme"]] = [None] * len(results)
            mean = theme["mean"]
            values[theme["theme"]][index] = round(mean, 2) if mean is not None else None
    return [{"dimension": name, "means": values[name]} for name in order]


def chart_spec(results: list[dict[str, Any]]) -> dict[str, Any]:
    points = [
        {"round": r["round"].title, "dimension": t["theme"], "mean": round(t["mean"], 2)}
        for r in results
        for t in r["themes"]
        if t["mean"] is not None
    ]
    return {
        "width": 480,
        "height": 220,
        "data": {"values": points},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "round", "type": "ordinal", "title": _("Round"), "sort": None},
            "y": {
                "field": "mean",
                "type": "quantitative",
                "title": _("Average score (1-5)"),
                "scale": {"domain": [1, 5]},
            },
            "color": {"field": "dimension", "type": "nominal", "title": _("Dimension")},
        },
    }


# Invented answers of the demo round: a mean level per dimension (theme key).
DEMO_LEVELS = {
    "knowing-each-other": 4.1,
    "trust": 3.9,
    "referrals": 3.1,
    "feedback": 2.4,
    "shared-goals": 3.4,
}
DEMO_OFFSETS = (-1, 0, 0, 1, 0, -1, 1, 0)


def demo_round(coalition: Coalition, *, stdout: TextIO) -> None:
    """A closed demo round with eight fictional respondents (idempotent)."""
    from datetime import datetime, timedelta

    from django.utils import timezone

    from kansrijk.assessments import services
    from kansrijk.assessments.models import Round
    from kansrijk.assessments.services import AnswerInput

    chosen = questionnaire()
    title = "Samenwerkingsmonitor voorjaar 2025 (fictief)"
    if chosen is None or Round.objects.filter(coalition=coalition, title=title).exists():
        return
    new_round = services.round_open(
        coalition=coalition, questionnaire=chosen, title=title, user=None
    )
    items = list(new_round.version.items.select_related("theme").order_by("position"))
    for respondent, offset in enumerate(DEMO_OFFSETS):
        [(_link, token)] = services.invitation_links_create(
            assessment_round=new_round,
            count=1,
            expires_at=timezone.now() + timedelta(days=1),
            label=f"Medewerker partnerorganisatie {respondent + 1} (fictief)",
        )
        answers = {
            item.pk: AnswerInput(
                "score",
                max(1, min(5, round(DEMO_LEVELS.get(item.theme.key, 3.0) + offset * 0.8))),
            )
            for item in items
        }
        services.answers_save(token=token, answers=answers)
        services.response_complete(token=token)
    services.round_close(assessment_round=new_round)
    opened = timezone.make_aware(datetime(2025, 4, 1, 9, 0))
    Round.objects.filter(pk=new_round.pk).update(
        opened_at=opened, closed_at=opened + timedelta(days=28)
    )
    stdout.write("monitoring: a closed collaboration survey for Utrecht.\n")
