"""HSDS tabular form as a ZIP of CSV files (comma-separated, UTF-8, header row)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from kansrijk.reports.csv import FORMULA_PREFIXES, safe_cell
from kansrijk.socialmap.hsds.tabular import TABLES, Tables, columns, file_name, flatten, unflatten

MAX_MEMBER_BYTES = 50 * 1024 * 1024


class CsvZipError(Exception):
    """The file cannot be read; the message (translated) says why, to follow "The file
    cannot be read: "."""


def write_zip(services: Iterable[dict[str, Any]]) -> bytes:
    tables = flatten(services)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\n")
            header = columns(table)
            writer.writerow(header)
            for row in tables[table]:
                writer.writerow([safe_cell(row[column]) for column in header])
            archive.writestr(file_name(table), text.getvalue())
    return buffer.getvalue()


def _unescape(value: str) -> str:
    """Undo the spreadsheet-safety quote of `safe_cell`."""
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def read_zip(data: bytes) -> list[dict[str, Any]]:
    """The services in a ZIP of HSDS CSV files (only the tables the social map uses)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise CsvZipError(_("it is not a ZIP file")) from error
    names = {name.rsplit("/", 1)[-1]: name for name in archive.namelist()}
    tables: Tables = {}
    with archive:
        for table in TABLES:
            member = names.get(file_name(table))
            if member is None:
                continue
            if archive.getinfo(member).file_size > MAX_MEMBER_BYTES:
                raise CsvZipError(
                    _("%(file)s is larger than %(limit)s MB")
                    % {"file": file_name(table), "limit": MAX_MEMBER_BYTES // (1024 * 1024)}
                )
            try:
                text = archive.read(member).decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise CsvZipError(
                    _("%(file)s is not saved as UTF-8") % {"file": file_name(table)}
                ) from error
            reader = csv.DictReader(io.StringIO(text))
            try:
                tables[table] = [
                    {key: _unescape(value or "") for key, value in row.items() if key}
                    for row in reader
                ]
            except csv.Error as error:
                raise CsvZipError(
                    _("%(file)s is not a valid CSV file") % {"file": file_name(table)}
                ) from error
    if "service" not in tables:
        raise CsvZipError(_("the ZIP file contains no %(file)s") % {"file": file_name("service")})
    return unflatten(tables)
