"""Writes of the knowledge base."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample

STEP_NUMBERS = range(1, 8)


def example_seed(
    *,
    key: str,
    title: str,
    place: str,
    summary: str,
    body: str,
    source: str,
    theme_keys: list[str],
    steps: list[int],
    instruments: list[str],
) -> bool:
    """Create the example when no example has this key; True when created.

    An existing example belongs to the national editor and is left as it is.
    """
    if PracticeExample.objects.filter(key=key).exists():
        return False
    if any(step not in STEP_NUMBERS for step in steps):
        raise ValidationError(_("A step is a number from 1 to 7."))
    themes = list(KnowledgeTheme.objects.filter(key__in=theme_keys))
    if len(themes) != len(set(theme_keys)):
        raise ValidationError(_("The example names a theme that does not exist."))
    with transaction.atomic():
        example = PracticeExample(
            key=key,
            title=title,
            place=place,
            summary=summary.strip(),
            body=body.strip(),
            source=source,
            steps=sorted(set(steps)),
            instruments=sorted(set(instruments)),
        )
        example.full_clean()
        example.save()
        example.themes.set(themes)
    return True
