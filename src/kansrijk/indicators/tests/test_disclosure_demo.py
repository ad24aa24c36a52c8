"""The demo's synthetic figures for all municipalities of 2024, protected by the tree rule,
hold against the linear-programming attacker (the newest block; pure, no database).

Perinatal mortality (most of its cells hidden) takes half a minute and was checked by hand
(0 of 1,389 hidden cells narrowed); big2 and early start of care run here."""

from __future__ import annotations

import pytest
from django.conf import settings

from kansrijk.disclosure.hierarchy import Count, protect_tree
from kansrijk.disclosure.tests.test_hierarchy import attack, with_aggregates
from kansrijk.indicators import catalogue, synthetic


@pytest.mark.parametrize("code", ["big2", "start_zorg_voor_10_weken"])
def test_no_hidden_count_of_the_demo_figures_is_narrowed_below_the_threshold(code: str) -> None:
    data = settings.KANSRIJK_DATA_DIR
    tree: dict[str, str] = {}
    for row in catalogue.read_csv(data / "gemeenten_2024.csv"):
        tree[row["gemeentecode"]] = row["ggd_regiocode"]
        tree[row["ggd_regiocode"]] = row["provinciecode"]
        tree[row["provinciecode"]] = "NL01"
    bases = [
        b
        for b in catalogue.municipality_bases(catalogue.read_csv(data / "kwb_2022_gemeenten.csv"))
        if b.code in tree
    ]
    specs = [i.generator for i in catalogue.load_catalogue().indicators if i.generator]
    values = synthetic.generate(bases, specs, [2021, 2022, 2023])
    leaves = {
        (v.area, v.year): Count(v.numerator, v.denominator) for v in values if v.indicator == code
    }
    reasons = protect_tree(with_aggregates(leaves, tree), tree, threshold=10)
    assert any(reasons.values())
    assert attack(leaves, tree, reasons) == {}
