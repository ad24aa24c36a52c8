"""The full-text index of the social map, per database.

SQLite (the embedded default): an FTS5 table ``socialmap_search_fts`` (title, body, filters)
whose rowid is the ``SearchEntry`` id; ranking with ``bm25``; typo tolerance from an
in-memory trigram index over ``SearchWord``.

PostgreSQL: two ``tsvector`` columns on ``socialmap_searchentry``: ``document`` ('dutch'
configuration, title weighted A, body B) and ``filter_vector`` ('simple'), both with GIN
indexes; ranking with ``ts_rank``; typo tolerance with ``pg_trgm`` on ``SearchWord``.

On both, ranking is bounded: at most ``CANDIDATES`` matching rows are ranked, so a query of
common words costs no more than a rare one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.db import connection

from kansrijk.socialmap.search import lists
from kansrijk.socialmap.search.normalise import (
    MIN_PREFIX_LENGTH,
    QueryTerm,
    TrigramIndex,
    fold,
    fts5_match,
    light_stem,
    tsquery,
)

CANDIDATES = 400
FTS_TABLE = "socialmap_search_fts"
Query = tuple[str, list[Any]]


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    rank: float


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# -- filter tokens ---------------------------------------------------------------------


def municipality_token(code: str) -> str:
    return fold(code).replace(" ", "")


def phase_token(phase: str) -> str:
    return "phase" + phase.replace("_", "")


def risk_token(key: str) -> str:
    return "risk" + key.replace("-", "").replace("_", "")


def kind_token(kind: str) -> str:
    return "kind" + kind.replace("_", "")


def region_token(ggd_code: str) -> str:
    return "region" + fold(ggd_code).replace(" ", "")


def coalition_token(coalition_id: int) -> str:
    return f"coalition{coalition_id}"


PUBLIC_TOKEN = "public"  # noqa: S105  (a search token, not a secret)


@dataclass(frozen=True)
class Filters:
    """What a search is limited to. ``visible`` is None for someone who sees everything,
    else the visibility tokens the searcher may see (always including ``public``)."""

    municipality: str = ""
    phase: str = ""
    risk: str = ""
    kind: str = ""
    visible: tuple[str, ...] | None = (PUBLIC_TOKEN,)

    def required(self) -> list[str]:
        tokens = []
        if self.municipality:
            tokens.append(municipality_token(self.municipality))
        if self.phase:
            tokens.append(phase_token(self.phase))
        if self.risk:
            tokens.append(risk_token(self.risk))
        if self.kind:
            tokens.append(kind_token(self.kind))
        return tokens


# -- writing -----------------------------------------------------------------------------


def write(entries: Sequence[tuple[int, str, str, str]]) -> None:
    """(Re)index rows ``(entry id, title, body, filters)`` whose SearchEntry rows exist."""
    if not entries:
        return
    with connection.cursor() as cursor:
        if is_postgres():
            cursor.executemany(
                "UPDATE socialmap_searchentry SET "
                "document = setweight(to_tsvector('dutch', %s), 'A') || "
                "setweight(to_tsvector('dutch', %s), 'B'), "
                "filter_vector = to_tsvector('simple', %s) WHERE id = %s",
                [(title, body, filters, pk) for pk, title, body, filters in entries],
            )
        else:
            ids = [(pk,) for pk, *_rest in entries]
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", ids)  # noqa: S608  # nosec B608
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, body, filters) "  # noqa: S608  # nosec B608
                "VALUES (%s, %s, %s, %s)",
                list(entries),
            )


def clear() -> None:
    """Empty the whole index (on PostgreSQL: the columns of every entry)."""
    with connection.cursor() as cursor:
        if is_postgres():
            cursor.execute("UPDATE socialmap_searchentry SET document = NULL, filter_vector = NULL")
        else:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608  # nosec B608


def delete(entry_ids: Iterable[int]) -> None:
    """Remove rows from the FTS5 table (on PostgreSQL the columns go with the row)."""
    ids = [(pk,) for pk in entry_ids]
    if ids and not is_postgres():
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", ids)  # noqa: S608  # nosec B608


# -- typo tolerance -------------------------------------------------------------------------

_sqlite_index: dict[str, tuple[int, TrigramIndex]] = {}
_sqlite_lock = threading.Lock()


def _known_prefix(prefix: str) -> bool:
    from kansrijk.socialmap.models import SearchWord

    return SearchWord.objects.filter(word__startswith=prefix).exists()


def _closest_words(word: str, limit: int = 3) -> list[str]:
    from kansrijk.socialmap.models import SearchWord

    if is_postgres():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM socialmap_searchword WHERE word %% %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [word, word, limit],
            )
            return [row[0] for row in cursor.fetchall()]
    count = SearchWord.objects.count()
    key = connection.settings_dict["NAME"]
    with _sqlite_lock:
        cached = _sqlite_index.get(str(key))
        if cached is None or cached[0] != count:
            words = SearchWord.objects.values_list("word", flat=True)
            cached = (count, TrigramIndex(list(words)))
            _sqlite_index[str(key)] = cached
    return cached[1].closest(word, limit=limit)


def correct(terms: Sequence[QueryTerm]) -> tuple[list[QueryTerm], dict[str, list[str]]]:
    """Replace single-word terms that occur nowhere in the index by the closest indexed
    words. Returns the new terms and the corrections made (typed word -> words used)."""
    corrected: list[QueryTerm] = []
    corrections: dict[str, list[str]] = {}
    for term in terms:
        stem = light_stem(term.text)
        if (
            " " in term.text
            or len(term.alternatives) > 1
            or len(stem) < MIN_PREFIX_LENGTH
            or lists.remembered("prefix", stem, partial(_known_prefix, stem))
        ):
            corrected.append(term)
            continue
        closest = lists.remembered("closest", term.text, partial(_closest_words, term.text))
        if closest:
            corrections[term.text] = closest
            corrected.append(QueryTerm(text=term.text, alternatives=tuple(closest)))
        else:
            corrected.append(term)
    return corrected, corrections


# -- searching ------------------------------------------------------------------------------


def _fts5_filters(filters: Filters) -> list[str]:
    clauses = [f"filters : {token}" for token in filters.required()]
    if filters.visible is not None:
        clauses.append("filters : (" + " OR ".join(filters.visible) + ")")
    return clauses


def _sql_sqlite(terms: Sequence[QueryTerm], filters: Filters, limit: int) -> Query:
    clauses = _fts5_filters(filters)
    if terms:
        clauses.insert(0, "{title body} : (" + fts5_match(terms) + ")")
    if not clauses:
        clauses = [
            "filters : " + kind_token("service") + " OR filters : " + kind_token("care_path")
        ]
    match = " AND ".join(clauses)
    sql = (
        f"SELECT e.kind, e.object_id, {'-m.score' if terms else '0.0'} AS score, e.title FROM ("  # noqa: S608  # nosec B608  (table names are constants)
        f"  SELECT rowid AS entry_id, bm25({FTS_TABLE}, 10.0, 1.0, 0.0) AS score"
        f"  FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT %s"
        ") AS m JOIN socialmap_searchentry e ON e.id = m.entry_id "
        "ORDER BY score DESC, e.title LIMIT %s"
    )
    return sql, [match, CANDIDATES, limit]


def _sql_postgres(terms: Sequence[QueryTerm], filters: Filters, limit: int) -> Query:
    """Kind and visibility are plain columns: almost every row has the ``kindservice`` and
    ``public`` tokens, so looking them up in the GIN index costs more than it saves. The
    selective tokens (municipality, phase, risk situation) use the filter vector's index in
    a subquery the planner may not merge (``OFFSET 0``), and the text is matched on those
    rows only; without them the planner chooses between the text's GIN index and a scan
    that stops at ``CANDIDATES`` matches. Only those candidates are ranked."""
    conditions = []
    params: list[Any] = []
    if filters.kind:
        conditions.append("kind = %s")
        params.append(filters.kind)
    if filters.visible is not None:
        others = [token for token in filters.visible if token != PUBLIC_TOKEN]
        if others:
            conditions.append("(is_public OR filter_vector @@ to_tsquery('simple', %s))")
            params.append(" | ".join(others))
        else:
            conditions.append("is_public")
    selective = [token for token in filters.required() if token != kind_token(filters.kind)]
    if selective:
        conditions.append("filter_vector @@ to_tsquery('simple', %s)")
        params.append(" & ".join(selective))
    where = " AND ".join(conditions) or "TRUE"
    rows = "socialmap_searchentry"
    if selective and terms:
        rows = (
            "(SELECT kind, object_id, title, document FROM socialmap_searchentry"  # noqa: S608  # nosec B608
            f" WHERE {where} OFFSET 0) AS filtered"
        )
        where = "TRUE"
    rank = "0.0"
    rank_params: list[Any] = []
    if terms:
        query = tsquery(terms)
        where += " AND document @@ to_tsquery('dutch', %s)"
        params.append(query)
        rank = "ts_rank(document, to_tsquery('dutch', %s))"
        rank_params.append(query)
    sql = (
        f"SELECT kind, object_id, {rank} AS score, title FROM ("  # noqa: S608  # nosec B608
        f"  SELECT kind, object_id, title, document FROM {rows} WHERE {where} LIMIT %s"
        ") AS candidates ORDER BY score DESC, title LIMIT %s"
    )
    return sql, [*rank_params, *params, CANDIDATES, limit]


def hits_sql(terms: Sequence[QueryTerm], filters: Filters, *, limit: int = 60) -> Query:
    """The SQL of a search and its parameters: rows ``(kind, object_id, score, title)``, best
    first (``ORDER BY score DESC, title``), for joining with the entries' own tables."""
    if is_postgres():
        return _sql_postgres(terms, filters, limit)
    return _sql_sqlite(terms, filters, limit)


def search(terms: Sequence[QueryTerm], filters: Filters, *, limit: int = 60) -> list[Hit]:
    sql, params = hits_sql(terms, filters, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Hit(kind, object_id, float(score or 0)) for kind, object_id, score, _t in cursor]
