"""Seeding the questionnaire engine (idempotent): instruments and the Analysetool's bank.

Instruments are seeded once and then belong to the national editor. The statement bank is
stored as a new version only when its statements differ from the newest version, so a
second run says "unchanged" and a version that rounds use is never touched.
"""

from __future__ import annotations

from typing import TextIO

from django.db import transaction

from kansrijk.assessments.bank import load_chain, load_seed_bank
from kansrijk.assessments.models import Instrument
from kansrijk.assessments.services import questionnaire_import_bank
from kansrijk.ui.seeding import seed_row

BANKS = ("analysetool",)


def load(*, stdout: TextIO) -> None:
    changed = 0
    with transaction.atomic():
        for order, instrument in enumerate(load_chain().instruments, start=1):
            changed += seed_row(
                Instrument,
                instrument.key,
                {
                    "name": instrument.name.nl,
                    "name_en": instrument.name.en,
                    "url_name": instrument.url_name,
                    "order": order,
                },
            )
        for name in BANKS:
            version, created = questionnaire_import_bank(bank=load_seed_bank(name))
            if created:
                changed += 1
                stdout.write(f"assessments: {version} stored.\n")
    stdout.write(
        f"assessments: {changed} entries created.\n" if changed else "assessments: unchanged.\n"
    )
