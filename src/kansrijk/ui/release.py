"""A fingerprint of what the cached parts of every page are made of: the templates, the
translations and the menu's code.

The menu and the footer of ``ui/base.html`` are cached in the shared cache, which outlives a
deployment; their keys contain this fingerprint, so a new release never shows the previous
release's menu. Set ``KANSRIJK_RELEASE`` (for example to the commit) to skip the hashing.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings

PACKAGE = Path(__file__).resolve().parents[1]


def _sources() -> list[Path]:
    found = [
        *PACKAGE.glob("*/templates/**/*"),
        *PACKAGE.glob("*/locale/*/LC_MESSAGES/*.po"),
        *PACKAGE.glob("*/navigation.py"),
        *PACKAGE.glob("ui/context_processors.py"),
    ]
    return sorted(path for path in found if path.is_file())


@cache
def fingerprint() -> str:
    """``KANSRIJK_RELEASE``, or a short hash of the sources named above (read once)."""
    given: str = getattr(settings, "KANSRIJK_RELEASE", "")
    if given:
        return given
    digest = hashlib.sha256()
    for path in _sources():
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
