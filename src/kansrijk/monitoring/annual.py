"""The annual report: what the coalition's data says about one year, in the order of the
yearly national monitoring questionnaire (composition, agreements, signalling,
interventions, financing, monitoring, borging). One structure feeds the page, the PDF and
the CSV, so the three never disagree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from kansrijk.coalitions import selectors as coalition_selectors
from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring import readers, selectors, steptracker, survey
from kansrijk.monitoring.models import AttentionStatus


@dataclass
class Section:
    key: str
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)

    def add(self, question: str, answer: object) -> None:
        self.rows.append((question, _("no data") if answer is None else str(answer)))


def _composition(coalition: Coalition, year: int) -> Section:
    section = Section("composition", _("Composition of the coalition"))
    partners = list(coalition_selectors.partners_by_ring(coalition=coalition))
    section.add(_("Kind of coalition"), coalition.get_kind_display())
    section.add(
        _("Municipalities"), ", ".join(m.name for m in coalition.municipalities.order_by("name"))
    )
    section.add(_("Lead organisation"), coalition.lead_organisation or None)
    section.add(_("Number of partners"), len(partners))
    by_domain: dict[str, int] = {}
    for p in partners:
        by_domain[p.partner_type.domain.label] = by_domain.get(p.partner_type.domain.label, 0) + 1
    for domain, count in sorted(by_domain.items()):
        section.add(_("Partners in the %(domain)s") % {"domain": domain.lower()}, count)
    joined = sum(1 for p in partners if p.joined_on and p.joined_on.year == year)
    section.add(_("Partners that joined in %(year)d") % {"year": year}, joined)
    declaration = getattr(coalition, "declaration", None)
    section.add(
        _("Declaration of intent signed"),
        declaration.signed_on.isoformat() if declaration else _("no"),
    )
    return section


def _agreements(coalition: Coalition, year: int) -> Section:
    section = Section("agreements", _("Collaboration agreements"))
    state = readers.care_path_state(coalition, date(year, 12, 31))
    if state is None:
        section.add(_("Care paths"), None)
    else:
        total, active, reviewed = state
        section.add(_("Care paths for chosen risk situations"), total)
        section.add(_("Care paths with a current version"), active)
        section.add(_("Care paths with a review date not passed at year end"), reviewed)
    return section


def _signalling(coalition: Coalition, tracked: list[steptracker.TrackedStep]) -> Section:
    section = Section("signalling", _("Early signalling"))
    step = tracked[3]
    section.add(_("Declared status of step 4"), step.declared_label)
    section.add(_("Derived status of step 4"), f"{step.derived_label}: {step.derived.reason}")
    return section


def _interventions(coalition: Coalition) -> Section:
    section = Section("interventions", _("Interventions"))
    state = readers.palette_state(coalition)
    if state is None:
        section.add(_("Interventions in the palette"), None)
    else:
        count, covered, phases, reach = state
        section.add(_("Interventions in the palette"), count)
        section.add(_("Phases covered"), f"{covered} / {phases}")
        section.add(_("Reach per year (sum of the palette)"), reach)
    return section


def _financing(coalition: Coalition, year: int) -> Section:
    section = Section("financing", _("Financing"))
    totals = readers.financing(coalition, year)
    if totals is None:
        section.add(_("Planned (EUR)"), None)
    else:
        section.add(_("Planned (EUR)"), f"{totals[0]:.2f}")
        section.add(_("Realised (EUR)"), f"{totals[1]:.2f}")
    return section


def _monitoring(coalition: Coalition, year: int) -> Section:
    section = Section("monitoring", _("Monitoring and evaluation"))
    goals = selectors.coalition_goals(coalition=coalition, today=date(year, 12, 31))
    section.add(_("Shared goals"), len(goals))
    for view in goals:
        measured = [m for m in view.measurements if m.measured_on.year == year]
        latest = measured[-1].value if measured else None
        section.add(
            _("Goal: %(goal)s") % {"goal": view.goal.statement},
            _("%(status)s; baseline %(b)s, target %(t)s by %(d)s, last value in the year %(v)s")
            % {
                "status": view.status_label,
                "b": view.goal.baseline,
                "t": view.goal.target,
                "d": view.goal.deadline.isoformat(),
                "v": latest if latest is not None else "-",
            },
        )
    section.add(_("Closed collaboration surveys"), survey.closed_round_count(coalition))
    return section


def _borging(coalition: Coalition, year: int) -> Section:
    section = Section("borging", _("Borging"))
    counts = selectors.attention_counts(coalition=coalition)
    for status in AttentionStatus:
        section.add(_("Attention points: %(status)s") % {"status": status.label}, counts[status])
    for embedding in selectors.embeddings(coalition=coalition):
        section.add(
            _("Embedded in: %(kind)s") % {"kind": embedding.kind.label},
            f"{embedding.title}"
            + (f" ({embedding.adopted_on.isoformat()})" if embedding.adopted_on else ""),
        )
    plan = selectors.current_plan(coalition=coalition)
    section.add(_("Multi-year plan"), f"{plan.first_year}-{plan.last_year}" if plan else _("no"))
    return section


def build(coalition: Coalition, year: int) -> list[Section]:
    tracked = steptracker.track(coalition)
    steps = Section("steps", _("Steps of the chain approach"))
    for step in tracked:
        steps.add(
            _("Step %(n)d: %(label)s") % {"n": step.number, "label": step.label},
            _("declared %(declared)s, derived %(derived)s")
            % {"declared": step.declared_label, "derived": step.derived_label},
        )
    return [
        _composition(coalition, year),
        _agreements(coalition, year),
        _signalling(coalition, tracked),
        _interventions(coalition),
        _financing(coalition, year),
        _monitoring(coalition, year),
        _borging(coalition, year),
        steps,
    ]


def csv_rows(sections: list[Section]) -> list[list[str]]:
    return [[s.title, q, a] for s in sections for q, a in s.rows]
