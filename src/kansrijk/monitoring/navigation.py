from typing import Any

from django.utils.translation import gettext_lazy as _

from kansrijk.accounts import access
from kansrijk.ui.navigation import Link


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    if not access.can_view_coalition(user, coalition):
        return []
    slug = (("slug", coalition.slug),)
    return [
        Link("monitoring:steps", _("Step tracker: declared and derived"), 1, slug),
        Link("monitoring:goals", _("Goals and progress"), 6, slug),
        Link("monitoring:survey", _("Collaboration survey"), 6, slug),
        Link("monitoring:report", _("Annual report"), 6, slug),
        Link("monitoring:borging", _("Making it last (borging)"), 7, slug),
    ]
