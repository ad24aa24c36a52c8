"""Parse and check an indicator file (tidy CSV or CBS StatLine CSV); pure, no database.

The result is either a list of clean rows or a list of problems, each with its line number.
``services.values_import`` stores the rows only when there is no problem at all.

The tidy format (documented in ``docs/indicators-import.md``)::

    indicator,area,period,numerator,denominator,value
    big2,GM0344,2022,612,4130,
    geboortecijfer,GM0344,2022,,,11

``period`` is a year (``2022``) or a pooled span (``2018-2022``). Comma or semicolon
separated; with semicolons a decimal comma is accepted.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TextIO

TIDY_COLUMNS = ("indicator", "area", "period", "numerator", "denominator", "value")
STATLINE_AREA_COLUMNS = ("RegioS", "WijkenEnBuurten", "Codering_3")
STATLINE_SUFFIX = re.compile(r"_\d+$")
STATLINE_PERIOD = re.compile(r"^(\d{4})JJ00$")
PERIOD = re.compile(r"^(\d{4})(?:\s*-\s*(\d{4}))?$")
AREA = re.compile(r"^(GM\d{4}|GG\d{4}|PV\d{2}|NL01)$")
SCALES = {"percentage": 100.0, "per_1000": 1000.0}


@dataclass(frozen=True)
class Problem:
    """One reason to refuse a file: ``code`` names the kind, ``params`` fill the message."""

    line: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Row:
    line: int
    indicator: str
    area: str
    period_start: int
    period_end: int
    numerator: int | None
    denominator: int | None
    value: float | None


@dataclass(frozen=True)
class Known:
    """What the database knows: indicator units, area codes and abolished municipalities."""

    units: Mapping[str, str]
    areas: frozenset[str]
    abolished: Mapping[str, tuple[datetime.date, str]]  # old code -> (merged on, successor)


# At most this many problems are kept (and shown); the rest are only counted.
MAX_PROBLEMS = 100


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)
    unpublished: int = 0
    problem_count: int = 0  # every problem found, also those beyond MAX_PROBLEMS

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    @property
    def more_problems(self) -> int:
        return self.problem_count - len(self.problems)


class _UnreadableError(Exception):
    """The text holds a NUL character: not a CSV file (UTF-16, a spreadsheet, binary)."""


class _TooManyRowsError(Exception):
    pass


# A count larger than the Dutch population, many times over, is a mistake (and the database
# column holds at most 2^31 - 1, also for the sums over a region or the country).
MAX_COUNT = 100_000_000


def _number(raw: str, decimal_comma: bool) -> float | None:
    text = raw.strip()
    if text in ("", ".", "-"):
        return None
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".") if "," in text else text
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(text)  # "inf", "nan", or too many digits for a number
    return number


def _lines(text: Iterable[str]) -> Iterator[str]:
    for line in text:
        if "\x00" in line:
            raise _UnreadableError
        yield line


def _records(
    header: Sequence[str], reader: Iterator[list[str]], parsed: Parsed, max_rows: int | None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as dicts by column; a row whose number of fields differs from the header's is a
    problem of its line (a cell too many or too few would shift or drop a value)."""
    count = 0
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        count += 1
        if max_rows is not None and count > max_rows:
            raise _TooManyRowsError
        if len(cells) != len(header):
            parsed.add(Problem(line, "field_count", {"found": len(cells), "expected": len(header)}))
            continue
        yield line, dict(zip(header, cells, strict=True))


def is_statline(header: Sequence[str]) -> bool:
    return any(column in header for column in STATLINE_AREA_COLUMNS) and "indicator" not in header


