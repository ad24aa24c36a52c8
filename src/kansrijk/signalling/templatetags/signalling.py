"""Template tags other apps use to show early signalling, e.g. on the startfoto."""

from __future__ import annotations

from typing import Any

from django import template

from kansrijk.coalitions.models import Coalition
from kansrijk.signalling import selectors

register = template.Library()


@register.inclusion_tag("signalling/_signal_counts_panel.html", takes_context=True)
def signal_counts_panel(context: template.Context, coalition: Coalition) -> dict[str, Any]:
    """The coalition's anonymous signals per life domain and quarter, as a table.

    Renders nothing unless the coalition counts signals. The coalition's members own the
    counts and see them whole; everyone else sees them suppressed (small counts and the
    counts they could be calculated from). The page's own notion of owner is not used on
    purpose: the owner of a startfoto's indicators is someone else.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if not selectors.signal_counting_enabled(coalition):
        return {"show": False}
    owner = user is not None and selectors.is_owner(user, coalition)
    return {
        "show": True,
        "coalition": coalition,
        "owner": owner,
        "signals": selectors.signal_table(coalition, owner=owner),
        "threshold": selectors.threshold(),
    }
