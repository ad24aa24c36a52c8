"""``manage.py rebuild_search_index``: every search index rebuilt from its rows."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from kansrijk.ui.backup import rebuild_derived


class Command(BaseCommand):
    help = (
        "Rebuild the full-text search index of the social map and care paths (the knowledge "
        "base computes its own in each query) "
        "from the rows themselves; restore does this too."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            answers = rebuild_derived.send(sender=None)
        for receiver, count in answers:
            self.stdout.write(f"{receiver.__module__}: {count} rows indexed.")
