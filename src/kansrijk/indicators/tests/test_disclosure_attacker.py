"""The attacker reads everything an anonymous visitor can read of the indicators (the API for
every area, the CSV of every municipality and of every period) and bounds every hidden small
count with linear programming. No hidden count may be narrowed below the threshold's width
(ADR 0013)."""

from __future__ import annotations

import csv
import io
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from kansrijk.disclosure.tests.attacker import Attacker, Published, narrowed
from kansrijk.indicators import synthetic
from kansrijk.indicators.derive import COUNTRY
from kansrijk.indicators.models import Indicator, Value
from kansrijk.indicators.services import Incoming, values_import
from kansrijk.indicators.tests.factories import IndicatorFactory
from kansrijk.regions.models import Municipality
from kansrijk.regions.tests.factories import (
    GGDRegionFactory,
    MunicipalityFactory,
    ProvinceFactory,
)

pytestmark = pytest.mark.django_db

T = 10
YEARS = range(2014, 2024)
# (province, region, inhabitants): a demo-like spread from an island to a city
LAYOUT = [
    ("PV20", "GG0111", 230_000),
    ("PV20", "GG0111", 27_000),
    ("PV20", "GG0111", 11_000),
    ("PV20", "GG0111", 4_000),
    ("PV20", "GG0211", 60_000),
    ("PV20", "GG0211", 9_000),
    ("PV20", "GG0211", 1_000),
    ("PV26", "GG2514", 360_000),
    ("PV26", "GG2514", 45_000),
    ("PV26", "GG2514", 14_000),
    ("PV26", "GG2514", 6_000),
    ("PV26", "GG2514", 2_500),
    ("PV26", "GG2614", 150_000),
    ("PV26", "GG2614", 20_000),
    ("PV26", "GG2614", 3_000),
]
SPECS = [
    synthetic.SyntheticSpec("sterfte", "per_1000", 7.3, between_area_sd=0.2),
    synthetic.SyntheticSpec("big2", "percentage", 14.8, between_area_sd=0.15),
    synthetic.SyntheticSpec("start_zorg", "percentage", 93.0, between_area_sd=0.02),
]


@dataclass
class World:
    leaves_of: dict[str, list[str]]  # area -> the municipalities it sums
    indicators: list[Indicator]


@pytest.fixture
def demo_like() -> World:
    municipalities = []
    for i, (province, region, _people) in enumerate(LAYOUT):
        municipalities.append(
            MunicipalityFactory(
                code=f"GM{9100 + i}",
                province=ProvinceFactory(code=province, name=province),
                ggd_region=GGDRegionFactory(code=region, name=region),
            )
        )
    bases = [
        synthetic.MunicipalityBase(m.code, people, 10.0, 8.0 + i % 5)
        for m, (_p, _r, people), i in zip(municipalities, LAYOUT, range(99), strict=False)
    ]
    indicators: list[Indicator] = [
        IndicatorFactory.create(key=spec.code, unit=spec.unit) for spec in SPECS
    ]
    scale = {"per_1000": 1000, "percentage": 100}
    items = [
        Incoming(
            indicator=v.indicator,
            area=v.area,
            start=v.year,
            end=v.year,
            numerator=v.numerator,
            denominator=v.denominator,
            value=v.numerator / v.denominator * scale[units] if v.denominator else None,
            synthetic=True,
        )
        for v in synthetic.generate(bases, SPECS, YEARS, seed=7)
        for units in [next(s.unit for s in SPECS if s.code == v.indicator)]
    ]
    values_import(items=items, source="demo-like")
    leaves_of: dict[str, list[str]] = {COUNTRY: [m.code for m in municipalities]}
    for m in Municipality.objects.select_related("province", "ggd_region"):
        leaves_of[m.code] = [m.code]
        leaves_of.setdefault(m.ggd_region.code, []).append(m.code)
        leaves_of.setdefault(m.province.code, []).append(m.code)
    return World(leaves_of, indicators)


def _period(text: str) -> tuple[int, int]:
    start, _sep, end = text.partition("-")
    return int(start), int(end or start)


