"""The support programme's panel on "My overview": overdue follow-ups, the adviser's
overview, the agenda, and per coalition the way to its log, peers and parents' voice."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kansrijk.coalitions.selectors import coalitions_for_user
from kansrijk.support import selectors


def panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if not user.is_authenticated:
        return None
    return {
        "template": "support/_dashboard_panel.html",
        "adviser": selectors.is_adviser(user),
        "overdue": selectors.overdue_follow_ups_for(user=user),
        "coalitions": coalitions_for_user(user=user),
    }
