"""Financing arithmetic: pure, runs with `pytest -p no:django`."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kansrijk.interventions.financing import (
    BudgetRow,
    PlanLine,
    chart_spec,
    national_amount,
    totals_by_source,
)

SPUK = [
    BudgetRow("spuk", 2023, Decimal(15_000_000), False),
    BudgetRow("spuk", 2024, Decimal(16_000_000), False),
    BudgetRow("spuk", 2025, Decimal(16_000_000), False),
    BudgetRow("spuk", 2026, Decimal(20_000_000), True),
]

amounts = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)
lines = st.builds(
    PlanLine,
    year=st.just(2025),
    activity=st.sampled_from(["VoorZorg", "Coalitie"]),
    source_key=st.sampled_from(["spuk-gala", "zvw", "other"]),
    source_name=st.just("name"),
    planned=amounts,
    realised=st.none() | amounts,
)


def test_the_spuk_amount_is_looked_up_per_year_and_recurs_from_2026() -> None:
    assert national_amount(SPUK, kind="spuk", year=2023) == Decimal(15_000_000)
    assert national_amount(SPUK, kind="spuk", year=2025) == Decimal(16_000_000)
    assert national_amount(SPUK, kind="spuk", year=2026) == Decimal(20_000_000)
    assert national_amount(SPUK, kind="spuk", year=2031) == Decimal(20_000_000)


def test_there_is_no_amount_before_the_first_year_or_after_a_one_off_year() -> None:
    assert national_amount(SPUK, kind="spuk", year=2022) is None
    one_off = [BudgetRow("x", 2023, Decimal(1), False)]
    assert national_amount(one_off, kind="x", year=2024) is None


def test_the_totals_add_up_per_source_and_unrealised_lines_count_as_zero() -> None:
    totals = totals_by_source(
        [
            PlanLine(2025, "VoorZorg", "spuk-gala", "SPUK", Decimal(100), Decimal(80)),
            PlanLine(2025, "Coalitie", "spuk-gala", "SPUK", Decimal(50)),
            PlanLine(2025, "Centering", "zvw", "Zvw", Decimal(10), Decimal(12)),
        ]
    )
    assert [(t.source_key, t.planned, t.realised) for t in totals] == [
        ("spuk-gala", Decimal(150), Decimal(80)),
        ("zvw", Decimal(10), Decimal(12)),
    ]


@given(st.lists(lines, max_size=12))
def test_no_money_is_lost_or_invented_in_the_totals(plan: list[PlanLine]) -> None:
    totals = totals_by_source(plan)
    assert sum((t.planned for t in totals), Decimal(0)) == sum(
        (line.planned for line in plan), Decimal(0)
    )
    assert sum((t.realised for t in totals), Decimal(0)) == sum(
        (line.realised or Decimal(0) for line in plan), Decimal(0)
    )
    assert len({t.source_key for t in totals}) == len(totals)


def test_the_chart_has_a_planned_and_a_realised_bar_per_source() -> None:
    totals = totals_by_source([PlanLine(2025, "a", "zvw", "Zvw", Decimal(10), Decimal(5))])
    spec = chart_spec(totals, title="2025", planned="Gepland", realised="Gerealiseerd")
    assert spec["data"] == {
        "values": [
            {"source": "Zvw", "kind": "Gepland", "amount": 10.0},
            {"source": "Zvw", "kind": "Gerealiseerd", "amount": 5.0},
        ]
    }
