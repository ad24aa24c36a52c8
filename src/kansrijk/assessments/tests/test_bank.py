"""The statement bank file and its checks (pure, runs without Django)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from django.utils import translation

from kansrijk.assessments.bank import SEED_DIR, BankError, load_chain, load_seed_bank, parse_bank


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """The parser's messages are translated; these tests read the English source."""
    with translation.override("en"):
        yield


# The source documents live beside the repository (../shared/seeds) or beside its worktrees.
_ROOT = Path(__file__).resolve().parents[4]
SEEDS = next(
    (
        p
        for p in (_ROOT.parent / "shared" / "seeds", _ROOT.parent.parent / "shared" / "seeds")
        if p.exists()
    ),
    _ROOT / "missing",
)
STEPS = {1, 2, 3, 4, 5, 6, 7}
INSTRUMENTS = {i.key for i in load_chain().instruments}


def test_the_analysetool_has_56_statements_in_three_parts() -> None:
    bank = load_seed_bank()
    assert len(bank.items) == 56
    assert [part.key for part in bank.parts] == ["approach", "collaboration", "palette"]
    assert all(len(part.themes) >= 2 for part in bank.parts)


def test_every_statement_has_dutch_and_english_text_a_step_and_an_instrument() -> None:
    for item in load_seed_bank().items:
        assert item.text.nl and item.text.en and item.text.nl != item.text.en
        assert item.step in STEPS
        assert item.instrument in INSTRUMENTS


def test_every_step_of_the_chain_approach_has_at_least_one_statement() -> None:
    assert {item.step for item in load_seed_bank().items} == STEPS


def test_the_analysetool_uses_a_five_point_scale_and_three_respondents_minimum() -> None:
    bank = load_seed_bank()
    assert (bank.scale_min, bank.scale_max) == (1, 5)
    assert bank.min_respondents == 3
    assert bank.benchmark_min_groups == 5


@pytest.mark.skipif(not SEEDS.exists(), reason="the source documents are not next to the repo")
def test_no_statement_copies_a_sentence_of_the_source_documents() -> None:
    sources = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    sources = re.sub(r"\s+", " ", sources.lower())
    for item in load_seed_bank().items:
        words = item.text.nl.lower().rstrip(".").split()
        # No run of eight consecutive words of a statement appears in the sources.
        for start in range(max(0, len(words) - 7)):
            assert " ".join(words[start : start + 8]) not in sources, item.key


def _bank_text(**changes: object) -> str:
    document = yaml.safe_load((SEED_DIR / "analysetool.yaml").read_text(encoding="utf-8"))
    item = document["parts"][0]["themes"][0]["items"][0]
    item.update(changes)
    return yaml.safe_dump(document, allow_unicode=True)


def test_a_statement_with_an_unknown_instrument_is_refused_with_its_place() -> None:
    with pytest.raises(BankError, match=r"parts\[1\]\.themes\[1\]\.items\[1\]\.instrument"):
        parse_bank(_bank_text(instrument="nonsense"), instruments=INSTRUMENTS, steps=STEPS)


def test_a_statement_with_a_step_outside_the_chain_is_refused() -> None:
    with pytest.raises(BankError, match="unknown step 8"):
        parse_bank(_bank_text(step=8), instruments=INSTRUMENTS, steps=STEPS)


def test_a_statement_without_english_text_is_refused() -> None:
    with pytest.raises(BankError, match="'en' text is missing"):
        parse_bank(_bank_text(en=""), instruments=INSTRUMENTS, steps=STEPS)


def test_a_key_used_twice_is_refused() -> None:
    with pytest.raises(BankError, match="used twice"):
        parse_bank(_bank_text(key="situation.neighbourhoods"), instruments=INSTRUMENTS, steps=STEPS)


def test_a_file_that_is_not_yaml_is_refused() -> None:
    with pytest.raises(BankError, match="not valid YAML"):
        parse_bank("parts: [", instruments=INSTRUMENTS, steps=STEPS)


def test_the_digest_changes_with_the_wording_and_not_with_layout() -> None:
    original = load_seed_bank()
    relaid = parse_bank(
        yaml.safe_dump(
            yaml.safe_load((SEED_DIR / "analysetool.yaml").read_text(encoding="utf-8")),
            width=40,
        ),
        instruments=INSTRUMENTS,
        steps=STEPS,
    )
    reworded = parse_bank(
        _bank_text(nl="Een andere formulering."), instruments=INSTRUMENTS, steps=STEPS
    )
    assert relaid.statements_digest() == original.statements_digest()
    assert reworded.statements_digest() != original.statements_digest()


def test_a_text_split_by_an_unquoted_comma_is_refused() -> None:
    document = yaml.safe_load((SEED_DIR / "analysetool.yaml").read_text(encoding="utf-8"))
    document["parts"][0]["themes"][0]["title"] = yaml.safe_load(
        "{nl: Keuze, bereik en financiering, en: Choice}"
    )
    with pytest.raises(BankError, match="quote a text with a comma"):
        parse_bank(yaml.safe_dump(document), instruments=INSTRUMENTS, steps=STEPS)
