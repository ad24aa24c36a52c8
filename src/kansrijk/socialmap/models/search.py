"""The search index: one row per service or care path; its text to search and its filter
tokens (municipality, phase, risk situation, visibility) are indexed, not stored.

The full-text index is two `tsvector` columns with GIN indexes ('dutch' and 'simple'
configurations), written by `search/backend.py`; the words have a trigram index for typos.
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
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
    # The text and the filter tokens are not kept as text: only their vectors. Keeping them
    # twice made every row three times wider and the scan of common words slower (issue 5).
    document = SearchVectorField(null=True)
    filter_vector = SearchVectorField(null=True)
    is_public = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]
        indexes = [
            GinIndex(fields=["document"], name="socialmap_search_document"),
            GinIndex(fields=["filter_vector"], name="socialmap_search_filters"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"


class SearchWord(models.Model):
    """Every word in the index, for typo tolerance (trigram similarity)."""

    word = models.CharField(max_length=64, unique=True)

    class Meta:
        indexes = [
            GinIndex(OpClass("word", name="gin_trgm_ops"), name="socialmap_searchword_trgm"),
            models.Index(
                OpClass("word", name="varchar_pattern_ops"), name="socialmap_searchword_prefix"
            ),
        ]

    def __str__(self) -> str:
        return self.word


class SearchIndexVersion(models.Model):
    """No longer read or written: the search's version now lives in the shared cache
    (``search/lists.py``, ``kansrijk.ui.cache_versions``). The table stays until the search
    is rebuilt on PostgreSQL (issue 16), so that this change needs no migration."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index version {self.version}"
