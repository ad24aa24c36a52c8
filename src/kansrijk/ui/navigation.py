"""Links that apps add to the main menu and to the coalition page.

An app may have ``navigation.py`` with ``MAIN_MENU`` (a list of ``Link``) and
``coalition_links(coalition, user) -> list[Link]`` (the steps and instruments of that app for
one coalition, already filtered by what the user may open). Order follows ``KANSRIJK_APPS``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from types import ModuleType
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class Link:
    url_name: str
    label: str | Promise
    step: int | None = None
    kwargs: tuple[tuple[str, Any], ...] = ()

    @property
    def url(self) -> str:
        return reverse(self.url_name, kwargs=dict(self.kwargs))


@cache
def _modules() -> tuple[ModuleType, ...]:
    found = []
    for app in settings.KANSRIJK_APPS:
        if app != "kansrijk.ui" and find_spec(f"{app}.navigation") is not None:
            found.append(importlib.import_module(f"{app}.navigation"))
    return tuple(found)


def main_menu() -> list[Link]:
    return [link for module in _modules() for link in getattr(module, "MAIN_MENU", [])]


def coalition_links(coalition: Any, user: Any) -> list[Link]:
    links: list[Link] = []
    for module in _modules():
        function = getattr(module, "coalition_links", None)
        if function is not None:
            links.extend(function(coalition, user))
    return sorted(links, key=lambda link: link.step or 99)
