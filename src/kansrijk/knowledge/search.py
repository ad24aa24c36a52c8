"""Full-text search over the practice examples, with the social map's query language.

A query is parsed by the social map's search engine (``kansrijk.socialmap.search``): the
same folding, light Dutch stemming (``zwangerschappen`` finds ``zwangerschap``), prefixes
and the same maintained list of synonyms and abbreviations (``geldzorgen`` finds
``schulden``, ``JGZ`` finds ``jeugdgezondheidszorg``). Every term must match; any of its
synonyms may.

A ``tsvector`` computed in the query (the knowledge base holds tens of rows, not thousands,
so no index is kept), ranked with ``ts_rank``, title first. Without the social map app, the
words are searched as prefixes, without synonyms.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import F, QuerySet

from kansrijk.knowledge.models import PracticeExample
from kansrijk.socialmap.search.normalise import QueryTerm, parse_query, tsquery

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def words(text: str) -> list[str]:
    """The words of a query, lower case, at most ``MAX_TERMS``."""
    return [w.lower() for w in _WORD.findall(text)][:MAX_TERMS]


def _terms(text: str) -> list[QueryTerm]:
    """The query's terms with their synonyms (the social map's parser and synonym list)."""
    if apps.is_installed("kansrijk.socialmap"):
        from kansrijk.socialmap.search.lists import synonym_table

        return parse_query(text, synonym_table())[:MAX_TERMS]
    return [QueryTerm(text=w, alternatives=(w,)) for w in words(text)]


def search(text: str, queryset: QuerySet[PracticeExample] | None = None) -> list[PracticeExample]:
    """The active examples matching ``text``, best first. Empty text matches nothing."""
    base = queryset if queryset is not None else PracticeExample.objects.all()
    base = base.filter(active=True)
    terms = _terms(text)
    if not terms:
        return []
    vector = SearchVector("title", weight="A", config="simple") + SearchVector(
        "summary", "body", weight="B", config="simple"
    )
    query = SearchQuery(tsquery(terms), config="simple", search_type="raw")
    return list(
        base.annotate(document=vector, rank=SearchRank(vector, query))
        .filter(document=query)
        .order_by(F("rank").desc(), "title")
    )
