"""The step tracker: each step's status derived from the coalition's data.

One small function per step. Each reads the other apps only when they are installed
(``django.apps.apps.is_installed``) and only through their models and selectors, and
returns a status with one sentence that says why. When the data that would decide a step
is not part of this installation, the status is ``unknown``, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kansrijk.coalitions import selectors as coalition_selectors
from kansrijk.coalitions.models import STEPS, Coalition, StepStatus
from kansrijk.monitoring import selectors
from kansrijk.monitoring.models import AttentionStatus

UNKNOWN = "unknown"
IN_PLACE, IN_PROGRESS, NOT_STARTED = (
    StepStatus.IN_PLACE.value,
    StepStatus.IN_PROGRESS.value,
    StepStatus.NOT_STARTED.value,
)


@dataclass(frozen=True)
class Derived:
    status: str
    reason: str


def step_1(coalition: Coalition) -> Derived:
    partners = coalition.partners.count()
    domains = coalition.partners.values_list("partner_type__domain", flat=True).distinct().count()
    declared = hasattr(coalition, "declaration")
    if partners and declared and domains >= 3:
        return Derived(
            IN_PLACE,
            _("%(n)d partners from %(d)d domains and a signed declaration of intent.")
            % {"n": partners, "d": domains},
        )
    if partners:
        return Derived(
            IN_PROGRESS,
            _(
                "%(n)d partners from %(d)d domains; in place needs partners from at least "
                "three domains and a signed declaration of intent."
            )
            % {"n": partners, "d": domains},
        )
    return Derived(NOT_STARTED, _("No partners registered yet."))


def step_2(coalition: Coalition) -> Derived:
    from kansrijk.monitoring import readers

    return readers.information(coalition)


def step_3(coalition: Coalition) -> Derived:
    from kansrijk.monitoring import readers

    return readers.agreements(coalition)


def step_4(coalition: Coalition) -> Derived:
    from kansrijk.monitoring import readers

    return readers.signalling(coalition)


def step_5(coalition: Coalition) -> Derived:
    from kansrijk.monitoring import readers

    return readers.interventions(coalition)


def step_6(coalition: Coalition) -> Derived:
    from kansrijk.monitoring import survey

    goals = selectors.coalition_goals(coalition=coalition)
    measured = sum(1 for g in goals if g.measurements)
    closed_survey = survey.closed_round_count(coalition)
    if measured and closed_survey:
        return Derived(
            IN_PLACE,
            _("%(m)d of %(g)d goals have measurements and a collaboration survey was held.")
            % {"m": measured, "g": len(goals)},
        )
    if goals or closed_survey:
        return Derived(
            IN_PROGRESS,
            _(
                "%(g)d goals, %(m)d with measurements, %(s)d closed collaboration surveys; in "
                "place needs measured goals and a closed survey."
            )
            % {"g": len(goals), "m": measured, "s": closed_survey},
        )
    return Derived(NOT_STARTED, _("No shared goals recorded yet."))


def step_7(coalition: Coalition) -> Derived:
    counts = selectors.attention_counts(coalition=coalition)
    total = sum(counts.values())
    arranged = counts[AttentionStatus.ARRANGED]
    plan = selectors.current_plan(coalition=coalition)
    embedded = coalition.embeddings.count()
    if plan and embedded and total and arranged * 2 >= total:
        return Derived(
            IN_PLACE,
            _(
                "A multi-year plan, %(e)d embeddings in policy and %(a)d of %(t)d attention "
                "points arranged."
            )
            % {"e": embedded, "a": arranged, "t": total},
        )
    if plan or embedded or arranged or counts[AttentionStatus.IN_PROGRESS]:
        return Derived(
            IN_PROGRESS,
            _(
                "%(a)d of %(t)d attention points arranged, %(e)d embeddings, %(p)s; in place "
                "needs a plan, an embedding and at least half of the points arranged."
            )
            % {
                "a": arranged,
                "t": total,
                "e": embedded,
                "p": _("a multi-year plan") if plan else _("no multi-year plan"),
            },
        )
    return Derived(NOT_STARTED, _("Nothing recorded about borging yet."))


DERIVERS: dict[int, Callable[[Coalition], Derived]] = {
    1: step_1,
    2: step_2,
    3: step_3,
    4: step_4,
    5: step_5,
    6: step_6,
    7: step_7,
}


@dataclass(frozen=True)
class TrackedStep:
    number: int
    label: str
    declared: str
    declared_label: str
    declared_note: str
    derived: Derived

    @property
    def derived_label(self) -> str:
        if self.derived.status == UNKNOWN:
            return _("cannot be derived")
        return str(StepStatus(self.derived.status).label)

    @property
    def differs(self) -> bool:
        return self.derived.status != UNKNOWN and self.derived.status != self.declared


def track(coalition: Coalition) -> list[TrackedStep]:
    declared = {s.number: s for s in coalition_selectors.current_steps(coalition=coalition)}
    return [
        TrackedStep(
            number=number,
            label=str(label),
            declared=declared[number].status,
            declared_label=declared[number].status_label,
            declared_note=declared[number].note,
            derived=DERIVERS[number](coalition),
        )
        for number, label in STEPS
    ]
