"""The full-text search index, made for the database in use (see search/backend.py)."""

from django.db import migrations

SQLITE = [
    (
        "CREATE VIRTUAL TABLE socialmap_search_fts USING fts5("
        "title, body, filters, tokenize = 'unicode61 remove_diacritics 2')",
        "DROP TABLE IF EXISTS socialmap_search_fts",
    ),
]

POSTGRES = [
    ("CREATE EXTENSION IF NOT EXISTS pg_trgm", ""),
    (
        "ALTER TABLE socialmap_searchentry ADD COLUMN document tsvector, "
        "ADD COLUMN filter_vector tsvector",
        "ALTER TABLE socialmap_searchentry DROP COLUMN document, DROP COLUMN filter_vector",
    ),
    (
        "CREATE INDEX socialmap_search_document ON socialmap_searchentry USING gin (document)",
        "DROP INDEX IF EXISTS socialmap_search_document",
    ),
    (
        "CREATE INDEX socialmap_search_filters ON socialmap_searchentry "
        "USING gin (filter_vector)",
        "DROP INDEX IF EXISTS socialmap_search_filters",
    ),
    (
        "CREATE INDEX socialmap_searchword_trgm ON socialmap_searchword "
        "USING gin (word gin_trgm_ops)",
        "DROP INDEX IF EXISTS socialmap_searchword_trgm",
    ),
    (
        "CREATE INDEX socialmap_searchword_prefix ON socialmap_searchword "
        "(word varchar_pattern_ops)",
        "DROP INDEX IF EXISTS socialmap_searchword_prefix",
    ),
]


def _run(schema_editor, statements, index):  # type: ignore[no-untyped-def]
    for statement in statements:
        if statement[index]:
            schema_editor.execute(statement[index])


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE, 0)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES, 0)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE, 1)
    elif vendor == "postgresql":
        _run(schema_editor, list(reversed(POSTGRES)), 1)


class Migration(migrations.Migration):
    dependencies = [("socialmap", "0001_social_map_care_paths_and_search_entries")]

    operations = [migrations.RunPython(forwards, backwards)]
