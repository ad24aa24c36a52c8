"""``manage.py backup FILE``: the whole database to a gzipped JSON file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kansrijk.ui.backup import backup


class Command(BaseCommand):
    help = "Write the whole database to FILE (gzipped JSON, engine-independent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        count = backup(options["file"])
        self.stdout.write(f"Backed up {count} objects to {options['file']}.")
