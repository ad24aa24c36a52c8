"""The Dutch catalogue keeps every placeholder of the English source."""

import re
from pathlib import Path

import polib

CATALOGUE = Path(__file__).parents[1] / "locale" / "nl" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def test_every_dutch_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong = []
    for entry in polib.pofile(str(CATALOGUE)):
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        wrong += [entry.msgid for text in texts if set(PLACEHOLDER.findall(text)) != wanted]
    assert not wrong
