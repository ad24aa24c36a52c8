"""The collaboration survey (samenwerkingsmonitor): a questionnaire of the assessments engine.

Until the engine is installed, no survey can be held and the counts are zero.
"""

from __future__ import annotations

from typing import TextIO

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
