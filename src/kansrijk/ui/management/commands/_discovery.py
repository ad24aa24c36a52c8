"""Finding each app's ``reference.py`` / ``demo.py`` in the order of KANSRIJK_APPS."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from importlib.util import find_spec
from types import ModuleType

from django.conf import settings


def app_modules(name: str) -> Iterator[ModuleType]:
    for app in settings.KANSRIJK_APPS:
        if find_spec(f"{app}.{name}") is not None:
            yield importlib.import_module(f"{app}.{name}")