def parse(
    source: bytes | BinaryIO,
    known: Known,
    *,
    statline_columns: Mapping[str, tuple[str, str]] | None = None,
    statline_period: str | None = None,
    max_rows: int | None = None,
) -> Parsed:
    """Parse a tidy or StatLine file and check every row; see the module docstring.

    ``source`` is read as a stream (a seekable binary file: the upload or the command's
    file), never whole into memory; UTF-8 first, then Windows-1252. ``statline_columns``
    maps a StatLine measure column to (indicator, role) where role is ``value``,
    ``numerator`` or ``denominator``. ``statline_period`` is the year for a StatLine table
    without a ``Perioden`` column (the KWB tables are one year each). More than
    ``max_rows`` rows: one problem, and reading stops.
    """
    stream: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else source
    parsed = Parsed()
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        stream.seek(0)
        text = io.TextIOWrapper(stream, encoding=encoding, newline=None)
        try:
            parsed = _parse_text(text, known, statline_columns, statline_period, max_rows)
        except UnicodeDecodeError:
            continue
        finally:
            text.detach()  # the caller closes its own file
        break
    return parsed


def _parse_text(
    text: TextIO,
    known: Known,
    statline_columns: Mapping[str, tuple[str, str]] | None,
    statline_period: str | None,
    max_rows: int | None,
) -> Parsed:
    parsed = Parsed()
    first = text.readline()
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(_lines(itertools.chain([first], text)), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader, [])]
        records = _records(header, reader, parsed, max_rows)
        _check(header, records, known, delimiter == ";", statline_columns, statline_period, parsed)
    except csv.Error:
        parsed.add(Problem(max(reader.line_num, 1), "unreadable", {}))
    except _UnreadableError:  # raised while the reader fetched the next line
        parsed.add(Problem(reader.line_num + 1, "unreadable", {}))
    except _TooManyRowsError:
        parsed.add(Problem(reader.line_num, "too_many_rows", {"max": max_rows}))
    if not parsed.rows and not parsed.problem_count:
        parsed.add(Problem(1, "empty", {}))
    return parsed


def _check(
    header: Sequence[str],
    records: Iterator[tuple[int, dict[str, str]]],
    known: Known,
    decimal_comma: bool,
    statline_columns: Mapping[str, tuple[str, str]] | None,
    statline_period: str | None,
    parsed: Parsed,
) -> None:
    if is_statline(header):
        raw_rows = _statline_rows(header, records, statline_columns or {}, statline_period, parsed)
    else:
        missing = [c for c in TIDY_COLUMNS if c not in header]
        if missing:
            parsed.add(Problem(1, "missing_columns", {"columns": ", ".join(missing)}))
            return
        raw_rows = records
    seen: dict[tuple[str, str, int, int], int] = {}
    for line, record in raw_rows:
        row = _row(line, record, known, decimal_comma, parsed)
        if row is None:
            continue
        key = (row.indicator, row.area, row.period_start, row.period_end)
        if key in seen:
            parsed.add(Problem(line, "duplicate", {"first": seen[key]}))
            continue
        seen[key] = line
        parsed.rows.append(row)


def _statline_rows(
    header: Sequence[str],
    records: Iterator[tuple[int, dict[str, str]]],
    columns: Mapping[str, tuple[str, str]],
    period: str | None,
    parsed: Parsed,
) -> Iterator[tuple[int, dict[str, str]]]:
    area_column = next(c for c in STATLINE_AREA_COLUMNS if c in header)

    def lookup(column: str) -> tuple[str, str] | None:
        # StatLine numbers its measure columns (GeboorteRelatief_25); match with or without
        return columns.get(column) or columns.get(STATLINE_SUFFIX.sub("", column))

    used = [c for c in header if lookup(c) is not None]
    parsed.unused_columns = [
        c
        for c in header
        if lookup(c) is None
        and c not in ("ID", area_column, "Perioden")
        and not c.startswith(("Gemeentenaam", "SoortRegio", "Codering", "Indelingswijziging"))
    ]
    if not used:
        parsed.add(Problem(1, "statline_no_columns", {}))
        return
    if "Perioden" not in header and not period:
        parsed.add(Problem(1, "statline_no_period", {}))
        return
    for line, record in records:
        area = record.get(area_column, "").strip()
        raw_period = record.get("Perioden", "").strip() if "Perioden" in header else str(period)
        match = STATLINE_PERIOD.match(raw_period)
        year = match.group(1) if match else raw_period
        by_indicator: dict[str, dict[str, str]] = {}
        for column in used:
            indicator, role = lookup(column) or ("", "")
            by_indicator.setdefault(indicator, {})[role] = record.get(column, "")
        for indicator, parts in by_indicator.items():
            published = parts.get("value", parts.get("numerator", "")).strip()
            if published in ("", "."):
                parsed.unpublished += 1  # StatLine's "." = not published: reported, no row
                continue
            yield (
                line,
                {
                    "indicator": indicator,
                    "area": area,
                    "period": year,
                    "numerator": parts.get("numerator", ""),
                    "denominator": parts.get("denominator", ""),
                    "value": parts.get("value", ""),
                },
            )


