"""The full-text index of the social map, on PostgreSQL.

Two ``tsvector`` columns on ``SearchEntry`` (declared as ``SearchVectorField`` with GIN
indexes): ``document`` ('dutch' configuration, title weighted A, body B) and
``filter_vector`` ('simple'); ranking with ``ts_rank``; typo tolerance with ``pg_trgm`` on
``SearchWord`` (``TrigramSimilarity``).

Ranking is bounded: at most ``CANDIDATES`` matching rows are ranked, so a query of common
words costs no more than a rare one. The search itself stays one hand-written statement: the
planner must not merge the filter subquery (``OFFSET 0``) and rank before the limit, which the
ORM cannot express (ADR 0009).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from kansrijk.socialmap.search import lists
from kansrijk.socialmap.search.normalise import (
    MIN_PREFIX_LENGTH,
    QueryTerm,
    fold,
    light_stem,
    tsquery,
)

CANDIDATES = 400
Query = tuple[str, list[Any]]


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    rank: float


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
    """(Re)index rows ``(entry id, title, body, filters)`` whose SearchEntry rows exist.
    One statement for all rows (``executemany``): a care path re-indexes dozens at once."""
    if not entries:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE socialmap_searchentry SET "
            "document = setweight(to_tsvector('dutch', %s), 'A') || "
            "setweight(to_tsvector('dutch', %s), 'B'), "
            "filter_vector = to_tsvector('simple', %s) WHERE id = %s",
            [(title, body, filters, pk) for pk, title, body, filters in entries],
        )


def clear() -> None:
    """Empty the whole index: the vectors of every entry."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE socialmap_searchentry SET document = NULL, filter_vector = NULL")


# -- typo tolerance -------------------------------------------------------------------------


def _known_prefix(prefix: str) -> bool:
    from kansrijk.socialmap.models import SearchWord

    return SearchWord.objects.filter(word__startswith=prefix).exists()


def _closest_words(word: str, limit: int = 3) -> list[str]:
    """Indexed words ``pg_trgm`` finds similar to ``word`` (its ``%`` operator, which the
    GIN index on the words serves), most similar first."""
    from kansrijk.socialmap.models import SearchWord

    return list(
        SearchWord.objects.filter(word__trigram_similar=word)
        .annotate(similarity=TrigramSimilarity("word", word))
        .order_by("-similarity", "word")
        .values_list("word", flat=True)[:limit]
    )


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
    return _sql_postgres(terms, filters, limit)


def search(terms: Sequence[QueryTerm], filters: Filters, *, limit: int = 60) -> list[Hit]:
    sql, params = hits_sql(terms, filters, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Hit(kind, object_id, float(score or 0)) for kind, object_id, score, _t in cursor]
