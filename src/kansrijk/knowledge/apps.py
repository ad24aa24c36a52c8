from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kansrijk.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from kansrijk.knowledge.models import KnowledgeTheme
        from kansrijk.ui import lists

        lists.register(
            "kennisthemas",
            KnowledgeTheme,
            title=_("Knowledge themes"),
            fields=["key", "name", "name_en", "description", "description_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
