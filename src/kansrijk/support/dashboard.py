"""The support programme's panel on "My overview": overdue follow-ups, links for advisers."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kansrijk.support import selectors


def panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    adviser = selectors.is_adviser(user)
    overdue = selectors.overdue_follow_ups_for(user=user)
    if not adviser and not overdue:
        return None
    return {"template": "support/_dashboard_panel.html", "adviser": adviser, "overdue": overdue}
