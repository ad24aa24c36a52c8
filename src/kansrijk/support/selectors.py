"""Reads of the support programme: advisers, their log and overview, follow-ups."""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone

from kansrijk.accounts import access
from kansrijk.accounts.audit import coalition_log
from kansrijk.accounts.models import Membership, MembershipRole
from kansrijk.coalitions import selectors as coalition_selectors
from kansrijk.coalitions.models import Coalition
from kansrijk.support.models import AdviceEntry, AdviserAssignment, FollowUpCompletion


def is_adviser(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and (
        AdviserAssignment.objects.filter(user=user).exists()
    )


def assigned_coalitions(*, user: Any) -> list[Coalition]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(
        Coalition.objects.filter(adviser_assignments__user=user).distinct().order_by("name")
    )


def advisers_of(*, coalition: Coalition) -> list[Any]:
    return [a.user for a in coalition.adviser_assignments.select_related("user").order_by("pk")]


def advice_log(*, coalition: Coalition) -> QuerySet[AdviceEntry]:
    return (
        AdviceEntry.objects.filter(coalition=coalition)
        .select_related("topic", "adviser", "completion")
        .order_by("-date", "-pk")
    )


def _open(queryset: QuerySet[AdviceEntry]) -> QuerySet[AdviceEntry]:
    return queryset.exclude(follow_up="").filter(completion__isnull=True)


def open_follow_ups(*, coalition: Coalition) -> QuerySet[AdviceEntry]:
    return _open(advice_log(coalition=coalition)).order_by("follow_up_due", "pk")


def overdue_follow_ups_for(*, user: Any, today: date | None = None) -> list[AdviceEntry]:
    """Overdue follow-ups of the coalitions the user advises or leads (for the dashboard)."""
    if not getattr(user, "is_authenticated", False):
        return []
    today = today or timezone.localdate()
    led = Membership.objects.filter(user=user, role=MembershipRole.LEAD).values("coalition_id")
    advised = AdviserAssignment.objects.filter(user=user).values("coalition_id")
    return list(
        _open(AdviceEntry.objects.filter(Q(coalition__in=led) | Q(coalition__in=advised)))
        .filter(follow_up_due__lt=today)
        .select_related("coalition", "topic")
        .order_by("follow_up_due", "pk")
    )


@dataclass(frozen=True)
class StepState:
    number: int
    label: str
    status: str
    status_label: str


def steps_of(*, coalition: Coalition) -> list[StepState]:
    """The steps from the step tracker when it is installed, else as the lead declared them."""
    if apps.is_installed("kansrijk.monitoring"):
        try:
            monitoring_selectors = importlib.import_module("kansrijk.monitoring.selectors")
            tracker = getattr(monitoring_selectors, "current_steps", None)
            if tracker is not None:
                return [
                    StepState(s.number, str(s.label), str(s.status), str(s.status_label))
                    for s in tracker(coalition=coalition)
                ]
        except (ImportError, AttributeError, TypeError):
            pass
    return [
        StepState(s.number, s.label, s.status, s.status_label)
        for s in coalition_selectors.current_steps(coalition=coalition)
    ]


def current_step(*, coalition: Coalition) -> StepState | None:
    """The first step that is not in place: where the coalition is working."""
    for step in steps_of(coalition=coalition):
        if step.status != "in_place":
            return step
    return None


@dataclass(frozen=True)
class Change:
    label: str
    count: int


def changes_since(*, coalition: Coalition, since: date | None) -> list[Change]:
    """What changed in the coalition's data (the audit log) since a date, per kind of data."""
    own = ContentType.objects.get_for_models(AdviceEntry, FollowUpCompletion).values()
    entries = coalition_log(coalition.pk).exclude(content_type__in=list(own))
    if since is not None:
        entries = entries.filter(timestamp__date__gt=since)
    counts: Counter[str] = Counter()
    for entry in entries[:1000]:
        model = entry.content_type.model_class()
        label = str(model._meta.verbose_name_plural) if model else entry.content_type.model
        counts[label] += 1
    return [Change(label, n) for label, n in sorted(counts.items())]


@dataclass(frozen=True)
class OverviewRow:
    coalition: Coalition
    step: StepState | None
    last_contact: AdviceEntry | None
    open_follow_ups: list[AdviceEntry]
    overdue: int
    changes: list[Change]


def adviser_overview(*, user: Any, today: date | None = None) -> list[OverviewRow]:
    today = today or timezone.localdate()
    rows = []
    for coalition in assigned_coalitions(user=user):
        last = advice_log(coalition=coalition).first()
        follow_ups = list(open_follow_ups(coalition=coalition))
        rows.append(
            OverviewRow(
                coalition=coalition,
                step=current_step(coalition=coalition),
                last_contact=last,
                open_follow_ups=follow_ups,
                overdue=sum(1 for e in follow_ups if e.follow_up_due and e.follow_up_due < today),
                changes=changes_since(coalition=coalition, since=last.date if last else None),
            )
        )
    return rows


def may_keep_log(*, user: Any, coalition: Coalition) -> bool:
    """Advisers of the coalition write its log; national editors may too."""
    return access.is_national_editor(user) or access.is_adviser_for(user, coalition)
