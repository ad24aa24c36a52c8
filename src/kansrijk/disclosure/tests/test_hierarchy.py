"""Suppression over the area tree and the years of a block holds against a linear-programming
attacker: no hidden small count can be narrowed to less than the threshold's width."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansrijk.disclosure.hierarchy import Count, Key, Reason, protect_tree
from kansrijk.disclosure.periods import block_of, blocks, is_block
from kansrijk.disclosure.tests.attacker import Attacker, Published, narrowed

T = 10
Tree = dict[str, str]


def with_aggregates(
    leaves: Mapping[tuple[str, int], Count], parent_of: Tree
) -> dict[tuple[str, int], Count]:
    counts = dict(leaves)
    for (area, year), count in leaves.items():
        ancestor = parent_of.get(area)
        while ancestor is not None:
            counts[(ancestor, year)] = counts.get((ancestor, year), Count(0, 0)) + count
            ancestor = parent_of.get(ancestor)
    return counts


def leaves_under(area: str, parent_of: Tree, leaves: set[str]) -> list[str]:
    found = []
    for leaf in leaves:
        node: str | None = leaf
        while node is not None and node != area:
            node = parent_of.get(node)
        if node == area:
            found.append(leaf)
    return found


def attack(
    leaves: Mapping[tuple[str, int], Count], parent_of: Tree, reasons: Mapping[Key, Reason]
) -> dict[Hashable, tuple[float, float, float]]:
    """Every hidden small count (people with and without the outcome) the attacker narrows."""
    counts = with_aggregates(leaves, parent_of)
    names = {area for area, _year in leaves}
    failures: dict[Hashable, tuple[float, float, float]] = {}
    for part in ("with", "without"):

        def value(count: Count, part: str = part) -> int:
            return count.numerator if part == "with" else count.denominator - count.numerator

        def atoms(key: Key) -> list[tuple[str, int]]:
            area, start, end = key
            under = leaves_under(area, parent_of, names)
            return [
                (leaf, y) for leaf in under for y in range(start, end + 1) if (leaf, y) in leaves
            ]

        def true(key: Key) -> int:
            area, start, end = key
            return sum(value(counts[(area, y)]) for y in range(start, end + 1))

        published = [
            Published(frozenset(atoms(key)), true(key)) for key, r in reasons.items() if not r
        ]
        attacker = Attacker(published, extra_atoms=list(leaves))
        targets: dict[Hashable, tuple[Sequence[tuple[str, int]], float]] = {
            (part, key): (atoms(key), true(key))
            for key, reason in reasons.items()
            if reason and true(key) < T
        }
        failures.update(narrowed(attacker, targets, width=T))
    return failures


def test_pooled_blocks_never_overlap_and_a_new_year_does_not_move_them() -> None:
    assert block_of(2021) == block_of(2023) == (2021, 2023)
    assert block_of(2020) == (2018, 2020)
    assert is_block((2021, 2023)) and not is_block((2020, 2022))
    assert blocks([2019, 2020, 2021, 2022]) == {
        (2018, 2020): [2019, 2020],
        (2021, 2023): [2021, 2022],
    }


def test_a_small_municipality_shows_only_its_pool_and_a_big_neighbour_hides_its_years_too() -> None:
    tree = {"GM1": "GG1", "GM2": "GG1", "GM3": "GG1", "GG1": "NL"}
    leaves = {}
    for year in (2021, 2022, 2023):
        leaves[("GM1", year)] = Count(4, 30)
        leaves[("GM2", year)] = Count(60, 400)
        leaves[("GM3", year)] = Count(40, 300)
    reasons = protect_tree(with_aggregates(leaves, tree), tree, threshold=T)
    assert reasons[("GM1", 2022, 2022)] == "small_count"
    assert reasons[("GM1", 2021, 2023)] == ""  # 12 of 90: the pool is shown
    # the smaller big neighbour is the partner: its years go, its pool stays
    assert reasons[("GM3", 2022, 2022)] == "derivable"
    assert reasons[("GM3", 2021, 2023)] == ""
    assert reasons[("GM2", 2022, 2022)] == ""
    assert reasons[("GG1", 2022, 2022)] == ""
    assert attack(leaves, tree, reasons) == {}


def test_the_old_rule_per_sum_is_beaten_by_the_attacker_and_the_tree_rule_is_not() -> None:
    """Two small municipalities hide each other in their region's sum, yet both are small:
    their region's remainder gives the attacker a range narrower than the threshold."""
    tree = {"GM1": "GG1", "GM2": "GG1", "GM3": "GG1", "GG1": "NL"}
    leaves = {
        ("GM1", 2022): Count(2, 30),
        ("GM2", 2022): Count(3, 40),
        ("GM3", 2022): Count(80, 500),
    }
    per_sum: dict[Key, Reason] = {
        ("GM1", 2022, 2022): "small_count",
        ("GM2", 2022, 2022): "small_count",
        ("GM3", 2022, 2022): "",
        ("GG1", 2022, 2022): "",
        ("NL", 2022, 2022): "",
    }
    assert attack(leaves, tree, per_sum)  # 2 + 3 = 5: each lies in [0, 5]
    reasons = protect_tree(with_aggregates(leaves, tree), tree, threshold=T)
    assert reasons[("GM3", 2022, 2022)] == "derivable"
    assert attack(leaves, tree, reasons) == {}


def test_a_region_without_a_big_municipality_is_hidden_and_protected_by_a_sibling_region() -> None:
    tree = {"GM1": "GG1", "GM2": "GG1", "GM3": "GG2", "GG1": "PV1", "GG2": "PV1", "PV1": "NL"}
    leaves = {
        ("GM1", 2022): Count(3, 40),
        ("GM2", 2022): Count(12, 19),  # 7 without the outcome
        ("GM3", 2022): Count(90, 600),
    }
    reasons = protect_tree(with_aggregates(leaves, tree), tree, threshold=T)
    assert reasons[("GG1", 2022, 2022)] == "derivable"
    assert reasons[("GG2", 2022, 2022)] == reasons[("GM3", 2022, 2022)] == "derivable"
    assert reasons[("PV1", 2022, 2022)] == ""
    assert attack(leaves, tree, reasons) == {}


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[tuple[str, int], Count], Tree]:
    tree: Tree = {}
    names: list[str] = []
    for p in range(draw(st.integers(1, 2))):
        tree[f"PV{p}"] = "NL"
        for r in range(draw(st.integers(1, 3))):
            tree[f"GG{p}{r}"] = f"PV{p}"
            for m in range(draw(st.integers(1, 4))):
                tree[f"GM{p}{r}{m}"] = f"GG{p}{r}"
                names.append(f"GM{p}{r}{m}")
    first = draw(st.sampled_from([2019, 2020, 2021]))
    years = range(first, first + draw(st.integers(1, 5)))
    leaves: dict[tuple[str, int], Count] = {}
    for name in names:
        size = draw(st.sampled_from([4, 15, 60]))
        for year in years:
            k = draw(st.integers(0, size))
            without = draw(st.integers(0, 3 * size))
            leaves[(name, year)] = Count(k, k + without)
    return leaves, tree


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_no_hidden_small_count_of_a_random_table_is_narrowed_below_the_threshold(
    table: tuple[dict[tuple[str, int], Count], Tree],
) -> None:
    leaves, tree = table
    reasons = protect_tree(with_aggregates(leaves, tree), tree, threshold=T)
    assert attack(leaves, tree, reasons) == {}
