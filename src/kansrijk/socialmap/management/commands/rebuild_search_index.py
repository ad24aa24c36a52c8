"""``manage.py rebuild_search_index``: the social map's full-text index from its rows."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from kansrijk.socialmap.services.indexing import index_rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild the full-text search index of the social map and the care paths from the "
        "services and care paths themselves (restore does this too)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = index_rebuild_all()
        self.stdout.write(f"Search index rebuilt: {count} services and care paths.")
