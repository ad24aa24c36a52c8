"""Reads of the coalition register."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from kansrijk.accounts import access
from kansrijk.accounts.models import Membership
from kansrijk.coalitions.models import (
    STEPS,
    BasicPrinciple,
    Coalition,
    Partner,
    PartnerType,
    PrincipleAssessment,
    StepStatus,
    StepStatusEntry,
)
from kansrijk.regions.models import Municipality


def coalition_list() -> QuerySet[Coalition]:
    return Coalition.objects.prefetch_related(
        Prefetch(
            "municipalities", queryset=Municipality.objects.select_related("province", "ggd_region")
        )
    ).order_by("name")


def coalitions_for_user(*, user: Any) -> list[Coalition]:
    if not getattr(user, "is_authenticated", False):
        return []
    ids = Membership.objects.filter(user=user).values_list("coalition_id", flat=True)
    return list(Coalition.objects.filter(pk__in=ids).order_by("name"))


def national_summary() -> dict[str, Any]:
    return {
        "coalitions": Coalition.objects.count(),
        "covered": Municipality.objects.filter(coalitions__isnull=False).distinct().count(),
        "municipalities": Municipality.objects.count(),
        "steps": STEPS,
    }


@dataclass(frozen=True)
class StepView:
    number: int
    label: str
    status: str
    status_label: str
    note: str


def current_steps(*, coalition: Coalition) -> list[StepView]:
    latest: dict[int, StepStatusEntry] = {}
    for row in coalition.step_entries.order_by("step", "-created_at", "-pk"):
        latest.setdefault(row.step, row)
    result = []
    for number, label in STEPS:
        entry: StepStatusEntry | None = latest.get(number)
        status = entry.status if entry else StepStatus.NOT_STARTED
        result.append(
            StepView(
                number=number,
                label=str(label),
                status=status,
                status_label=str(StepStatus(status).label),
                note=entry.note if entry else "",
            )
        )
    return result


def partners_by_ring(*, coalition: Coalition) -> QuerySet[Partner]:
    return coalition.partners.select_related("partner_type__domain").order_by(
        "ring", "organisation"
    )


def missing_partner_types(*, coalition: Coalition) -> list[PartnerType]:
    present = set(coalition.partners.values_list("partner_type_id", flat=True))
    return [
        t
        for t in PartnerType.objects.filter(active=True, recommended=True).select_related("domain")
        if t.pk not in present
    ]


@dataclass(frozen=True)
class PrincipleView:
    principle: BasicPrinciple
    assessment: PrincipleAssessment | None


def principle_checklist(*, coalition: Coalition) -> list[PrincipleView]:
    scope = "regional" if coalition.kind == "regional" else "local"
    latest: dict[int, PrincipleAssessment] = {}
    for assessment in coalition.principle_assessments.order_by("-created_at", "-pk"):
        latest.setdefault(assessment.principle_id, assessment)
    return [
        PrincipleView(principle=p, assessment=latest.get(p.pk))
        for p in BasicPrinciple.objects.filter(scope=scope, active=True).order_by("order")
    ]


def counts_per_tranche() -> list[dict[str, Any]]:
    rows = (
        Municipality.objects.filter(coalitions__isnull=False)
        .values("coalitions__tranche")
        .annotate(n=Count("pk", distinct=True))
        .order_by("coalitions__tranche")
    )
    return [{"tranche": r["coalitions__tranche"], "municipalities": r["n"]} for r in rows]


def counts_per_province() -> list[dict[str, Any]]:
    rows = (
        Municipality.objects.values("province__name")
        .annotate(
            total=Count("pk", distinct=True),
            covered=Count("pk", distinct=True, filter=~_no_coalition()),
        )
        .order_by("province__name")
    )
    return [
        {"province": r["province__name"], "total": r["total"], "covered": r["covered"]}
        for r in rows
    ]


def _no_coalition() -> Any:
    from django.db.models import Q

    return Q(coalitions__isnull=True)


def visible_to(*, user: Any, coalition: Coalition) -> bool:
    return access.can_view_coalition(user, coalition)
