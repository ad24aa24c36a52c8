"""The search index: one row per service or care path; its text to search and its filter
tokens (municipality, phase, risk situation, visibility) are indexed, not stored.

The full-text index itself differs per database and is made by the migration
`0002_search_index_for_this_database`: an FTS5 table on SQLite, `tsvector` columns with GIN
indexes ('dutch' and 'simple' configurations) on PostgreSQL. `services.py` keeps both in step.
"""

from __future__ import annotations

from django.db import models


class SearchEntry(models.Model):
    KIND_SERVICE = "service"
    KIND_CARE_PATH = "care_path"

    kind = models.CharField(max_length=10)
    object_id = models.PositiveIntegerField()
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="+", null=True
    )
    title = models.CharField(max_length=300)
    # The text and the filter tokens are not kept here: they live only in the database's
    # full-text index (the FTS5 table, or the tsvector columns on PostgreSQL). Keeping them
    # twice made every row three times wider and the scan of common words slower (issue 5).
    is_public = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"


class SearchWord(models.Model):
    """Every word in the index, for typo tolerance (trigram similarity)."""

    word = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return self.word


class SearchIndexVersion(models.Model):
    """No longer read or written: the search's version now lives in the shared cache
    (``search/lists.py``, ``kansrijk.ui.cache_versions``). The table stays until the search
    is rebuilt on PostgreSQL (issue 16), so that this change needs no migration."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index version {self.version}"
