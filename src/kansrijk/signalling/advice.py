"""The answer to the broad conversation, built from what the professional marked.

Nothing of the input is stored or logged: this module only reads the programme's lists and
the coalition's agreements, and returns a value that the page renders once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kansrijk.coalitions.models import Coalition
from kansrijk.interventions import selectors as menu_selectors
from kansrijk.regions.models import Municipality
from kansrijk.signalling import selectors
from kansrijk.signalling.criteria import Criteria, Verdict, home_visit_verdict
from kansrijk.signalling.models import (
    Domain,
    Factor,
    FactorKind,
    HomeVisitAgreement,
    InstrumentAgreement,
    Phase,
    VulnerabilityGrade,
)
from kansrijk.socialmap import selectors as socialmap_selectors


@dataclass(frozen=True)
class CarePathAdvice:
    path: Any
    version: Any


@dataclass(frozen=True)
class FittingIntervention:
    name: str
    summary: str
    key: str
    in_palette: bool


@dataclass
class DomainAdvice:
    domain: Domain
    risks: list[Factor] = field(default_factory=list)
    protective: list[Factor] = field(default_factory=list)
    care_paths: list[CarePathAdvice] = field(default_factory=list)

    @property
    def leans_to_risk(self) -> bool:
        return len(self.risks) > len(self.protective)


@dataclass
class Advice:
    municipality: Municipality
    coalition: Coalition | None
    phase: Phase
    grade: VulnerabilityGrade | None
    domains: list[DomainAdvice]
    home_visit: HomeVisitAgreement | None
    verdict: Verdict | None
    instruments: InstrumentAgreement | None
    interventions: list[FittingIntervention]
    other_protective: list[Factor] = field(default_factory=list)


def coalition_for(municipality: Municipality) -> Coalition | None:
    return municipality.coalitions.order_by("name").first()


def criteria_of(agreement: HomeVisitAgreement) -> Criteria:
    return Criteria(
        trigger_domains=frozenset(d.key for d in agreement.trigger_domains.all()),
        minimum_domains=agreement.minimum_domains,
        minimum_grade_rank=agreement.minimum_grade.order if agreement.minimum_grade else None,
    )


def build_advice(
    *,
    municipality: Municipality,
    phase: Phase,
    domains: Iterable[Domain],
    factors: Iterable[Factor],
    grade: VulnerabilityGrade | None,
    user: Any,
) -> Advice:
    marked = {d.pk: DomainAdvice(d) for d in domains}
    other_protective: list[Factor] = []
    for factor in factors:
        if factor.kind == FactorKind.RISK:
            marked.setdefault(factor.domain_id, DomainAdvice(factor.domain)).risks.append(factor)
    for factor in factors:
        if factor.kind == FactorKind.PROTECTIVE:
            if factor.domain_id in marked:
                marked[factor.domain_id].protective.append(factor)
            else:
                other_protective.append(factor)
    ordered = sorted(marked.values(), key=lambda a: (a.domain.order, a.domain.name))
    coalition = coalition_for(municipality)
    agreement = selectors.home_visit_agreement(coalition) if coalition else None
    verdict = (
        home_visit_verdict(
            criteria_of(agreement),
            marked_domains=[a.domain.key for a in ordered],
            grade_rank=grade.order if grade else None,
        )
        if agreement
        else None
    )
    for item in ordered:
        item.care_paths = _care_paths(coalition, item.domain, user)
    return Advice(
        municipality=municipality,
        coalition=coalition,
        phase=phase,
        grade=grade,
        domains=ordered,
        home_visit=agreement,
        verdict=verdict,
        instruments=selectors.instrument_agreement(coalition) if coalition else None,
        interventions=_interventions(coalition, phase, [a.domain for a in ordered]),
        other_protective=other_protective,
    )


def _risk_keys(domains: Iterable[Domain]) -> set[str]:
    return {key for d in domains for key in d.risk_situations.values_list("key", flat=True)}


def _care_paths(coalition: Coalition | None, domain: Domain, user: Any) -> list[CarePathAdvice]:
    """The coalition's care paths for the risk situations of this life domain."""
    if coalition is None:
        return []
    keys = _risk_keys([domain])
    found = []
    for path in socialmap_selectors.care_paths(coalition, user):
        if path.risk_situation.key in keys:
            found.append(CarePathAdvice(path, socialmap_selectors.care_path_version(path)))
    return found


def _interventions(
    coalition: Coalition | None, phase: Phase, domains: list[Domain]
) -> list[FittingIntervention]:
    """First what the coalition offers (its palette), then recognised ones from the menu."""
    keys = _risk_keys(domains)
    found: list[FittingIntervention] = []
    seen: set[str] = set()
    if coalition is not None:
        for item in menu_selectors.palette_list(coalition):
            phases = {p.key for p in item.phases.all()}
            risks = {r.key for r in item.risk_situations.all()}
            if item.intervention is not None:
                phases |= {p.key for p in item.intervention.phases.all()}
                risks |= {r.key for r in item.intervention.risk_situations.all()}
            if phase.key in phases and (not keys or risks & keys):
                key = item.intervention.key if item.intervention else ""
                summary = item.intervention.summary if item.intervention else item.local_description
                found.append(FittingIntervention(item.title, summary, key, True))
                seen.add(key)
    for intervention in menu_selectors.catalogue_list(
        menu_selectors.CatalogueFilter(phase=phase.key)
    ):
        risks = {r.key for r in intervention.risk_situations.all()}
        if intervention.key not in seen and risks & keys:
            found.append(
                FittingIntervention(
                    intervention.name, intervention.summary, intervention.key, False
                )
            )
    return found[:12]
