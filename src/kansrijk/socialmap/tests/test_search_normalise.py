"""The pure search normalisation: runs without Django (``pytest -p no:django``)."""

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from kansrijk.socialmap.search.normalise import (
    SynonymTable,
    fold,
    light_stem,
    parse_query,
    similarity,
    tokenise,
    trigrams,
    tsquery,
)

SEED = Path(__file__).resolve().parents[1] / "seed"


def shipped_synonyms() -> SynonymTable:
    data = yaml.safe_load((SEED / "synonyms.yaml").read_text(encoding="utf-8"))
    return SynonymTable.from_groups(data["groups"])


def test_folding_removes_case_accents_and_punctuation() -> None:
    assert fold("Financiën & Schulden!") == "financien schulden"
    assert fold("POH-GGZ") == "poh ggz"


def test_tokenising_drops_dutch_stop_words_and_single_letters() -> None:
    assert tokenise("Hulp bij de schulden van een zwangere") == ["hulp", "schulden", "zwangere"]


def test_the_light_stem_joins_singular_and_plural_of_pregnancy() -> None:
    assert light_stem("zwangerschappen") == light_stem("zwangerschap") == "zwangerschap"


def test_the_light_stem_is_a_prefix_of_common_inflections() -> None:
    for word, stem in [
        ("schulden", "schuld"),
        ("gezinnen", "gezin"),
        ("moeders", "moeder"),
        ("mogelijkheden", "mogelijkhe"),
        ("kinderen", "kinder"),
    ]:
        assert light_stem(word) == stem
        assert word.startswith(stem)


def test_short_words_and_abbreviations_are_not_stemmed() -> None:
    assert light_stem("jgz") == "jgz"
    assert light_stem("huis") == "huis"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20))
def test_the_light_stem_is_always_a_prefix_of_the_word(word: str) -> None:
    assert word.startswith(light_stem(word))


def test_an_abbreviation_expands_to_its_full_name() -> None:
    terms = parse_query("JGZ", shipped_synonyms())
    assert len(terms) == 1
    assert terms[0].alternatives[0] == "jgz"
    assert "jeugdgezondheidszorg" in terms[0].alternatives


def test_debts_and_money_worries_find_each_other() -> None:
    table = shipped_synonyms()
    assert "geldzorgen" in parse_query("schulden", table)[0].alternatives
    assert "schulden" in parse_query("geldzorgen", table)[0].alternatives


def test_a_multi_word_synonym_is_read_as_one_term() -> None:
    terms = parse_query("centrum voor jeugd en gezin zwolle", shipped_synonyms())
    assert [term.text for term in terms] == ["centrum voor jeugd en gezin", "zwolle"]
    assert "cjg" in terms[0].alternatives


def test_overlapping_synonym_groups_are_merged() -> None:
    table = SynonymTable.from_groups([["a1", "b1"], ["b1", "c1"]])
    assert table.alternatives("a1") == {"a1", "b1", "c1"}


def test_a_query_of_only_stop_words_has_no_terms() -> None:
    assert parse_query("de het een", shipped_synonyms()) == []


def test_the_tsquery_uses_phrases_for_multi_word_synonyms() -> None:
    terms = parse_query("cjg", shipped_synonyms())
    assert tsquery(terms) == "(cjg:* | centrum <-> voor <-> jeugd <-> en <-> gezin:*)"


def test_trigrams_are_padded_like_pg_trgm() -> None:
    assert trigrams("cat") == {"  c", " ca", "cat", "at "}


def test_similarity_of_a_word_with_itself_is_one_and_with_nothing_zero() -> None:
    assert similarity("schulden", "schulden") == 1.0
    assert similarity("schulden", "") == 0.0


@given(st.text(min_size=1, max_size=15), st.text(min_size=1, max_size=15))
def test_similarity_is_symmetric_and_between_zero_and_one(first: str, second: str) -> None:
    assert similarity(first, second) == similarity(second, first)
    assert 0.0 <= similarity(first, second) <= 1.0
