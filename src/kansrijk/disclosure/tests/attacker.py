"""The attacker: every published number is an equation over the unknown true counts.

The unknowns are the true counts of the smallest units (a municipality in a year, a
respondent group per answer); each published number says that the sum of some of them
equals it. Hidden numbers are sums too, and what the attacker can learn of one is the range
its sum can take: linear programming (SciPy's HiGHS) with every unknown at least 0 (the
integer condition relaxed, which only helps the attacker to be sure of nothing wrong).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import lil_matrix

Atom = Hashable


@dataclass(frozen=True)
class Published:
    atoms: frozenset[Atom]
    value: float


class Attacker:
    def __init__(self, published: Iterable[Published], extra_atoms: Iterable[Atom] = ()) -> None:
        self.equations = [p for p in published if p.atoms]
        atoms: set[Atom] = set(extra_atoms)
        for equation in self.equations:
            atoms |= equation.atoms
        self.index = {atom: i for i, atom in enumerate(sorted(atoms, key=repr))}
        matrix = lil_matrix((len(self.equations), len(self.index)))
        for row, equation in enumerate(self.equations):
            for atom in equation.atoms:
                matrix[row, self.index[atom]] = 1.0
        self.matrix = matrix.tocsr()
        self.values = np.array([e.value for e in self.equations], dtype=float)

    def bounds(self, target: Iterable[Atom]) -> tuple[float, float]:
        """The least and the most the sum of ``target`` can be, given everything published."""
        cost = np.zeros(len(self.index))
        for atom in target:
            cost[self.index[atom]] = 1.0
        found = []
        for sign in (1.0, -1.0):
            result = linprog(
                sign * cost,
                A_eq=self.matrix if self.equations else None,
                b_eq=self.values if self.equations else None,
                bounds=(0, None),
                method="highs",
            )
            if result.status == 3:  # unbounded: the attacker knows no upper limit
                found.append(float("inf"))
                continue
            if result.status != 0:
                raise AssertionError(f"the published numbers contradict each other: {result}")
            found.append(sign * float(result.fun))
        return found[0], found[1]


def narrowed(
    attacker: Attacker,
    targets: Mapping[Hashable, tuple[Sequence[Atom], float]],
    *,
    width: float,
) -> dict[Hashable, tuple[float, float, float]]:
    """The targets (name -> atoms, true value) whose range is narrower than ``width``,
    with (true value, least, most)."""
    failures: dict[Hashable, tuple[float, float, float]] = {}
    for name, (atoms, true) in targets.items():
        low, high = attacker.bounds(atoms)
        assert low - 1e-6 <= true <= high + 1e-6, (name, low, true, high)
        if high - low < width - 1e-6:
            failures[name] = (true, low, high)
    return failures
