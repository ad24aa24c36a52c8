from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("indicators:catalogue", _("Figures"))]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    return [
        Link("indicators:coalition", _("Startfoto: our figures"), 2, (("slug", coalition.slug),))
    ]
