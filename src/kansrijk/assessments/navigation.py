from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.accounts import access
from kansrijk.ui.navigation import Link


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    if not access.can_view_coalition(user, coalition):
        return []
    return [
        Link(
            "assessments:overview",
            _("Analysetool: self-assessment"),
            2,
            (("slug", coalition.slug),),
        )
    ]
