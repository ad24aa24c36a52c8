from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.accounts import access
from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("support:agenda", _("Agenda"))]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    if not access.can_view_coalition(user, coalition):
        return []
    slug = (("slug", coalition.slug),)
    return [
        Link("support:advice_log", _("Advice log of the support programme"), None, slug),
        Link("support:peers", _("Coalitions with the same questions"), None, slug),
        Link("support:parents", _("The voice of parents"), None, slug),
    ]
