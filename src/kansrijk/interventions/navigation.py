from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.accounts import access
from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("interventions:catalogue", _("Interventions menu"))]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    slug = (("slug", coalition.slug),)
    links = [Link("interventions:palette", _("Our palette of interventions"), 5, slug)]
    if access.can_view_coalition(user, coalition):
        links += [
            Link("interventions:gaps", _("Gaps and suggestions"), 5, slug),
            Link("interventions:financing", _("Financing plan"), 5, slug),
        ]
    return links
