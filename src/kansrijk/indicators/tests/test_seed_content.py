"""The catalogue YAML, the CBS mapping and the synthetic generator (no database needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kansrijk.indicators import catalogue, synthetic

REPO = Path(__file__).resolve().parents[4]
DATA = REPO / "data"
SHARED = REPO.parent.parent / "shared" / "data"


def _data(name: str) -> Path:
    path = DATA / name
    return path if path.exists() else SHARED / name


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    return catalogue.load_catalogue()


@pytest.fixture(scope="module")
def kwb2022() -> list[dict[str, str]]:
    return catalogue.read_csv(_data("kwb_2022_gemeenten.csv"))


def test_the_catalogue_holds_the_perinatal_key_figures_and_monitoring_indicators(cat: Any) -> None:
    codes = {i.code for i in cat.indicators}
    assert {
        "geboortecijfer",
        "perinatale_sterfte_22w_7d",
        "vroeggeboorte",
        "laag_geboortegewicht_voor_duur",
        "big2",
        "start_zorg_voor_10_weken",
        "huishoudens_rond_sociaal_minimum",
        "lage_leefbaarheid",
        "psychische_problemen_tijdens_zwangerschap",
        "roken_tijdens_zwangerschap",
    } <= codes


def test_every_indicator_has_a_definition_a_source_and_a_licence(cat: Any) -> None:
    for indicator in cat.indicators:
        assert len(indicator.definition) > 40, indicator.code
        assert indicator.source and indicator.licence, indicator.code
        assert indicator.name_nl and indicator.name_en


def test_every_indicator_with_synthetic_values_says_so_in_its_licence(cat: Any) -> None:
    for indicator in cat.indicators:
        if indicator.synthetic:
            assert "synthetisch" in indicator.licence
            assert indicator.generator is not None


def test_a_catalogue_with_an_unknown_unit_is_refused(tmp_path: Any) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "groups: [{code: g, name_nl: G, name_en: G}]\n"
        "indicators:\n - {code: x, group: g, order: 1, name_nl: X, name_en: X,"
        " definition: iets, unit: furlong, polarity: no_judgement}\n"
    )
    with pytest.raises(ValueError, match="unit"):
        catalogue.load_catalogue(path)


def test_every_mapped_cbs_column_exists_and_names_a_catalogue_indicator(
    cat: Any, kwb2022: Any
) -> None:
    mapping = catalogue.load_kwb_mapping()
    codes = {i.code for i in cat.indicators}
    headers_2024 = set(catalogue.read_csv(_data("kwb_2024_gemeenten.csv"))[0])
    for column in mapping["columns"]:
        assert column["indicator"] in codes
        assert column["column"] in kwb2022[0] or column["column"] in headers_2024


def test_a_former_municipality_keeps_its_own_value_and_a_new_one_is_combined_openly(
    kwb2022: Any,
) -> None:
    mapping = catalogue.load_kwb_mapping()
    mergers = catalogue.read_mergers(_data("gemeente_herindelingen_naar_2024.csv"))
    files = {"kwb_2022_gemeenten.csv": kwb2022, "kwb_2024_gemeenten.csv": []}
    result = catalogue.kwb_values(mapping, files, mergers)
    by_key = {(v.indicator, v.area, v.period): v for v in result.values}
    weesp = by_key[("geboortecijfer", "GM0457", "2022")]
    assert weesp.note == ""
    assert "GM0457" in result.former
    amsterdam = by_key[("geboortecijfer", "GM0363", "2022")]
    assert amsterdam.note == ""  # Amsterdam had its own row: Weesp is not added to it
    voorne = by_key[("inwoners_0_tot_15", "GM1992", "2022")]
    assert "Brielle" in voorne.note and "Hellevoetsluis" in voorne.note
    assert voorne.denominator == sum(
        int(r["aantal_inwoners"])
        for r in kwb2022
        if r["gemeentecode"] in {"GM0501", "GM0530", "GM0614"}
    )


def _specs(cat: Any) -> Any:
    return [i.generator for i in cat.indicators if i.generator is not None]


@pytest.fixture(scope="module")
def generated(cat: Any, kwb2022: Any) -> Any:
    bases = catalogue.municipality_bases(kwb2022)
    return bases, synthetic.generate(bases, _specs(cat), range(2019, 2024), seed=7)


def test_the_generator_covers_the_342_municipalities_of_2024(generated: Any) -> None:
    bases, _values = generated
    assert len(bases) == 342
    assert {"GM1992", "GM0363"} <= {b.code for b in bases}
    assert "GM0457" not in {b.code for b in bases}


def test_the_generator_is_deterministic_for_a_seed(cat: Any, generated: Any) -> None:
    bases, values = generated
    again = synthetic.generate(bases, _specs(cat), range(2019, 2024), seed=7)
    assert again == values
    other = synthetic.generate(bases, _specs(cat), range(2019, 2024), seed=8)
    assert other != values
    # an extra year leaves the other years' denominators as they were
    longer = synthetic.yearly_births(bases[:5], range(2018, 2024), seed=7)
    shorter = synthetic.yearly_births(bases[:5], range(2019, 2024), seed=7)
    assert all(longer[key] == count for key, count in shorter.items())


def test_synthetic_counts_are_valid_and_big2_is_consistent_with_its_parts(generated: Any) -> None:
    _, values = generated
    table = {(v.indicator, v.area, v.year): v for v in values}
    for value in values:
        assert 0 <= value.numerator <= value.denominator
    for (indicator, area, year), value in table.items():
        if indicator == "big2":
            preterm = table[("vroeggeboorte", area, year)].numerator
            small = table[("laag_geboortegewicht_voor_duur", area, year)].numerator
            assert max(preterm, small) <= value.numerator <= preterm + small


@pytest.mark.parametrize(
    ("code", "level", "tolerance"),
    [("big2", 14.8, 0.6), ("perinatale_sterfte_22w_7d", 7.3, 0.5), ("vroeggeboorte", 7.0, 0.3)],
)
def test_the_national_synthetic_level_is_close_to_the_published_level(
    generated: Any, code: Any, level: Any, tolerance: Any
) -> None:
    _, values = generated
    rows = [v for v in values if v.indicator == code and v.year == synthetic.REFERENCE_YEAR]
    scale = 1000 if code.startswith("perinatale") else 100
    national = scale * sum(v.numerator for v in rows) / sum(v.denominator for v in rows)
    assert national == pytest.approx(level, abs=tolerance)


def test_the_denominators_follow_the_real_births_of_each_municipality(generated: Any) -> None:
    bases, values = generated
    utrecht = next(b for b in bases if b.code == "GM0344")
    expected = synthetic.expected_births(utrecht)
    births = [v.denominator for v in values if v.area == "GM0344" and v.indicator == "big2"]
    assert all(abs(n - expected) < 5 * expected**0.5 for n in births)
