"""Reading a national overview CSV (municipality code, tranche, start date, lead organisation).

Every row is validated; every error is reported with its line number. Nothing is written
here: ``services.overview_import`` stores the rows only when the whole file is valid.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _

from kansrijk.regions.models import Municipality

COLUMNS = ("gemeentecode", "tranche", "startdatum", "organisatie_trekker")
MAX_ROWS = 1000


@dataclass(frozen=True)
class OverviewRow:
    line: int
    municipality: Municipality
    tranche: int
    start_date: date | None
    lead_organisation: str


@dataclass
class ParseResult:
    rows: list[OverviewRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _decode(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _parse_date(text: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_overview(raw: bytes) -> ParseResult:
    result = ParseResult()
    text = _decode(raw)
    if text is None:
        result.errors.append(_("The file is not UTF-8 text. Save it as CSV (UTF-8) and try again."))
        return result
    if "\x00" in text:
        result.errors.append(_("The file contains binary data; it is not a CSV file."))
        return result
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    if tuple(header) != COLUMNS:
        result.errors.append(
            _("Line 1: the columns must be exactly: %(columns)s.") % {"columns": ", ".join(COLUMNS)}
        )
        return result
    municipalities = {m.code: m for m in Municipality.objects.all()}
    seen: dict[str, int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if line > MAX_ROWS + 1:
            result.errors.append(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
            break
        if len(cells) != len(COLUMNS):
            result.errors.append(
                _("Line %(line)d: expected %(n)d columns, found %(found)d.")
                % {"line": line, "n": len(COLUMNS), "found": len(cells)}
            )
            continue
        code, tranche_text, date_text, organisation = (c.strip() for c in cells)
        errors_before = len(result.errors)
        municipality = municipalities.get(code.upper())
        if municipality is None:
            result.errors.append(
                _(
                    "Line %(line)d: unknown municipality code %(code)s (use the CBS code, e.g. GM0344)."
                )
                % {"line": line, "code": code[:20]}
            )
        elif code.upper() in seen:
            result.errors.append(
                _("Line %(line)d: municipality %(code)s appears again (first on line %(first)d).")
                % {"line": line, "code": code.upper(), "first": seen[code.upper()]}
            )
        else:
            seen[code.upper()] = line
        tranche = 0
        if tranche_text not in {"1", "2", "3", "4"}:
            result.errors.append(
                _("Line %(line)d: the tranche must be 1, 2, 3 or 4.") % {"line": line}
            )
        else:
            tranche = int(tranche_text)
        start: date | None = None
        if date_text:
            try:
                start = _parse_date(date_text)
            except ValueError:
                result.errors.append(
                    _("Line %(line)d: the start date must look like 2024-03-01 or 01-03-2024.")
                    % {"line": line}
                )
        if not organisation:
            result.errors.append(
                _("Line %(line)d: the lead organisation is missing.") % {"line": line}
            )
        elif len(organisation) > 200:
            result.errors.append(
                _("Line %(line)d: the lead organisation is longer than 200 characters.")
                % {"line": line}
            )
        if len(result.errors) == errors_before and municipality is not None:
            result.rows.append(
                OverviewRow(
                    line=line,
                    municipality=municipality,
                    tranche=tranche,
                    start_date=start,
                    lead_organisation=organisation,
                )
            )
    if not result.rows and not result.errors:
        result.errors.append(_("The file contains no rows."))
    return result
