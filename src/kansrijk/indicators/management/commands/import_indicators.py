"""``manage.py import_indicators FILE``: the same checks and storage as the upload page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from kansrijk.indicators.forms import parse_column_options
from kansrijk.indicators.imports import import_upload
from kansrijk.indicators.services import values_recompute


class Command(BaseCommand):
    help = (
        "Import indicator values from a tidy CSV (indicator, area, period, numerator, "
        "denominator, value) or a CBS StatLine CSV export. Atomic and idempotent: one bad "
        "row and nothing is stored; every problem is listed with its line."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", type=Path)
        parser.add_argument("--periode", help="Year of a StatLine table without Perioden column")
        parser.add_argument(
            "--kolom",
            action="append",
            default=[],
            help="Extra StatLine column mapping: Kolom=indicator:rol (value/numerator/denominator)",
        )
        parser.add_argument(
            "--herbereken",
            action="store_true",
            help="Recompute aggregates, pooled periods and suppression (after a new threshold)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["herbereken"]:
            version = values_recompute()
            self.stdout.write(f"Recomputed (data version {version.pk}).")
            if options["file"] is None:
                return
        path: Path | None = options["file"]
        if path is None:
            raise CommandError("Give a FILE (or --herbereken).")
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            extra = parse_column_options(options["kolom"])
        except Exception as error:  # ValidationError carries the readable message
            raise CommandError(str(error)) from error

        def progress(items: Any) -> Any:
            return tqdm(items, desc="import", unit="rows", file=self.stderr._out)

        with path.open("rb") as file:  # streamed: the parser never holds the whole file
            outcome = import_upload(
                file=file,
                size=path.stat().st_size,
                name=path.name,
                period=options["periode"],
                extra_columns=extra,
                progress=progress,
            )
        if outcome.problem_count:
            for problem in outcome.problems:  # at most the first MAX_PROBLEMS
                self.stderr.write(problem)
            if outcome.more_problems:
                self.stderr.write(f"... and {outcome.more_problems} more problem(s), not listed.")
            raise CommandError(f"{outcome.problem_count} problem(s); nothing was stored.")
        self.stdout.write(outcome.summary)
