from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kansrijk.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from kansrijk.knowledge.models import KnowledgeTheme
        from kansrijk.ui import lists
        from kansrijk.ui.backup import rebuild_derived

        rebuild_derived.connect(_rebuild_search_index, dispatch_uid="knowledge-search-index")
        lists.register(
            "kennisthemas",
            KnowledgeTheme,
            title=_("Knowledge themes"),
            fields=["key", "name", "name_en", "description", "description_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )


def _rebuild_search_index(**_signal: Any) -> int:
    """The knowledge base's FTS5 table (SQLite) is not in a backup: rebuild it."""
    from kansrijk.knowledge.services import search_reindex

    return search_reindex()
