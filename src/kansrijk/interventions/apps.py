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
        from kansrijk.interventions.models import FinancingLine, PaletteItem

        register_coalition_model(PaletteItem)
        register_coalition_model(FinancingLine)
