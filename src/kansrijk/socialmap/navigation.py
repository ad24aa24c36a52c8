from typing import Any

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("socialmap:search", _("Find help"))]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    from kansrijk.socialmap.selectors import municipalities_with_parents_help

    slug = (("slug", coalition.slug),)
    return [
        Link("socialmap:social_map", _("Social map"), 3, slug),
        Link("socialmap:care_paths", _("Care paths"), 3, slug),
        Link("socialmap:customer_route", _("Customer route"), 3, slug),
        *(
            Link(
                "socialmap:parents",
                format_lazy(_("Help for parents-to-be in {name}"), name=m.name),
                3,
                (("code", m.code),),
            )
            for m in municipalities_with_parents_help(coalition)
        ),
    ]
