"""The gap analysis: pure, runs with `pytest -p no:django`."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kansrijk.interventions.gaps import (
    BASE_GAP_WEIGHT,
    WEIGHTS,
    Candidate,
    Cell,
    Evidence,
    FundingRoute,
    analyse_gaps,
    score_candidate,
)

PHASES = ("before", "during", "after")
RISKS = ("debts", "addiction", "network", "housing")

points = st.floats(min_value=0, max_value=1, allow_nan=False)


@st.composite
def candidates(draw: st.DrawFn, key: str | None = None) -> Candidate:
    return Candidate(
        key=key or draw(st.text(alphabet="abcdefgh", min_size=1, max_size=6)),
        name=draw(st.text(alphabet="ABCDEFGH", min_size=1, max_size=6)),
        phases=frozenset(draw(st.sets(st.sampled_from(PHASES), min_size=1))),
        risks=frozenset(draw(st.sets(st.sampled_from(RISKS), min_size=1))),
        recognition_name="level",
        recognition_points=draw(points),
        zvw_name="zvw",
        zvw_points=draw(points),
        funding_routes=tuple(
            FundingRoute(name, value)
            for name, value in draw(
                st.lists(st.tuples(st.sampled_from(["spuk", "municipal"]), points), max_size=2)
            )
        ),
    )


@st.composite
def catalogues(draw: st.DrawFn) -> list[Candidate]:
    keys = draw(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), unique=True))
    return [draw(candidates(key=key)) for key in keys]


cells = st.builds(Cell, st.sampled_from(PHASES), st.sampled_from(RISKS))
evidence_items = st.builds(
    Evidence,
    source=st.just("startfoto"),
    text=st.just("unfavourable"),
    points=st.floats(min_value=0, max_value=5, allow_nan=False),
    phase=st.none() | st.sampled_from(PHASES),
    risk=st.none() | st.sampled_from(RISKS),
)


def _candidate(**overrides: object) -> Candidate:
    values: dict[str, object] = {
        "key": "home-start",
        "name": "Home-Start",
        "phases": frozenset({"after"}),
        "risks": frozenset({"network"}),
        "recognition_name": "Goed onderbouwd",
        "recognition_points": 0.55,
        "zvw_name": "Niet verzekerd",
        "zvw_points": 0.3,
        "funding_routes": (FundingRoute("SPUK GALA", 0.8),),
    }
    values.update(overrides)
    return Candidate(**values)  # type: ignore[arg-type]


def test_a_cell_where_the_coalition_offers_something_is_not_a_gap() -> None:
    analysis = analyse_gaps(
        phases=PHASES, risks=RISKS, covered=[Cell("after", "network")], catalogue=[]
    )
    assert analysis.gap("after", "network") is None
    assert analysis.gap("after", "debts") is not None
    assert len(analysis.gaps) == len(PHASES) * len(RISKS) - 1


def test_an_exact_fit_scores_the_weighted_sum_of_its_components_and_says_so() -> None:
    suggestion = score_candidate(_candidate(), Cell("after", "network"), labels={})
    assert suggestion is not None
    expected = WEIGHTS["fit"] * 1.0 + WEIGHTS["recognition"] * 0.55 + WEIGHTS["fundability"] * 0.8
    assert math.isclose(suggestion.score, expected)
    words = [component.explanation for component in suggestion.components]
    assert "Addresses the risk situation network in the phase after: fit 1.00." in words
    assert "Recognition level Goed onderbouwd: 0.55." in words
    assert "Best funding route SPUK GALA: 0.80 (Zvw status Niet verzekerd)." in words


def test_an_intervention_for_the_risk_in_another_phase_fits_half() -> None:
    suggestion = score_candidate(
        _candidate(), Cell("during", "network"), labels={"during": "Tijdens"}
    )
    assert suggestion is not None
    fit = next(component for component in suggestion.components if component.key == "fit")
    assert fit.value == 0.5
    assert "not in the phase Tijdens" in fit.explanation


def test_an_intervention_for_another_risk_situation_is_not_suggested() -> None:
    assert score_candidate(_candidate(), Cell("after", "debts"), labels={}) is None


def test_an_insured_intervention_takes_its_fundability_from_the_zvw_status() -> None:
    suggestion = score_candidate(
        _candidate(zvw_name="Verzekerd", zvw_points=1.0), Cell("after", "network"), labels={}
    )
    assert suggestion is not None
    fundability = suggestion.components[2]
    assert fundability.value == 1.0
    assert fundability.explanation == "Zvw status Verzekerd: 1.00."


def test_the_words_are_translated_with_the_function_the_caller_passes() -> None:
    dutch = {"Fit to the gap": "Aansluiting op het gat"}
    suggestion = score_candidate(
        _candidate(), Cell("after", "network"), labels={}, translate=lambda s: dutch.get(s, s)
    )
    assert suggestion is not None
    assert suggestion.components[0].label == "Aansluiting op het gat"


def test_evidence_makes_its_gap_heavier_and_ranks_it_first() -> None:
    evidence = [Evidence("startfoto", "Late start of pregnancy care", 2.0, phase="during")]
    analysis = analyse_gaps(phases=PHASES, risks=RISKS, covered=[], catalogue=[], evidence=evidence)
    assert analysis.gaps[0].cell.phase == "during"
    assert analysis.gaps[0].weight == BASE_GAP_WEIGHT + 2.0
    assert analysis.gaps[0].evidence == tuple(evidence)
    assert analysis.gap("before", "debts").weight == BASE_GAP_WEIGHT  # type: ignore[union-attr]


def test_an_offered_intervention_is_never_suggested_again() -> None:
    analysis = analyse_gaps(
        phases=PHASES,
        risks=RISKS,
        covered=[],
        catalogue=[_candidate()],
        offered={"home-start"},
    )
    assert all(not gap.suggestions for gap in analysis.gaps)


@settings(deadline=None)  # a shared, busy machine: no timing in tests
@given(
    catalogue=catalogues(),
    covered=st.sets(cells),
    evidence=st.lists(evidence_items, max_size=5),
    offered=st.sets(st.text(alphabet="abcdefgh", min_size=1, max_size=6), max_size=3),
)
def test_the_analysis_holds_for_any_palette(
    catalogue: list[Candidate],
    covered: set[Cell],
    evidence: list[Evidence],
    offered: set[str],
) -> None:
    analysis = analyse_gaps(
        phases=PHASES,
        risks=RISKS,
        covered=covered,
        catalogue=catalogue,
        offered=offered,
        evidence=evidence,
        max_suggestions=5,
    )
    gap_cells = {gap.cell for gap in analysis.gaps}
    assert gap_cells.isdisjoint(covered)
    assert len(gap_cells) + len(covered) == len(PHASES) * len(RISKS)
    weights = [gap.weight for gap in analysis.gaps]
    assert weights == sorted(weights, reverse=True)
    for gap in analysis.gaps:
        assert gap.weight >= BASE_GAP_WEIGHT
        assert math.isclose(gap.weight, BASE_GAP_WEIGHT + sum(item.points for item in gap.evidence))
        scores = [suggestion.score for suggestion in gap.suggestions]
        assert scores == sorted(scores, reverse=True)
        for suggestion in gap.suggestions:
            assert suggestion.intervention_key not in offered
            assert 0.0 <= suggestion.score <= 1.0 + 1e-9
            assert math.isclose(
                suggestion.score, sum(c.value * c.weight for c in suggestion.components)
            )
            assert {c.key for c in suggestion.components} == set(WEIGHTS)
            assert all(0.0 <= c.value <= 1.0 and c.explanation for c in suggestion.components)


@settings(deadline=None)  # a shared, busy machine: no timing in tests
@given(candidate=candidates(), cell=cells, better=points)
def test_a_higher_recognition_level_never_lowers_the_score(
    candidate: Candidate, cell: Cell, better: float
) -> None:
    worse = min(candidate.recognition_points, better)
    best = max(candidate.recognition_points, better)
    low = score_candidate(
        Candidate(**{**candidate.__dict__, "recognition_points": worse}), cell, labels={}
    )
    high = score_candidate(
        Candidate(**{**candidate.__dict__, "recognition_points": best}), cell, labels={}
    )
    assert (low is None) == (high is None)
    if low is not None and high is not None:
        assert high.score >= low.score


@settings(deadline=None)  # a shared, busy machine: no timing in tests
@given(cell=cells, evidence=st.lists(evidence_items, max_size=5), extra=evidence_items)
def test_more_evidence_never_makes_a_gap_lighter(
    cell: Cell, evidence: list[Evidence], extra: Evidence
) -> None:
    from kansrijk.interventions.gaps import gap_weight

    before, _ = gap_weight(cell, evidence)
    after, _ = gap_weight(cell, [*evidence, extra])
    assert after >= before


def test_the_shade_follows_the_weight_between_the_lightest_and_the_heaviest_gap() -> None:
    from kansrijk.interventions.templatetags.interventions import shade

    # the coalition's gaps weigh 3 to 7: four equal bands, whatever the absolute weights
    assert [shade(w, 3.0, 7.0) for w in (3.0, 3.9, 4.0, 5.5, 6.9, 7.0)] == [1, 1, 2, 3, 4, 4]
    assert shade(4.0, 4.0, 4.0) == 1  # every gap weighs the same: one shade
