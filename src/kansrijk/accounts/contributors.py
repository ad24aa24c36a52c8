"""How a member's contribution to a coalition is signed (issue 10).

A parent or expert by experience (``MembershipRole.PARENT``) is shown as
"ouder / ervaringsdeskundige" and never with an organisation or a name; anyone else by
their organisation (empty when they gave none). Notes on the startfoto, principle
assessments and other named contributions use ``{% load contributors %}{% contributor_role
user coalition %}``.
"""

from __future__ import annotations

from typing import Any

from kansrijk.accounts.models import Membership, MembershipRole


def contributor_role(user: Any, coalition: Any) -> str:
    if user is None or coalition is None or not getattr(user, "pk", None):
        return ""
    is_parent = Membership.objects.filter(
        user_id=user.pk,
        coalition_id=getattr(coalition, "pk", coalition),
        role=MembershipRole.PARENT,
    ).exists()
    if is_parent:
        return str(MembershipRole.PARENT.label)
    return str(getattr(user, "organisation", "") or "")
