"""Backup and restore of the whole database and the uploaded files, independent of the
database engine.

A backup is a gzipped tar archive: ``kansrijk-backup.json`` (Django's serialisation with
natural keys for content types and permissions, datetimes at full precision, plus a small
header with the applied migrations) and ``media/...``, every uploaded file (the private
media). Restoring refuses a backup made on another schema, empties every table and loads
the backup in one transaction (it either completes or leaves the database as it was), then
puts the uploaded files in place of the current ones. What is derived and not in the
backup is rebuilt by the receivers of ``rebuild_derived`` (the search index). A backup of the
first format (gzipped JSON, no files) still restores; the files are then left as they are.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import json
import shutil
import tarfile
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditlog.context import disable_auditlog
from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.dispatch import Signal
from django.utils.duration import duration_iso_string
from django.utils.functional import Promise

FORMAT = "kansrijk-backup-2"
OLD_FORMAT = "kansrijk-backup-1"  # gzipped JSON without the uploaded files
DOCUMENT = "kansrijk-backup.json"
MEDIA = "media"
# Sent inside the restore's transaction, after the rows are loaded, and by
# ``manage.py rebuild_search_index``: every app rebuilds what it derives from its rows and
# a backup leaves out (the full-text indexes). A receiver returns how many rows it indexed.
rebuild_derived = Signal()
# Rebuilt by ``migrate`` itself; referenced by natural key in the backup.
NOT_BACKED_UP = ("contenttypes.contenttype", "auth.permission")


class BackupError(Exception):
    pass


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _encode(value: Any) -> Any:
    """Full precision: Django's JSON encoder would cut datetimes to milliseconds."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return duration_iso_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID | Promise):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    raise TypeError(f"cannot back up a {type(value).__name__}")


def _objects(using: str) -> Iterator[dict[str, Any]]:
    models = serializers.sort_dependencies(
        [(config, None) for config in apps.get_app_configs()], allow_cycles=True
    )
    for model in models:
        meta = model._meta
        if meta.label_lower in NOT_BACKED_UP or meta.proxy or not meta.managed:
            continue
        rows = model._base_manager.using(using).order_by(meta.pk.name).iterator(chunk_size=2000)
        yield from serializers.serialize("python", rows, use_natural_foreign_keys=True)


def _media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def backup(path: Path, using: str = DEFAULT_DB_ALIAS) -> int:
    """Write the whole database and every uploaded file to ``path``. Returns the number of
    objects written."""
    objects = list(_objects(using))
    document = {"format": FORMAT, "migrations": applied_migrations(using), "objects": objects}
    tmp = path.with_name(path.name + ".partial")
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / DOCUMENT
        with data.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, default=_encode)
        with tarfile.open(tmp, "w:gz") as archive:
            archive.add(data, arcname=DOCUMENT)
            root = _media_root()
            if root.is_dir():
                for file in sorted(p for p in root.rglob("*") if p.is_file()):
                    archive.add(file, arcname=f"{MEDIA}/{file.relative_to(root).as_posix()}")
    tmp.replace(path)  # a backup file is complete or absent
    return len(objects)


def _read(path: Path, staging: Path) -> dict[str, Any]:
    """The backup's document; its uploaded files are unpacked into ``staging`` (a new
    folder; it is not made for a backup of the first format)."""
    try:
        if not tarfile.is_tarfile(path):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                document: dict[str, Any] = json.load(handle)
            if document.get("format") != OLD_FORMAT:
                raise BackupError(f"{path} is not a Kansrijk backup ({document.get('format')!r}).")
            return document
        with tarfile.open(path, "r:gz") as archive:
            member = archive.extractfile(DOCUMENT)
            if member is None:
                raise BackupError(f"{path} is not a Kansrijk backup (no {DOCUMENT}).")
            document = json.load(member)
            staging.mkdir()
            files = [
                m for m in archive.getmembers() if m.isfile() and m.name.startswith(f"{MEDIA}/")
            ]
            # The "data" filter refuses absolute paths, "..", links out and device files.
            archive.extractall(staging, members=files, filter="data")
    except (OSError, ValueError, KeyError, tarfile.TarError) as error:
        raise BackupError(f"{path} is not a Kansrijk backup: {error}") from error
    if document.get("format") != FORMAT:
        raise BackupError(f"{path} is not a Kansrijk backup ({document.get('format')!r}).")
    return document


def _put_media_in_place(staging: Path) -> None:
    """Replace the uploaded files by the backup's (after the database is restored)."""
    root = _media_root()
    unpacked = staging / MEDIA
    if not unpacked.is_dir():
        unpacked.mkdir()
    old = root.with_name(root.name + ".before-restore")
    shutil.rmtree(old, ignore_errors=True)
    if root.exists():
        root.rename(old)
    root.parent.mkdir(parents=True, exist_ok=True)
    unpacked.rename(root)
    shutil.rmtree(old, ignore_errors=True)


def _backed_up_models() -> list[Any]:
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label_lower not in NOT_BACKED_UP and model._meta.managed
    ]


def restore(path: Path, using: str = DEFAULT_DB_ALIAS) -> int:
    """Replace the whole database and the uploaded files by the backup at ``path``, and
    rebuild what is derived (``rebuild_derived``). Returns the objects loaded."""
    root = _media_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    # On the same file system as the media folder, so that putting it in place is a rename.
    with tempfile.TemporaryDirectory(dir=root.parent, prefix=".restore-") as work:
        staging = Path(work) / "files"
        document = _read(path, staging)
        if document["migrations"] != applied_migrations(using):
            raise BackupError(
                "The backup was made on another version of the database schema; "
                "migrate to the same version first."
            )
        count = _restore_rows(document, using)
        if staging.is_dir():
            _put_media_in_place(staging)
    return count


def _restore_rows(document: dict[str, Any], using: str) -> int:
    connection = connections[using]
    models = _backed_up_models()
    tables = [m._meta.db_table for m in models if m._meta.db_table != "django_migrations"]
    with transaction.atomic(using=using), disable_auditlog():
        with connection.cursor() as cursor:
            # Fire foreign-key checks still pending from earlier writes in an outer
            # transaction: PostgreSQL refuses to TRUNCATE a table with pending triggers.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for statement in connection.ops.sql_flush(
                no_style(), tables, reset_sequences=True, allow_cascade=True
            ):
                cursor.execute(statement)
        count = 0
        deferred = []
        with connection.constraint_checks_disabled():
            for item in serializers.deserialize(
                "python", document["objects"], using=using, handle_forward_references=True
            ):
                item.save(using=using)
                count += 1
                if item.deferred_fields:
                    deferred.append(item)
            for item in deferred:
                item.save_deferred_fields(using=using)
        connection.check_constraints(table_names=tables)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
        rebuild_derived.send(sender=None)
    return count
