"""Reads of steps 6 and 7: goals with their progress, the borging overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch

from kansrijk.coalitions.models import Coalition
from kansrijk.disclosure.aggregates import copied
from kansrijk.monitoring.models import (
    AttentionAssessment,
    AttentionPoint,
    AttentionStatus,
    Embedding,
    Goal,
    IndicatorSource,
    Measurement,
    MultiYearPlan,
)
from kansrijk.monitoring.progress import GoalStatus, Point, Progress, goal_progress


@dataclass(frozen=True)
class GoalView:
    goal: Goal
    progress: Progress
    measurements: list[Measurement]

    @property
    def status(self) -> str:
        return str(self.progress.status)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.progress.status])


def _labels() -> dict[GoalStatus, object]:
    from django.utils.translation import gettext_lazy as _

    return {
        GoalStatus.NO_DATA: _("not yet measured"),
        GoalStatus.ON_TRACK: _("on track"),
        GoalStatus.BEHIND: _("behind"),
        GoalStatus.REACHED: _("reached"),
    }


STATUS_LABELS = _labels()


def goal_view(goal: Goal, *, today: date | None = None) -> GoalView:
    measurements = list(goal.measurements.all())
    progress = goal_progress(
        baseline=goal.baseline,
        baseline_date=goal.baseline_date,
        target=goal.target,
        deadline=goal.deadline,
        points=[Point(m.measured_on, m.value) for m in measurements],
        today=today or date.today(),
    )
    return GoalView(goal=goal, progress=progress, measurements=measurements)


def coalition_goals(*, coalition: Coalition, today: date | None = None) -> list[GoalView]:
    goals = coalition.goals.prefetch_related(
        Prefetch("measurements", queryset=Measurement.objects.order_by("measured_on", "pk"))
    ).order_by("deadline", "pk")
    return [goal_view(g, today=today) for g in goals]


@dataclass(frozen=True)
class AttentionView:
    point: AttentionPoint
    assessment: AttentionAssessment | None

    @property
    def status(self) -> str:
        return self.assessment.status if self.assessment else AttentionStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return str(AttentionStatus(self.status).label)


def attention_overview(*, coalition: Coalition) -> list[AttentionView]:
    latest: dict[int, AttentionAssessment] = {}
    for row in coalition.attention_assessments.order_by("-created_at", "-pk"):
        latest.setdefault(row.point_id, row)
    return [
        AttentionView(point=p, assessment=latest.get(p.pk))
        for p in AttentionPoint.objects.filter(active=True).order_by("order", "name")
    ]


def attention_counts(*, coalition: Coalition) -> dict[str, int]:
    counts = {s.value: 0 for s in AttentionStatus}
    for view in attention_overview(coalition=coalition):
        counts[view.status] += 1
    return counts


def embeddings(*, coalition: Coalition) -> list[Embedding]:
    return list(coalition.embeddings.select_related("kind").order_by("-adopted_on", "-pk"))


def current_plan(*, coalition: Coalition) -> MultiYearPlan | None:
    return coalition.multi_year_plans.order_by("-created_at", "-pk").first()


# Sources whose figures count people: small values are hidden from anyone but the coalition.
COUNT_SOURCES = frozenset(
    {IndicatorSource.SIGNALS, IndicatorSource.PRENATAL_VISITS, IndicatorSource.INTERVENTION_REACH}
)


@dataclass(frozen=True)
class PublicGoal:
    """A goal as the public API shows it: no owner (it may name a person), and small counts
    of the count sources hidden for others than the coalition."""

    id: int
    statement: str
    source: str
    indicator: str
    unit: str
    baseline: Decimal | None
    baseline_date: date
    target: Decimal
    deadline: date
    status: str
    latest_value: Decimal | None
    latest_date: date | None


def _shown(value: Decimal | None, source: str, *, owner: bool) -> Decimal | None:
    threshold = settings.KANSRIJK_SMALL_COUNT_THRESHOLD
    if value is None or owner or source not in COUNT_SOURCES:
        return value
    return None if 0 < value < threshold else value


def _source_hidden(goal: Goal) -> bool:
    """Whether the goal's source hides its figure from the public now: then no measurement
    or baseline of the goal is shown either (it could be that figure, copied)."""
    from kansrijk.monitoring import sources

    reading = sources.current_value(goal, owner=False)
    return reading is not None and reading.suppressed


def public_goals(*, coalition: Coalition, owner: bool) -> list[PublicGoal]:
    result = []
    for view in coalition_goals(coalition=coalition):
        goal, latest = view.goal, view.progress.latest
        hidden = not owner and _source_hidden(goal)
        latest_value = _shown(latest.value, goal.source, owner=owner) if latest else None
        result.append(
            PublicGoal(
                id=goal.pk,
                statement=goal.statement,
                source=goal.source,
                indicator=goal.indicator,
                unit=goal.unit,
                baseline=copied(
                    _shown(goal.baseline, goal.source, owner=owner),
                    source_hidden=hidden,
                    owner=owner,
                ),
                baseline_date=goal.baseline_date,
                target=goal.target,
                deadline=goal.deadline,
                status=view.status,
                latest_value=copied(latest_value, source_hidden=hidden, owner=owner),
                latest_date=latest.on if latest else None,
            )
        )
    return result
