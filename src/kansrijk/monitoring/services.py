"""Writes of steps 6 and 7. Keyword-only, validated, atomic; history appended."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from kansrijk.coalitions.models import Coalition
from kansrijk.monitoring.models import (
    AttentionAssessment,
    AttentionPoint,
    Embedding,
    EmbeddingKind,
    Goal,
    Measurement,
    MultiYearPlan,
)

M = TypeVar("M", bound=models.Model)


def _append(row: M, user: Any) -> M:
    """Validate and store a new row with its author (anonymous: none), all or nothing."""
    row.created_by = user if getattr(user, "is_authenticated", False) else None  # type: ignore[attr-defined]
    with transaction.atomic():
        row.full_clean()
        row.save()
    return row


def goal_create(
    *,
    coalition: Coalition,
    user: Any,
    statement: str,
    source: str,
    indicator: str,
    unit: str,
    baseline: Decimal,
    baseline_date: date,
    target: Decimal,
    deadline: date,
    owner: str,
    source_key: str = "",
) -> Goal:
    if deadline <= baseline_date:
        raise ValidationError({"deadline": _("The deadline must lie after the baseline date.")})
    goal = Goal(
        coalition=coalition,
        statement=statement,
        source=source,
        source_key=source_key,
        indicator=indicator,
        unit=unit,
        baseline=baseline,
        baseline_date=baseline_date,
        target=target,
        deadline=deadline,
        owner=owner,
    )
    return _append(goal, user)


def measurement_add(
    *, goal: Goal, user: Any, measured_on: date, value: Decimal, note: str = ""
) -> Measurement:
    if measured_on < goal.baseline_date:
        raise ValidationError(
            {"measured_on": _("A measurement cannot lie before the baseline date.")}
        )
    if measured_on > date.today():
        raise ValidationError({"measured_on": _("A measurement cannot lie in the future.")})
    measurement = Measurement(
        goal=goal,
        measured_on=measured_on,
        value=value,
        note=note,
    )
    return _append(measurement, user)


def measurement_from_source(*, goal: Goal, user: Any, owner: bool) -> Measurement:
    """Append the linked source's current value as a measurement of today, with where it
    came from in the note. The value is read here, never taken from the request."""
    from kansrijk.monitoring import sources

    reading = sources.current_value(goal, owner=owner)
    if reading is None or reading.value is None:
        raise ValidationError(_("The source has no value to record."))
    note = reading.origin
    newest = goal.measurements.order_by("-measured_on", "-created_at", "-pk").first()
    if newest is not None and newest.note == note and newest.value == reading.value:
        raise ValidationError(_("This value of the source has been recorded already."))
    return measurement_add(
        goal=goal, user=user, measured_on=date.today(), value=reading.value, note=note
    )


def attention_assess(
    *, coalition: Coalition, user: Any, point: AttentionPoint, status: str, evidence: str = ""
) -> AttentionAssessment:
    assessment = AttentionAssessment(
        coalition=coalition,
        point=point,
        status=status,
        evidence=evidence,
    )
    return _append(assessment, user)


def embedding_add(
    *,
    coalition: Coalition,
    user: Any,
    kind: EmbeddingKind,
    title: str,
    adopted_on: date | None = None,
    note: str = "",
) -> Embedding:
    embedding = Embedding(
        coalition=coalition,
        kind=kind,
        title=title,
        adopted_on=adopted_on,
        note=note,
    )
    return _append(embedding, user)


def plan_record(
    *,
    coalition: Coalition,
    user: Any,
    first_year: int,
    last_year: int,
    ambition: str,
    activities: str,
    financing: str = "",
) -> MultiYearPlan:
    if last_year < first_year:
        raise ValidationError({"last_year": _("The last year cannot lie before the first year.")})
    if last_year - first_year > 10:
        raise ValidationError({"last_year": _("A multi-year plan covers at most ten years.")})
    plan = MultiYearPlan(
        coalition=coalition,
        first_year=first_year,
        last_year=last_year,
        ambition=ambition,
        activities=activities,
        financing=financing,
    )
    return _append(plan, user)
