"""The gap analysis of a coalition's palette, with explained suggestions (pure Python).

A *cell* is one phase x one risk situation. A cell is *covered* when the coalition offers
something (a catalogue intervention or a local offer) for that phase and risk situation;
otherwise it is a *gap*. Every gap has a *weight*: a base of 1 plus the points of the
coalition's own evidence that applies to it (startfoto indicators that are significantly
unfavourable, Analysetool points to improve, signal counts). Gaps are ranked by weight.

For every gap the catalogue interventions that the coalition does not offer yet and that
address the gap's risk situation are *suggested*, ranked by a score that is the weighted sum
of three components, each between 0 and 1 and each explained in words:

- fit: 1 when the intervention addresses both the phase and the risk situation, 0.5 when it
  addresses the risk situation in another phase only;
- recognition: the points of its recognition level (data the editor maintains);
- fundability: the best of the points of its Zvw status and of its usual funding routes.

Nothing else enters the score: ``Suggestion.score`` is exactly the sum of the components'
contributions, so the page can show the whole sum. The module has no Django imports; the
caller passes a ``translate`` function for the words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

WEIGHTS: Mapping[str, float] = {"fit": 0.5, "recognition": 0.3, "fundability": 0.2}
BASE_GAP_WEIGHT = 1.0
FIT_EXACT = 1.0
FIT_RISK_ONLY = 0.5


def gettext_noop(message: str) -> str:
    """Mark a string for translation (picked up by makemessages) without translating."""
    return message


def _identity(message: str) -> str:
    return message


@dataclass(frozen=True, order=True)
class Cell:
    phase: str
    risk: str


@dataclass(frozen=True)
class Evidence:
    """One finding of the coalition's own data that makes some cells matter more."""

    source: str
    text: str
    points: float
    phase: str | None = None
    risk: str | None = None

    def applies_to(self, cell: Cell) -> bool:
        return (self.phase is None or self.phase == cell.phase) and (
            self.risk is None or self.risk == cell.risk
        )


@dataclass(frozen=True)
class FundingRoute:
    name: str
    points: float


@dataclass(frozen=True)
class Candidate:
    """A catalogue intervention as the scoring sees it."""

    key: str
    name: str
    phases: frozenset[str]
    risks: frozenset[str]
    recognition_name: str
    recognition_points: float
    zvw_name: str
    zvw_points: float
    funding_routes: tuple[FundingRoute, ...] = ()


@dataclass(frozen=True)
class ScoreComponent:
    key: str
    label: str
    value: float
    weight: float
    explanation: str

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class Suggestion:
    intervention_key: str
    name: str
    components: tuple[ScoreComponent, ...]

    @property
    def score(self) -> float:
        return sum(component.contribution for component in self.components)


@dataclass(frozen=True)
class Gap:
    cell: Cell
    weight: float
    evidence: tuple[Evidence, ...]
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class GapAnalysis:
    phases: tuple[str, ...]
    risks: tuple[str, ...]
    covered: frozenset[Cell]
    gaps: tuple[Gap, ...]
    _by_cell: Mapping[Cell, Gap] = field(default_factory=dict, repr=False, compare=False)

    def gap(self, phase: str, risk: str) -> Gap | None:
        return self._by_cell.get(Cell(phase, risk))

    @property
    def max_weight(self) -> float:
        return max((gap.weight for gap in self.gaps), default=BASE_GAP_WEIGHT)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _number(value: float) -> str:
    return f"{value:.2f}"


