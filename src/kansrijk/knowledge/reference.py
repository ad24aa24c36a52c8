"""Seeding the knowledge base (idempotent): themes, practice examples, the search index."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from django.db import transaction

from kansrijk.knowledge import services
from kansrijk.knowledge.models import KnowledgeTheme
from kansrijk.ui.seeding import read_yaml, seed_row

SEED = Path(__file__).parent / "seed"


@transaction.atomic
def load(*, stdout: TextIO) -> None:
    changed = 0
    for theme in read_yaml(SEED / "themes.yaml")["themes"]:
        changed += seed_row(
            KnowledgeTheme, theme["key"], {k: v for k, v in theme.items() if k != "key"}
        )
    for example in read_yaml(SEED / "examples.yaml")["examples"]:
        changed += services.example_seed(
            key=example["key"],
            title=example["title"],
            place=example.get("place", ""),
            summary=example["summary"],
            body=example["body"],
            source=example.get("source", ""),
            theme_keys=example.get("themes", []),
            steps=example.get("steps", []),
            instruments=example.get("instruments", []),
        )
    stdout.write(
        f"knowledge: {changed} entries created.\n" if changed else "knowledge: unchanged.\n"
    )
