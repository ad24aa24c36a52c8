"""One import path for the command and the upload page: parse, check, store (or refuse)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from django.conf import settings
from django.utils.translation import gettext as _

from kansrijk.indicators import catalogue, parsing, services
from kansrijk.indicators.problems import describe


@dataclass
class Outcome:
    problems: list[str] = field(default_factory=list)  # the first MAX_PROBLEMS, readable
    problem_count: int = 0  # all of them
    summary: str = ""
    result: services.ImportResult | None = None

    @property
    def more_problems(self) -> int:
        return self.problem_count - len(self.problems)


def statline_columns(
    extra: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, tuple[str, str]]:
    raw = catalogue.read_yaml(catalogue.SEED_DIR / "statline.yaml")
    columns = {name: (pair[0], pair[1]) for name, pair in raw["columns"].items()}
    columns.update(extra or {})
    return columns


def import_upload(
    *,
    file: BinaryIO,
    size: int,
    name: str,
    period: str | None = None,
    extra_columns: Mapping[str, tuple[str, str]] | None = None,
    user: Any = None,
    progress: services.Progress | None = None,
) -> Outcome:
    """Parse ``file`` (a seekable binary stream of ``size`` bytes) and store it only when
    every row is sound; otherwise list the first problems and count them all.

    One size limit (``settings.MAX_UPLOAD_BYTES``) and one row limit
    (``settings.KANSRIJK_IMPORT_MAX_ROWS``) for the page and the command, so that a huge
    file is refused quickly instead of holding a web worker.
    """
    if size > settings.MAX_UPLOAD_BYTES:
        problem = parsing.Problem(1, "file_too_large", {"size": settings.MAX_UPLOAD_BYTES})
        return Outcome(problems=[describe(problem)], problem_count=1)
    parsed = parsing.parse(
        file,
        services.known_codes(),
        statline_columns=statline_columns(extra_columns),
        statline_period=period,
        max_rows=settings.KANSRIJK_IMPORT_MAX_ROWS,
    )
    if parsed.problem_count:
        return Outcome(
            problems=[
                _("Line %(line)s: %(message)s") % {"line": p.line, "message": describe(p)}
                for p in parsed.problems
            ],
            problem_count=parsed.problem_count,
        )
    result = services.values_import(
        items=services.incoming_from_rows(parsed.rows), source=name, user=user, progress=progress
    )
    summary = _("%(created)s values added, %(updated)s changed, %(unchanged)s unchanged.") % {
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
    }
    if parsed.unpublished:
        summary += " " + _("%(n)s cells marked as not published by CBS were left out.") % {
            "n": parsed.unpublished
        }
    if parsed.unused_columns:
        summary += " " + _("Columns not used: %(columns)s.") % {
            "columns": ", ".join(parsed.unused_columns)
        }
    return Outcome(summary=summary, result=result)
