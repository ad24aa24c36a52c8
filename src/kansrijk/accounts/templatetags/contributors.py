"""``{% load contributors %}{% contributor_role user coalition %}``: how a contribution is
signed ("ouder / ervaringsdeskundige" for parents, otherwise the organisation)."""

from __future__ import annotations

from django import template

from kansrijk.accounts import contributors

register = template.Library()
register.simple_tag(contributors.contributor_role, name="contributor_role")