def _row(
    line: int, record: Mapping[str, str], known: Known, decimal_comma: bool, parsed: Parsed
) -> Row | None:
    count_before = parsed.problem_count
    indicator = (record.get("indicator") or "").strip()
    area = (record.get("area") or "").strip().upper()
    period = (record.get("period") or "").strip()
    if indicator not in known.units:
        parsed.add(Problem(line, "unknown_indicator", {"code": indicator}))
    match = PERIOD.match(period)
    start = end = 0
    if not match:
        parsed.add(Problem(line, "bad_period", {"period": period}))
    else:
        start = int(match.group(1))
        end = int(match.group(2) or match.group(1))
        if end < start:
            parsed.add(Problem(line, "bad_period", {"period": period}))
    if not AREA.match(area) or (area not in known.areas and area not in known.abolished):
        parsed.add(Problem(line, "unknown_area", {"code": area}))
    elif area in known.abolished and match:
        merged_on, successor = known.abolished[area]
        if end >= merged_on.year:  # the period reaches the day it stopped existing
            parsed.add(
                Problem(
                    line,
                    "abolished_area",
                    {"code": area, "merged_on": merged_on, "successor": successor},
                )
            )
    numbers: dict[str, float | None] = {}
    for name in ("numerator", "denominator", "value"):
        try:
            numbers[name] = _number(record.get(name) or "", decimal_comma)
        except ValueError:
            parsed.add(Problem(line, "not_a_number", {"column": name}))
            numbers[name] = None
    counts: dict[str, int | None] = {}
    for name in ("numerator", "denominator"):
        number = numbers[name]
        if number is not None and number != int(number):
            parsed.add(Problem(line, "not_a_whole_number", {"column": name}))
        if number is not None and number < 0:
            parsed.add(Problem(line, "negative", {"column": name}))
        if number is not None and number > MAX_COUNT:
            parsed.add(Problem(line, "too_large", {"column": name, "max": MAX_COUNT}))
            number = None
        counts[name] = int(number) if number is not None else None
    numerator, denominator = counts["numerator"], counts["denominator"]
    value = numbers["value"]
    if value is not None and value < 0:
        parsed.add(Problem(line, "negative", {"column": "value"}))
    if numerator is not None and denominator is not None and numerator > denominator:
        parsed.add(Problem(line, "numerator_above_denominator", {}))
    if numerator is not None and denominator in (None, 0):
        parsed.add(Problem(line, "numerator_without_denominator", {}))
    if value is None and (numerator is None or denominator is None):
        parsed.add(Problem(line, "no_value", {}))
    unit = known.units.get(indicator)
    if (
        parsed.problem_count == count_before
        and value is not None
        and numerator is not None
        and denominator
        and unit in SCALES
    ):
        computed = numerator / denominator * SCALES[unit]
        if abs(computed - value) > max(0.051, abs(value) * 0.01):
            parsed.add(
                Problem(line, "value_mismatch", {"value": value, "computed": round(computed, 2)})
            )
    if parsed.problem_count > count_before:
        return None
    if value is None and numerator is not None and denominator and unit in SCALES:
        value = numerator / denominator * SCALES[unit]
    return Row(line, indicator, area, start, end, numerator, denominator, value)
