"""Demo of step 2a: notes on the startfoto ("the story behind the figures").

The figures themselves are reference data (``reference.py``: CBS key figures and the
synthetic perinatal figures). Authors are the fictional demo accounts.
"""

from __future__ import annotations

from typing import TextIO

from django.db import transaction

from kansrijk.accounts.models import User
from kansrijk.coalitions.models import Coalition
from kansrijk.indicators.models import Indicator, NoteStatus, StoryNote

NOTES = [
    (
        "utrecht",
        "big2",
        "partner@kansrijk.example",
        NoteStatus.PUBLISHED,
        "De verloskundigen herkennen het beeld: in twee wijken zien we vaker kinderen die te "
        "vroeg of te klein geboren worden. Daar zijn ook de schulden hoger. (fictief)",
    ),
    (
        "utrecht",
        "start_zorg_voor_10_weken",
        "trekker@kansrijk.example",
        NoteStatus.PUBLISHED,
        "Nieuwkomers vinden de weg naar de verloskundige vaak laat. We bespreken met de "
        "huisartsen hoe zij eerder kunnen doorverwijzen. (fictief)",
    ),
    (
        "utrecht",
        "roken_tijdens_zwangerschap",
        "partner@kansrijk.example",
        NoteStatus.DRAFT,
        "Is dit cijfer vergelijkbaar met wat de JGZ ziet bij het eerste huisbezoek? (fictief)",
    ),
]


def load(*, stdout: TextIO) -> None:
    created = 0
    with transaction.atomic():
        for slug, code, email, status, text in NOTES:
            coalition = Coalition.objects.filter(slug=slug).first()
            indicator = Indicator.objects.filter(key=code).first()
            author = User.objects.filter(email=email).first()
            if coalition is None or indicator is None:
                continue
            _note, made = StoryNote.objects.get_or_create(
                coalition=coalition,
                indicator=indicator,
                text=text,
                defaults={"status": status, "created_by": author},
            )
            created += made
    stdout.write(
        f"indicators: {created} story notes created.\n" if created else "indicators: unchanged.\n"
    )
