"""Seeding the support programme's lists (idempotent): advice topics, meeting kinds, themes."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from django.apps import apps
from django.db import transaction

from kansrijk.support.models import AdviceTopic, MeetingType, SupportTheme
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


def load(*, stdout: TextIO) -> None:
    changed = 0
    with transaction.atomic():
        for model, filename, key in (
            (AdviceTopic, "advice_topics.yaml", "topics"),
            (MeetingType, "meeting_types.yaml", "types"),
            (SupportTheme, "themes.yaml", "themes"),
        ):
            for row in read_yaml(SEED / filename)[key]:
                changed += seed_row(model, row["key"], {k: v for k, v in row.items() if k != "key"})
    if apps.is_installed("kansrijk.assessments"):
        from kansrijk.support import parents

        changed += parents.questionnaire_load()
    stdout.write(
        f"support: {changed} list entries created or updated.\n"
        if changed
        else "support: unchanged.\n"
    )
