"""Whether a coalition's criteria for offering the prenatal home visit are met (pure code).

The criteria are data of the coalition: a set of life domains that count, how many of them
must be marked, and a vulnerability grade from which the visit is offered regardless.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Criteria:
    trigger_domains: frozenset[str]
    minimum_domains: int
    minimum_grade_rank: int | None  # the ``order`` of the grade; None: grade does not count


@dataclass(frozen=True)
class Verdict:
    met: bool
    matching_domains: tuple[str, ...]
    by_grade: bool


def home_visit_verdict(
    criteria: Criteria, *, marked_domains: Collection[str], grade_rank: int | None
) -> Verdict:
    matching = tuple(sorted(set(marked_domains) & criteria.trigger_domains))
    by_domains = bool(criteria.trigger_domains) and len(matching) >= criteria.minimum_domains
    by_grade = (
        criteria.minimum_grade_rank is not None
        and grade_rank is not None
        and grade_rank >= criteria.minimum_grade_rank
    )
    return Verdict(met=by_domains or by_grade, matching_domains=matching, by_grade=by_grade)


@dataclass(frozen=True)
class DomainBalance:
    """Per life domain: the marked risk and protective factors (no score, a reminder)."""

    domain: str
    risks: int
    protective: int

    @property
    def leans_to_risk(self) -> bool:
        return self.risks > self.protective
