"""Template tags other apps can use to label contributions (``{% load support %}``).

``{% contributor_role user coalition %}`` gives "ouder / ervaringsdeskundige" for a parent or
expert by experience in that coalition, and nothing for anyone else, so a note on the
startfoto or a comment in the Analysetool can show who speaks from experience.
"""

from __future__ import annotations

from typing import Any

from django import template

from kansrijk.accounts.models import Membership, MembershipRole

register = template.Library()


@register.simple_tag
def contributor_role(user: Any, coalition: Any) -> str:
    if user is None or coalition is None or not getattr(user, "pk", None):
        return ""
    is_parent = Membership.objects.filter(
        user_id=user.pk,
        coalition_id=getattr(coalition, "pk", coalition),
        role=MembershipRole.PARENT,
    ).exists()
    return str(MembershipRole.PARENT.label) if is_parent else ""
