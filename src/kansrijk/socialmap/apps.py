from typing import Any

from django.apps import AppConfig
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SocialMapConfig(AppConfig):
    name = "kansrijk.socialmap"
    label = "socialmap"
    verbose_name = _("Social map and care paths (step 3)")

    def ready(self) -> None:
        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.regions.models import Municipality
        from kansrijk.socialmap.models import (
            CarePath,
            CarePathVersion,
            ContactMoment,
            Organization,
            RiskSituation,
            Service,
            SynonymGroup,
        )
        from kansrijk.socialmap.search import lists as search_lists
        from kansrijk.ui import lists

        request_started.connect(search_lists.check_at_next_use, dispatch_uid="sm-request")
        for model in (Municipality, RiskSituation, SynonymGroup):
            for signal in (post_save, post_delete):
                signal.connect(
                    search_lists.clear_after_commit,
                    sender=model,
                    dispatch_uid=f"sm-{model}-{signal}",
                )
        from kansrijk.ui.backup import rebuild_derived

        rebuild_derived.connect(_rebuild_search_index, dispatch_uid="socialmap-search-index")
        register_coalition_model(Organization)
        register_coalition_model(Service, coalition_attr="organization.coalition")
        register_coalition_model(CarePath)
        register_coalition_model(CarePathVersion, coalition_attr="care_path.coalition")
        lists.register(
            "risicosituaties",
            RiskSituation,
            title=_("Risk situations"),
            fields=["key", "name", "name_en", "description", "description_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "contactmomenten",
            ContactMoment,
            title=_("Standard contact moments"),
            fields=[
                "key",
                "name",
                "name_en",
                "phase",
                "month",
                "by",
                "by_en",
                "description",
                "description_en",
                "order",
                "active",
            ],
            columns=["name", "phase", "month", "active"],
        )
        lists.register(
            "synoniemen",
            SynonymGroup,
            title=_("Search synonyms and abbreviations"),
            fields=["key", "terms", "active"],
            columns=["key", "terms", "active"],
        )


def _rebuild_search_index(**_signal: Any) -> int:
    """A restored database has no full-text index (it is not in the backup): rebuild it."""
    from kansrijk.socialmap.services.indexing import index_rebuild_all

    return index_rebuild_all()
