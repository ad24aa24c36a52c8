from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("signalling:index", _("Early signalling"))]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    return [
        Link(
            "signalling:coalition",
            _("Early signalling and home visits"),
            4,
            (("slug", coalition.slug),),
        )
    ]
