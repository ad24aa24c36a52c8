"""Text normalisation for the search of the social map (pure Python, no Django).

The search needs three things the database's own stemmer does not give:

- tokens folded the same way on both sides (lower case, no accents, no punctuation);
- a light Dutch stem that is a *prefix* of the inflected forms, so that a prefix query joins
  ``zwangerschap`` and ``zwangerschappen`` (PostgreSQL's Dutch Snowball stemmer keeps them
  apart: ``zwangerschap`` / ``zwangerschapp``);
- synonym and abbreviation expansion (``JGZ`` - ``jeugdgezondheidszorg``) and trigram
  similarity for typo tolerance, computed like PostgreSQL's ``pg_trgm`` so both database
  backends agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

STOPWORDS = frozenset(
    [
        "aan",
        "al",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "en",
        "er",
        "geen",
        "had",
        "heb",
        "hebben",
        "heeft",
        "hem",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "je",
        "jij",
        "kan",
        "kunnen",
        "maar",
        "me",
        "met",
        "mijn",
        "na",
        "naar",
        "niet",
        "nog",
        "of",
        "om",
        "ons",
        "onze",
        "ook",
        "op",
        "over",
        "te",
        "tot",
        "u",
        "uit",
        "van",
        "voor",
        "waar",
        "wat",
        "we",
        "wel",
        "wie",
        "wij",
        "wordt",
        "worden",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
    ]
)

_NON_WORD = re.compile(r"[^0-9a-z]+")
_VOWELS = frozenset("aeiouy")
# Suffixes removed by the light stemmer, longest first. Only removed when at least four
# letters remain, so short words (and most abbreviations) are left alone.
_SUFFIXES = ("heden", "ingen", "en", "s", "e")
MIN_PREFIX_LENGTH = 3
# pg_trgm's default similarity threshold; used on both backends.
TYPO_THRESHOLD = 0.3


def fold(text: str) -> str:
    """Lower-case ``text``, remove accents and replace everything but letters and digits by
    single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", stripped).strip()


def tokenise(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Split ``text`` into folded tokens; stop words and one-letter tokens are dropped
    unless ``keep_stopwords``."""
    tokens = fold(text).split()
    if keep_stopwords:
        return tokens
    return [token for token in tokens if len(token) > 1 and token not in STOPWORDS]


def light_stem(token: str) -> str:
    """A light Dutch stem that is a prefix of the word's inflections.

    ``schulden`` -> ``schuld``, ``zwangerschappen`` -> ``zwangerschap``, ``gezinnen`` ->
    ``gezin``, ``moeders`` -> ``moeder``, ``mogelijkheden`` -> ``mogelijkhe``.
    """
    if len(token) <= 4 or token.isdigit():
        return token
    stem = token
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            stem = stem[: -len(suffix)] if suffix != "heden" else stem[:-3]
            break
    if len(stem) > 4 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    return stem


@dataclass(frozen=True)
class SynonymTable:
    """Groups of equivalent terms; every term is a folded phrase of one or more tokens."""

    groups: tuple[frozenset[str], ...] = ()
    _index: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> SynonymTable:
        merged: list[set[str]] = []
        for group in groups:
            terms = {fold(term) for term in group if fold(term)}
            overlapping = [existing for existing in merged if existing & terms]
            for existing in overlapping:
                terms |= existing
                merged.remove(existing)
            merged.append(terms)
        frozen = tuple(frozenset(terms) for terms in merged)
        index = {term: group for group in frozen for term in group}
        return cls(groups=frozen, _index=index)

    @property
    def max_phrase_length(self) -> int:
        return max((len(term.split()) for term in self._index), default=1)

    def alternatives(self, term: str) -> frozenset[str]:
        """The term itself plus its synonyms (all folded)."""
        folded = fold(term)
        return self._index.get(folded, frozenset({folded}))

    def knows(self, term: str) -> bool:
        return fold(term) in self._index


@dataclass(frozen=True)
class QueryTerm:
    """One term of a query: the words the user typed and every phrase that may match it."""

    text: str
    alternatives: tuple[str, ...]


def parse_query(text: str, synonyms: SynonymTable | None = None) -> list[QueryTerm]:
    """Split a free-text query into terms, joining multi-word synonyms (``centrum voor jeugd
    en gezin``) into one term and expanding each term with its synonyms."""
    table = synonyms or SynonymTable()
    tokens = tokenise(text, keep_stopwords=True)
    terms: list[QueryTerm] = []
    position = 0
    longest = table.max_phrase_length
    while position < len(tokens):
        phrase = ""
        for length in range(min(longest, len(tokens) - position), 1, -1):
            candidate = " ".join(tokens[position : position + length])
            if table.knows(candidate):
                phrase = candidate
                position += length
                break
        if not phrase:
            phrase = tokens[position]
            position += 1
            if not table.knows(phrase) and (len(phrase) < 2 or phrase in STOPWORDS):
                continue
        ranked = sorted(table.alternatives(phrase), key=lambda term: (term != phrase, term))
        terms.append(QueryTerm(text=phrase, alternatives=tuple(ranked)))
    return _deduplicate(terms)


def _deduplicate(terms: Sequence[QueryTerm]) -> list[QueryTerm]:
    seen: set[tuple[str, ...]] = set()
    unique: list[QueryTerm] = []
    for term in terms:
        key = tuple(sorted(term.alternatives))
        if key not in seen:
            seen.add(key)
            unique.append(term)
    return unique


def prefix_of(phrase: str) -> str:
    """The phrase with its last word light-stemmed, for a prefix query."""
    words = phrase.split()
    return " ".join([*words[:-1], light_stem(words[-1])]) if words else ""


def tsquery(terms: Sequence[QueryTerm]) -> str:
    """A PostgreSQL ``to_tsquery`` expression: every term must match, any of its alternatives
    may; the last word of each alternative is a prefix (``schuld:*``), words of a phrase follow
    each other (``<->``)."""
    clauses = []
    for term in terms:
        options = []
        for alternative in term.alternatives:
            words = prefix_of(alternative).split()
            star = ":*" if len(words[-1]) >= MIN_PREFIX_LENGTH else ""
            options.append(" <-> ".join([*words[:-1], words[-1] + star]))
        clauses.append("(" + " | ".join(options) + ")")
    return " & ".join(clauses)


def trigrams(word: str) -> frozenset[str]:
    """The trigrams of ``word`` as ``pg_trgm`` computes them: each word padded with two
    spaces in front and one behind."""
    grams: set[str] = set()
    for token in fold(word).split():
        padded = f"  {token} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def similarity(first: str, second: str) -> float:
    """``pg_trgm``'s similarity: shared trigrams divided by all distinct trigrams (the
    social map's quality check compares names in memory with it)."""
    a, b = trigrams(first), trigrams(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
