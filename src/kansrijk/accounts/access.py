"""The rules of access: who may see and change what of a coalition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.apps import apps

from kansrijk.accounts.models import Membership, MembershipRole, RegionalAssignment

if TYPE_CHECKING:
    from kansrijk.coalitions.models import Coalition


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and bool(
        getattr(user, "is_active", False)
    )


def is_national_editor(user: Any) -> bool:
    return _authenticated(user) and bool(user.is_national_editor)


def is_regional_coordinator(user: Any) -> bool:
    return _authenticated(user) and RegionalAssignment.objects.filter(user=user).exists()


def is_member(user: Any, coalition: Coalition) -> bool:
    return (
        _authenticated(user) and Membership.objects.filter(user=user, coalition=coalition).exists()
    )


def is_lead(user: Any, coalition: Coalition) -> bool:
    return (
        _authenticated(user)
        and Membership.objects.filter(
            user=user, coalition=coalition, role=MembershipRole.LEAD
        ).exists()
    )


def is_data_owner(user: Any, coalition: Coalition) -> bool:
    """A member who owns the coalition's data (its lead and partners) and so sees its small
    counts unsuppressed. A parent member is no owner: parents see what others see (issue 15)."""
    return (
        _authenticated(user)
        and Membership.objects.filter(user=user, coalition=coalition)
        .exclude(role=MembershipRole.PARENT)
        .exists()
    )


def is_regional_coordinator_for(user: Any, coalition: Coalition) -> bool:
    if not _authenticated(user):
        return False
    return RegionalAssignment.objects.filter(
        user=user, ggd_region__municipalities__coalitions=coalition
    ).exists()


def _has_adviser_assignment(user: Any, **lookup: Any) -> bool:
    """Whether the support app holds an adviser assignment of ``user`` matching ``lookup``."""
    if not _authenticated(user) or not apps.is_installed("kansrijk.support"):
        return False
    assignment = apps.get_model("support", "AdviserAssignment")
    return bool(assignment.objects.filter(user=user, **lookup).exists())


def is_adviser_for(user: Any, coalition: Coalition) -> bool:
    """An adviser of the support programme assigned to this coalition (``support`` app)."""
    return _has_adviser_assignment(user, coalition=coalition)


def is_adviser(user: Any) -> bool:
    """An adviser of the support programme, assigned to at least one coalition."""
    return _has_adviser_assignment(user)


def can_view_coalition(user: Any, coalition: Coalition) -> bool:
    """Members, the regional coordinator of its region, its advisers and national editors
    see a coalition. An adviser sees what the lead sees, but changes nothing."""
    return (
        is_national_editor(user)
        or is_member(user, coalition)
        or is_regional_coordinator_for(user, coalition)
        or is_adviser_for(user, coalition)
    )


def can_contribute_to_coalition(user: Any, coalition: Coalition) -> bool:
    """Who writes a coalition's member-level data (figures, counts, goals, notes): its own
    members and national editors. Its regional coordinator and advisers read it only."""
    return is_national_editor(user) or is_member(user, coalition)


def can_edit_coalition(user: Any, coalition: Coalition) -> bool:
    """The lead and national editors change the coalition register."""
    return is_national_editor(user) or is_lead(user, coalition)
