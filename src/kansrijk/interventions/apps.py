from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterventionsConfig(AppConfig):
    name = "kansrijk.interventions"
    label = "interventions"
    verbose_name = _("Interventions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.interventions import models
        from kansrijk.ui import lists

        register_coalition_model(models.PaletteItem)
        register_coalition_model(models.FinancingLine)
        named = ["key", "name", "name_en", "order", "active"]
        lists.register("fasen", models.Phase, fields=named, title=_("Phases"))
        lists.register("vormen", models.DeliveryForm, fields=named, title=_("Forms"))
        lists.register("spuk-doelen", models.SpukPurpose, fields=named, title=_("SPUK purposes"))
        lists.register(
            "erkenningsniveaus",
            models.RecognitionLevel,
            fields=[*named, "points", "recognised"],
            title=_("Recognition levels"),
        )
        lists.register(
            "zvw-statussen", models.ZvwStatus, fields=[*named, "points"], title=_("Zvw statuses")
        )
        lists.register(
            "financieringsbronnen",
            models.FundingSource,
            fields=[*named, "points", "is_spuk"],
            title=_("Funding sources"),
        )
        lists.register(
            "landelijke-budgetten",
            models.NationalBudget,
            fields=["kind", "name", "name_en", "year", "amount_eur", "recurring", "source"],
            title=_("National budgets"),
            columns=["kind", "year", "amount_eur"],
        )
        if not _socialmap_installed():
            lists.register(
                "risicosituaties-interventies",
                models.RiskSituation,
                fields=named,
                title=_("Risk situations (menu of interventions)"),
            )


def _socialmap_installed() -> bool:
    from django.apps import apps

    return apps.is_installed("kansrijk.socialmap")
