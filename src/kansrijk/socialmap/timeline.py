"""The customer route (klantroute) as a timeline from before pregnancy to age two (pure).

Each of the four phases gets an equal share of the width, so the short phase right after
birth stays readable; within a phase, months are spread linearly. Services span the
phases they serve, packed into as few rows as possible per domain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# phase key -> (first month, last month) relative to birth.
PHASE_MONTHS: dict[str, tuple[float, float]] = {
    "before_pregnancy": (-15.0, -9.0),
    "during_pregnancy": (-9.0, 0.0),
    "after_birth": (0.0, 3.0),
    "first_two_years": (3.0, 24.0),
}
PHASES = tuple(PHASE_MONTHS)


def position(month: float) -> float:
    """Horizontal position (0 = start of the route, 1 = the second birthday) of a month."""
    share = 1 / len(PHASES)
    for index, (start, end) in enumerate(PHASE_MONTHS.values()):
        if month <= end or index == len(PHASES) - 1:
            fraction = min(max((month - start) / (end - start), 0.0), 1.0)
            return round(index * share + fraction * share, 4)
    return 1.0  # pragma: no cover - loop always returns


@dataclass(frozen=True)
class Moment:
    key: str
    label: str
    month: float
    phase: str


@dataclass(frozen=True)
class Item:
    """A service (or intervention) on the route."""

    key: str
    label: str
    domain: str
    phases: tuple[str, ...]


@dataclass(frozen=True)
class Bar:
    item: Item
    row: int
    start: float
    end: float


@dataclass
class Lane:
    domain: str
    bars: list[Bar] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return max((bar.row for bar in self.bars), default=-1) + 1


@dataclass(frozen=True)
class Timeline:
    phases: tuple[tuple[str, float, float], ...]
    moments: tuple[tuple[Moment, float], ...]
    lanes: tuple[Lane, ...]

    def items_in(self, phase: str) -> list[Item]:
        return [bar.item for lane in self.lanes for bar in lane.bars if phase in bar.item.phases]


def _span(phases: Sequence[str]) -> tuple[float, float]:
    indexes = sorted(PHASES.index(phase) for phase in phases if phase in PHASE_MONTHS)
    share = 1 / len(PHASES)
    return round(indexes[0] * share, 4), round((indexes[-1] + 1) * share, 4)


def build_timeline(
    moments: Iterable[Moment], items: Iterable[Item], domains: Sequence[str]
) -> Timeline:
    share = 1 / len(PHASES)
    phases = tuple(
        (phase, round(index * share, 4), round((index + 1) * share, 4))
        for index, phase in enumerate(PHASES)
    )
    placed = tuple(sorted(((m, position(m.month)) for m in moments), key=lambda p: p[1]))
    lanes = []
    for domain in domains:
        lane = Lane(domain=domain)
        row_ends: list[float] = []
        candidates = [i for i in items if i.domain == domain and set(i.phases) & set(PHASES)]
        spans = sorted(((_span(i.phases), i) for i in candidates), key=lambda s: (s[0], s[1].label))
        for (start, end), item in spans:
            row = next((r for r, taken in enumerate(row_ends) if taken <= start), len(row_ends))
            if row == len(row_ends):
                row_ends.append(end)
            else:
                row_ends[row] = end
            lane.bars.append(Bar(item=item, row=row, start=start, end=end))
        lanes.append(lane)
    return Timeline(phases=phases, moments=placed, lanes=tuple(lanes))
