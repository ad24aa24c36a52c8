"""The risk situations a service is about when nobody has tagged it.

The search's risk-situation filter (e.g. "Huisvesting") matched only the services tagged
with it, so an untagged housing service such as a "Woonloket" was missed. A service without
tags is therefore filed under every active risk situation whose name - or a synonym of it
from the synonym list - appears in what the service is: its name, its organisation's name
and its description. A service with tags is filed under its tags only: the tags are the
maintainer's explicit choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kansrijk.socialmap.search.normalise import SynonymTable, light_stem, tokenise


def _mentions(tokens: Sequence[str], phrase: str) -> bool:
    """True when ``phrase`` (folded) occurs in ``tokens``, each word as a prefix of a token
    (so ``woning`` matches ``woningcorporatie`` and ``schulden`` matches ``schuld``)."""
    stems = [light_stem(word) for word in phrase.split()]
    if not stems:
        return False
    for start in range(len(tokens) - len(stems) + 1):
        if all(tokens[start + i].startswith(stem) for i, stem in enumerate(stems)):
            return True
    return False


def risks_mentioned(
    texts: Iterable[str],
    risks: Iterable[tuple[str, Sequence[str]]],
    synonyms: SynonymTable,
) -> list[str]:
    """Keys of the ``risks`` (key, names) whose names or synonyms ``texts`` mention."""
    tokens = [token for text in texts for token in tokenise(text)]
    found = []
    for key, names in risks:
        terms = {term for name in names if name for term in synonyms.alternatives(name)}
        if any(_mentions(tokens, term) for term in terms):
            found.append(key)
    return found


def inferred_risk_keys(texts: Iterable[str]) -> list[str]:
    """``risks_mentioned`` for the active risk situations and the shipped synonym list (both
    kept in memory by ``search/lists.py``, so indexing many services costs no extra query)."""
    from kansrijk.socialmap.search import lists

    return risks_mentioned(texts, lists.risk_names(), lists.synonym_table())
