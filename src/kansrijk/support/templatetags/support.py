"""Template tags of the support app (``{% load support %}``).

``{% contributor_role user coalition %}`` lives in ``kansrijk.accounts`` (``{% load
contributors %}``) so that other apps can sign contributions without depending on
``support``; it stays available here under the same name.
"""

from __future__ import annotations

from django import template

from kansrijk.accounts import contributors

register = template.Library()
register.simple_tag(contributors.contributor_role, name="contributor_role")
