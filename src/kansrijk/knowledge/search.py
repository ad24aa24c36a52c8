"""Full-text search over the practice examples, with the social map's query language.

A query is parsed by the social map's search engine (``kansrijk.socialmap.search``): the
same folding, light Dutch stemming (``zwangerschappen`` finds ``zwangerschap``), prefixes
and the same maintained list of synonyms and abbreviations (``geldzorgen`` finds
``schulden``, ``JGZ`` finds ``jeugdgezondheidszorg``). Every term must match; any of its
synonyms may.

SQLite (the embedded default): an FTS5 table ``knowledge_example_fts`` (rowid = example id,
diacritics folded) ranked with ``bm25``. PostgreSQL: a ``tsvector`` computed in the query
(the knowledge base holds tens of rows, not thousands), ranked with ``ts_rank``, title
first. Without the social map app, the words are searched as prefixes, without synonyms.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, QuerySet

from kansrijk.knowledge.models import PracticeExample
from kansrijk.socialmap.search.normalise import QueryTerm, fts5_match, parse_query, tsquery

FTS_TABLE = "knowledge_example_fts"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
)
DROP_SQL = f"DROP TABLE IF EXISTS {FTS_TABLE}"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def words(text: str) -> list[str]:
    """The words of a query, lower case, at most ``MAX_TERMS``."""
    return [w.lower() for w in _WORD.findall(text)][:MAX_TERMS]


def _terms(text: str) -> list[QueryTerm]:
    """The query's terms with their synonyms (the social map's parser and synonym list)."""
    if apps.is_installed("kansrijk.socialmap"):
        from kansrijk.socialmap.search.lists import synonym_table

        return parse_query(text, synonym_table())[:MAX_TERMS]
    return [QueryTerm(text=w, alternatives=(w,)) for w in words(text)]


def fts5_query(text: str) -> str:
    """An FTS5 MATCH expression: every term required, any synonym of it, last words as
    prefixes. Quoted, so query syntax in the text is only ever words."""
    return fts5_match(_terms(text))


def reindex() -> int:
    """Rebuild the index from the active examples; returns how many were indexed."""
    examples = list(
        PracticeExample.objects.filter(active=True).values_list("pk", "title", "summary", "body")
    )
    if is_postgres():
        return len(examples)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608  (constant table name)  # nosec B608
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, summary, body) "  # noqa: S608  # nosec B608
            "VALUES (%s, %s, %s, %s)",
            examples,
        )
    return len(examples)


def search(text: str, queryset: QuerySet[PracticeExample] | None = None) -> list[PracticeExample]:
    """The active examples matching ``text``, best first. Empty text matches nothing."""
    base = queryset if queryset is not None else PracticeExample.objects.all()
    base = base.filter(active=True)
    terms = _terms(text)
    if not terms:
        return []
    if is_postgres():
        vector = SearchVector("title", weight="A", config="simple") + SearchVector(
            "summary", "body", weight="B", config="simple"
        )
        query = SearchQuery(tsquery(terms), config="simple", search_type="raw")
        return list(
            base.annotate(document=vector, rank=SearchRank(vector, query))
            .filter(document=query)
            .order_by(F("rank").desc(), "title")
        )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "  # noqa: S608  # nosec B608
            f"ORDER BY bm25({FTS_TABLE}, 10.0, 3.0, 1.0) LIMIT 200",
            [fts5_match(terms)],
        )
        ids = [row[0] for row in cursor.fetchall()]
    found = base.in_bulk(ids)
    return [found[i] for i in ids if i in found]
