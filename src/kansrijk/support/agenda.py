"""Reads of the learning network's agenda: places, waiting lists, attendance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from kansrijk.accounts import access
from kansrijk.accounts.models import RegionalAssignment
from kansrijk.support.models import Event, Registration
from kansrijk.support.selectors import is_adviser


def events() -> QuerySet[Event]:
    return Event.objects.select_related("meeting_type", "ggd_region").prefetch_related("themes")


def upcoming() -> QuerySet[Event]:
    return events().filter(ends_at__gt=timezone.now(), cancelled_at__isnull=True)


def past() -> QuerySet[Event]:
    return events().filter(ends_at__lte=timezone.now()).order_by("-starts_at")


def active_registrations(event: Event) -> list[Registration]:
    return list(
        event.registrations.filter(cancelled_at__isnull=True)
        .select_related("user", "coalition")
        .order_by("created_at", "pk")
    )


@dataclass(frozen=True)
class Places:
    confirmed: list[Registration]
    waiting: list[Registration]
    capacity: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - len(self.confirmed))


def places(event: Event) -> Places:
    """The first ``capacity`` active registrations have a place; the others wait in order."""
    active = active_registrations(event)
    return Places(
        confirmed=active[: event.capacity],
        waiting=active[event.capacity :],
        capacity=event.capacity,
    )


@dataclass(frozen=True)
class MyRegistration:
    registration: Registration
    waiting_position: int | None  # None: has a place


def registration_of(event: Event, user: Any) -> MyRegistration | None:
    if not getattr(user, "is_authenticated", False):
        return None
    state = places(event)
    for registration in state.confirmed:
        if registration.user_id == user.pk:
            return MyRegistration(registration, None)
    for position, registration in enumerate(state.waiting, start=1):
        if registration.user_id == user.pk:
            return MyRegistration(registration, position)
    return None


def may_organise(user: Any) -> bool:
    """National editors, regional coordinators and advisers organise meetings."""
    return (
        access.is_national_editor(user) or access.is_regional_coordinator(user) or is_adviser(user)
    )


def may_manage(user: Any, event: Event) -> bool:
    return access.is_national_editor(user) or (
        getattr(user, "is_authenticated", False) and event.organiser_id == user.pk
    )


def regions_for_organiser(user: Any) -> list[int] | None:
    """The GGD regions a user may organise regional meetings for; None means any region."""
    if access.is_national_editor(user) or is_adviser(user):
        return None
    return list(
        RegionalAssignment.objects.filter(user=user).values_list("ggd_region_id", flat=True)
    )


@dataclass(frozen=True)
class AttendanceRow:
    label: str
    registrations: int
    events: int


def attendance() -> tuple[list[AttendanceRow], list[AttendanceRow]]:
    """Places taken (not the waiting list) per coalition and per theme, over all meetings."""
    per_coalition: Counter[str] = Counter()
    per_coalition_events: dict[str, set[int]] = {}
    per_theme: Counter[str] = Counter()
    per_theme_events: dict[str, set[int]] = {}
    for event in (
        events()
        .filter(cancelled_at__isnull=True)
        .prefetch_related(
            Prefetch("registrations", queryset=Registration.objects.select_related("coalition"))
        )
    ):
        taken = [r for r in event.registrations.all() if r.cancelled_at is None]
        taken.sort(key=lambda r: (r.created_at, r.pk))
        taken = taken[: event.capacity]
        for registration in taken:
            name = registration.coalition.name if registration.coalition else "-"
            per_coalition[name] += 1
            per_coalition_events.setdefault(name, set()).add(event.pk)
        for theme in event.themes.all():
            per_theme[theme.label] += len(taken)
            per_theme_events.setdefault(theme.label, set()).add(event.pk)
    return (
        [
            AttendanceRow(k, v, len(per_coalition_events[k]))
            for k, v in sorted(per_coalition.items())
        ],
        [AttendanceRow(k, v, len(per_theme_events[k])) for k, v in sorted(per_theme.items())],
    )
