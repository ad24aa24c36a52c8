"""Seeding the lists of steps 6-7 (idempotent): the attention points and kinds of embedding.

Once the questionnaire engine (assessments) is installed, the collaboration survey is
seeded as a second questionnaire of that engine (see ``survey.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from django.apps import apps
from django.db import transaction

from kansrijk.monitoring.models import AttentionPoint, EmbeddingKind
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


def load(*, stdout: TextIO) -> None:
    borging = read_yaml(SEED / "borging.yaml")
    changed = 0
    with transaction.atomic():
        for order, point in enumerate(borging["attention_points"], start=1):
            values = {k: v for k, v in point.items() if k != "key"}
            changed += seed_row(AttentionPoint, point["key"], {"order": order, **values})
        for order, kind in enumerate(borging["embedding_kinds"], start=1):
            values = {k: v for k, v in kind.items() if k != "key"}
            changed += seed_row(EmbeddingKind, kind["key"], {"order": order, **values})
        if apps.is_installed("kansrijk.assessments"):
            from kansrijk.monitoring import survey

            changed += survey.seed_questionnaire(stdout=stdout)
    stdout.write(
        f"monitoring: {changed} entries created.\n" if changed else "monitoring: unchanged.\n"
    )
