"""Peer matching: which coalitions are like this one, or have solved what it works on.

Pure Python (no Django), so the rules can be tested on their own. Every suggestion carries
its reasons; a coalition without a reason is never suggested. Only facts that the other
coalition made public (or that are public anyway, like CBS key figures) go in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

IN_PLACE = "in_place"


class ReasonKind(StrEnum):
    SIZE = "size"
    URBANITY = "urbanity"
    THEME = "theme"
    CARE_PATH = "care_path"
    INDICATOR = "indicator"
    STEP = "step"


# How much each kind of reason weighs; a shared theme and a step solved count most.
WEIGHTS: Mapping[ReasonKind, float] = {
    ReasonKind.SIZE: 1.0,
    ReasonKind.URBANITY: 1.0,
    ReasonKind.THEME: 2.0,
    ReasonKind.CARE_PATH: 2.0,
    ReasonKind.INDICATOR: 1.5,
    ReasonKind.STEP: 3.0,
}
SIZE_RATIO = 2.0  # populations within a factor two count as "similar size"


@dataclass(frozen=True)
class ThemeFact:
    label: str
    since: int | None = None


@dataclass(frozen=True)
class Profile:
    """What is known (and may be shown) of one coalition."""

    key: str
    name: str
    population: int | None = None
    urbanity: int | None = None  # CBS: 1 very strongly urban ... 5 not urban
    themes: Mapping[str, ThemeFact] = field(default_factory=dict)
    care_paths: Mapping[str, ThemeFact] = field(default_factory=dict)  # risk situation key
    unfavourable: Mapping[str, str] = field(default_factory=dict)  # indicator key -> label
    steps: Mapping[int, str] = field(default_factory=dict)  # step -> status
    step_labels: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    label: str = ""
    since: int | None = None
    step: int | None = None
    value: int | None = None


@dataclass(frozen=True)
class Suggestion:
    profile: Profile
    score: float
    reasons: tuple[Reason, ...]


def stuck_step(profile: Profile) -> int | None:
    """The first step of the chain that is not in place (where the coalition is working)."""
    for step in range(1, 8):
        if profile.steps.get(step, "not_started") != IN_PLACE:
            return step
    return None


def similar_size(a: int | None, b: int | None) -> bool:
    if not a or not b:
        return False
    return max(a, b) / min(a, b) <= SIZE_RATIO


def reasons_for(target: Profile, peer: Profile) -> list[Reason]:
    reasons: list[Reason] = []
    step = stuck_step(target)
    if step is not None and peer.steps.get(step) == IN_PLACE:
        reasons.append(Reason(ReasonKind.STEP, label=target.step_labels.get(step, ""), step=step))
    for key in sorted(set(target.themes) & set(peer.themes)):
        fact = peer.themes[key]
        reasons.append(Reason(ReasonKind.THEME, label=fact.label, since=fact.since))
    for key in sorted(set(target.care_paths) & set(peer.care_paths)):
        fact = peer.care_paths[key]
        reasons.append(Reason(ReasonKind.CARE_PATH, label=fact.label, since=fact.since))
    for key in sorted(set(target.unfavourable) & set(peer.unfavourable)):
        reasons.append(Reason(ReasonKind.INDICATOR, label=peer.unfavourable[key]))
    if similar_size(target.population, peer.population):
        reasons.append(Reason(ReasonKind.SIZE, value=peer.population))
    if target.urbanity is not None and target.urbanity == peer.urbanity:
        reasons.append(Reason(ReasonKind.URBANITY, value=peer.urbanity))
    return reasons


def score(reasons: Iterable[Reason]) -> float:
    return sum(WEIGHTS[r.kind] for r in reasons)


def suggest(
    target: Profile, candidates: Iterable[Profile], *, limit: int = 5, min_score: float = 2.0
) -> list[Suggestion]:
    """The best peers for ``target``, most similar first; ties by name.

    ``min_score`` keeps out peers that are only alike in one weak respect (size alone).
    """
    found = []
    for peer in candidates:
        if peer.key == target.key:
            continue
        reasons = reasons_for(target, peer)
        total = score(reasons)
        if reasons and total >= min_score:
            found.append(Suggestion(profile=peer, score=total, reasons=tuple(reasons)))
    found.sort(key=lambda s: (-s.score, s.profile.name))
    return found[:limit]
