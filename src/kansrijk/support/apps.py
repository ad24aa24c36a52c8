from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "kansrijk.support"
    label = "support"
    verbose_name = _("Support programme")

    def ready(self) -> None:
        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.support.models import (
            AdviceEntry,
            AdviceTopic,
            CoalitionFocus,
            MeetingType,
            SupportTheme,
        )
        from kansrijk.ui import lists

        register_coalition_model(AdviceEntry)
        register_coalition_model(CoalitionFocus)
        bilingual = ["key", "name", "name_en", "order", "active"]
        lists.register(
            "adviesonderwerpen",
            AdviceTopic,
            title=_("Advice topics"),
            fields=bilingual,
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "bijeenkomstsoorten",
            MeetingType,
            title=_("Kinds of meetings"),
            fields=bilingual,
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "ondersteuningsthemas",
            SupportTheme,
            title=_("Themes of the support programme"),
            fields=[*bilingual[:3], "knowledge_url", "order", "active"],
            columns=["name", "name_en", "active"],
        )
