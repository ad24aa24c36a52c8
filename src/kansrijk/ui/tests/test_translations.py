"""Every source string has a Dutch translation: regenerating a catalogue finds nothing new."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

APPS = Path(__file__).resolve().parents[2]
DJANGO_ADMIN = str(Path(sys.executable).with_name("django-admin"))
APPS_WITH_CATALOGUES = sorted(p.name for p in APPS.iterdir() if (p / "locale" / "nl").exists())


def test_every_app_with_strings_has_a_dutch_and_an_english_catalogue() -> None:
    for app in APPS_WITH_CATALOGUES:
        assert (APPS / app / "locale" / "en" / "LC_MESSAGES" / "django.po").exists(), app
    assert {"ui", "accounts", "coalitions"} <= set(APPS_WITH_CATALOGUES)


@pytest.mark.parametrize("app", APPS_WITH_CATALOGUES)
def test_regenerating_the_dutch_catalogue_leaves_no_string_untranslated(
    app: str, tmp_path: Path
) -> None:
    copy = tmp_path / app
    shutil.copytree(APPS / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kansrijk.conf.settings",
        "PYTHONPATH": str(APPS.parent),
    }
    subprocess.run(
        [
            DJANGO_ADMIN,
            "makemessages",
            "-l",
            "nl",
            "--no-location",
            "-i",
            "tests/*",
            "-i",
            "migrations/*",
        ],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
    )
    catalogue = polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalogue.untranslated_entries()] + [
        f"(fuzzy) {e.msgid}" for e in catalogue.fuzzy_entries()
    ]
    assert not missing, (
        f"{app}: untranslated Dutch strings (run scripts/messages.py {app}): {missing}"
    )