def score_candidate(
    candidate: Candidate,
    cell: Cell,
    *,
    labels: Mapping[str, str],
    translate: Callable[[str], str] = _identity,
    number: Callable[[float], str] = _number,
) -> Suggestion | None:
    """The explained score of one candidate for one gap, or None when it does not fit."""
    if cell.risk not in candidate.risks:
        return None
    phase_name = labels.get(cell.phase, cell.phase)
    risk_name = labels.get(cell.risk, cell.risk)
    if cell.phase in candidate.phases:
        fit = FIT_EXACT
        fit_text = translate(
            gettext_noop("Addresses the risk situation {risk} in the phase {phase}: fit {value}.")
        ).format(risk=risk_name, phase=phase_name, value=number(fit))
    else:
        fit = FIT_RISK_ONLY
        fit_text = translate(
            gettext_noop(
                "Addresses the risk situation {risk}, but not in the phase {phase}: fit {value}."
            )
        ).format(risk=risk_name, phase=phase_name, value=number(fit))

    recognition = _clamp(candidate.recognition_points)
    recognition_text = translate(gettext_noop("Recognition level {level}: {value}.")).format(
        level=candidate.recognition_name, value=number(recognition)
    )

    best_route = max(candidate.funding_routes, key=lambda route: route.points, default=None)
    zvw = _clamp(candidate.zvw_points)
    if best_route is not None and _clamp(best_route.points) > zvw:
        fundability = _clamp(best_route.points)
        funding_text = translate(
            gettext_noop("Best funding route {route}: {value} (Zvw status {zvw}).")
        ).format(route=best_route.name, value=number(fundability), zvw=candidate.zvw_name)
    else:
        fundability = zvw
        funding_text = translate(gettext_noop("Zvw status {zvw}: {value}.")).format(
            zvw=candidate.zvw_name, value=number(fundability)
        )

    components = (
        ScoreComponent(
            "fit", translate(gettext_noop("Fit to the gap")), fit, WEIGHTS["fit"], fit_text
        ),
        ScoreComponent(
            "recognition",
            translate(gettext_noop("Recognition level")),
            recognition,
            WEIGHTS["recognition"],
            recognition_text,
        ),
        ScoreComponent(
            "fundability",
            translate(gettext_noop("Fundability")),
            fundability,
            WEIGHTS["fundability"],
            funding_text,
        ),
    )
    return Suggestion(candidate.key, candidate.name, components)


def gap_weight(cell: Cell, evidence: Iterable[Evidence]) -> tuple[float, tuple[Evidence, ...]]:
    """The weight of a gap (base plus applicable evidence points) and that evidence."""
    applicable = tuple(item for item in evidence if item.applies_to(cell) and item.points > 0)
    return BASE_GAP_WEIGHT + sum(item.points for item in applicable), applicable


def analyse_gaps(
    *,
    phases: Sequence[str],
    risks: Sequence[str],
    covered: Iterable[Cell],
    catalogue: Sequence[Candidate],
    offered: Collection[str] = (),
    evidence: Sequence[Evidence] = (),
    labels: Mapping[str, str] | None = None,
    translate: Callable[[str], str] = _identity,
    number: Callable[[float], str] = _number,
    max_suggestions: int = 3,
) -> GapAnalysis:
    """Find the empty cells, weigh them and suggest what could fill each."""
    names = labels or {}
    covered_cells = frozenset(
        cell for cell in covered if cell.phase in phases and cell.risk in risks
    )
    candidates = [candidate for candidate in catalogue if candidate.key not in offered]
    gaps: list[Gap] = []
    order = {
        (phase, risk): index
        for index, (phase, risk) in enumerate((phase, risk) for phase in phases for risk in risks)
    }
    for phase in phases:
        for risk in risks:
            cell = Cell(phase, risk)
            if cell in covered_cells:
                continue
            weight, applicable = gap_weight(cell, evidence)
            scored = [
                suggestion
                for candidate in candidates
                if (
                    suggestion := score_candidate(
                        candidate, cell, labels=names, translate=translate, number=number
                    )
                )
                is not None
            ]
            scored.sort(key=lambda suggestion: (-suggestion.score, suggestion.name))
            gaps.append(Gap(cell, weight, applicable, tuple(scored[:max_suggestions])))
    gaps.sort(key=lambda gap: (-gap.weight, order[(gap.cell.phase, gap.cell.risk)]))
    return GapAnalysis(
        phases=tuple(phases),
        risks=tuple(risks),
        covered=covered_cells,
        gaps=tuple(gaps),
        _by_cell={gap.cell: gap for gap in gaps},
    )