def collect(client: Client, world: World, indicator: Indicator) -> dict[tuple[str, int, int], Any]:
    """(area, first, last) -> (numerator, denominator) or None, from every public output."""
    seen: dict[tuple[str, int, int], Any] = {}

    def note(area: str, period: str, k: Any, n: Any) -> None:
        key = (area, *_period(period))
        value = None if k in (None, "") else (int(k), int(n))
        assert seen.get(key, value) == value, ("two outputs disagree", key)
        seen[key] = value

    for area in world.leaves_of:
        url = f"/api/v1/indicatoren/{indicator.key}/waarden?gebied={area}"
        for item in client.get(url).json():
            note(item["gebied"], item["periode"], item["teller"], item["noemer"])
            # one mark for every hidden cell: the reason would tell the small ones apart
            assert item["onderdrukt"] in (None, "hidden")
    periods = {(s, e) for _a, s, e in seen}
    for code in world.leaves_of[COUNTRY]:
        text = client.get(f"/gemeenten/{code}/startfoto/csv").content.decode().lstrip("\ufeff")
        for row in csv.DictReader(io.StringIO(text), delimiter=";"):
            if row["indicator"] == indicator.key:
                note(row["gebied"].split()[0], row["periode"], row["teller"], row["noemer"])
    for start, end in periods:
        label = str(start) if start == end else f"{start}-{end}"
        text = (
            client.get(f"/indicatoren/{indicator.key}/csv?periode={label}")
            .content.decode()
            .lstrip("\ufeff")
        )
        for row in csv.DictReader(io.StringIO(text), delimiter=";"):
            note(row["gebied"].split()[0], row["periode"], row["teller"], row["noemer"])
    return seen


def attack(world: World, indicator: Indicator, seen: dict[tuple[str, int, int], Any]) -> Any:
    truth = {
        (v.area_code, v.period_start, v.period_end): (v.numerator or 0, v.denominator or 0)
        for v in Value.objects.filter(indicator=indicator)
    }

    def atoms(key: tuple[str, int, int]) -> list[tuple[str, int]]:
        area, start, end = key
        return [(leaf, y) for leaf in world.leaves_of[area] for y in range(start, end + 1)]

    failures: dict[Hashable, Any] = {}
    for part in (0, 1):  # the people with the outcome, and those without it

        def count(pair: tuple[int, int], part: int = part) -> int:
            return pair[0] if part == 0 else pair[1] - pair[0]

        published = [Published(frozenset(atoms(k)), count(v)) for k, v in seen.items() if v]
        every = [(leaf, y) for leaf in world.leaves_of[COUNTRY] for y in YEARS]
        attacker = Attacker(published, extra_atoms=every)
        targets: dict[Hashable, tuple[Sequence[tuple[str, int]], float]] = {
            (part, key): (atoms(key), count(truth[key]))
            for key, value in seen.items()
            if value is None and count(truth[key]) < T
        }
        failures.update(narrowed(attacker, targets, width=T))
    return failures


def test_no_hidden_small_count_of_a_demo_like_data_set_can_be_narrowed_by_an_anonymous_reader(
    client: Client, demo_like: World
) -> None:
    for indicator in demo_like.indicators:
        seen = collect(client, demo_like, indicator)
        hidden = [key for key, value in seen.items() if value is None]
        assert hidden, "the data set must have small counts to protect"
        assert all(e - s in (0, 2) for _a, s, e in seen), "only years and 3-year blocks"
        assert attack(demo_like, indicator, seen) == {}, indicator.key


def test_the_attacker_recovers_counts_when_only_the_small_cells_are_hidden(
    client: Client, demo_like: World
) -> None:
    """The test can fail: without the complementary suppression the attacker narrows."""
    indicator = demo_like.indicators[0]
    assert Value.objects.filter(indicator=indicator, suppression="derivable").update(suppression="")
    seen = collect(client, demo_like, indicator)
    failures = attack(demo_like, indicator, seen)
    assert any(low == high for _true, low, high in failures.values())  # some exactly


@pytest.mark.parametrize("role", ["lead", "parent"])
def test_a_member_of_a_coalition_reads_no_more_than_an_anonymous_visitor(
    client: Client, demo_like: World, role: str
) -> None:
    """The figures belong to the national editor who imports them; a coalition's members
    (a parent too) see them suppressed like everyone, so the attack above covers them."""
    from kansrijk.accounts.tests.factories import MembershipFactory
    from kansrijk.coalitions.tests.factories import CoalitionFactory

    indicator = demo_like.indicators[0]
    anonymous = collect(client, demo_like, indicator)
    small = Municipality.objects.get(code="GM9106")  # 1,000 inhabitants
    coalition = CoalitionFactory(slug="klein", municipalities=[small])
    client.force_login(MembershipFactory(coalition=coalition, role=role).user)
    assert collect(client, demo_like, indicator) == anonymous
