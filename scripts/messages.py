"""Regenerate one app's translation catalogues (nl, en) and report what is untranslated.

Usage: .venv/bin/python scripts/messages.py <app> [<app> ...]   (or "all")

English is the source language: the ``en`` catalogue gets msgstr = msgid. The Dutch
catalogue keeps its translations; new strings are listed so they can be translated.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
APPS = ROOT / "src" / "kansrijk"
# The django-admin script, not "python -m django": with -m the app folder would come first
# on sys.path and our selectors.py / csv.py would shadow the standard library.
DJANGO_ADMIN = [str(Path(sys.executable).with_name("django-admin"))]


def regenerate(app_dir: Path) -> list[str]:
    (app_dir / "locale").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kansrijk.conf.settings",
        "PYTHONPATH": str(ROOT / "src"),
    }
    for domain in ("django", "djangojs"):
        if domain == "djangojs" and not any(app_dir.rglob("*.js")):
            continue
        subprocess.run(  # noqa: S603
            [
                *DJANGO_ADMIN,
                "makemessages",
                "-l",
                "nl",
                "-l",
                "en",
                "-d",
                domain,
                "--no-location",
                "--no-obsolete",
                "-i",
                "tests/*",
                "-i",
                "migrations/*",
                "-i",
                "static/vendor/*",
            ],
            cwd=app_dir,
            env=env,
            check=True,
            capture_output=True,
        )
    en = app_dir / "locale" / "en" / "LC_MESSAGES" / "django.po"
    if en.exists():
        catalogue = polib.pofile(str(en))
        for entry in catalogue:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        catalogue.save()
    return untranslated(app_dir / "locale" / "nl" / "LC_MESSAGES" / "django.po")


def untranslated(po_path: Path) -> list[str]:
    if not po_path.exists():
        return []
    catalogue = polib.pofile(str(po_path))
    missing = [e.msgid for e in catalogue.untranslated_entries()]
    missing += [f"(fuzzy) {e.msgid}" for e in catalogue.fuzzy_entries()]
    return missing


def main(names: list[str]) -> int:
    if names == ["all"]:
        names = sorted(p.name for p in APPS.iterdir() if (p / "apps.py").exists())
    status = 0
    for name in names:
        missing = regenerate(APPS / name)
        for msgid in missing:
            print(f"{name}: untranslated: {msgid!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["all"]))
