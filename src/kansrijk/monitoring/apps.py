from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "kansrijk.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring and borging (steps 6 and 7)")

    def ready(self) -> None:
        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.monitoring.models import (
            AttentionAssessment,
            AttentionPoint,
            Embedding,
            EmbeddingKind,
            Goal,
            Measurement,
            MultiYearPlan,
        )
        from kansrijk.ui import lists

        for model in (Goal, AttentionAssessment, Embedding, MultiYearPlan):
            register_coalition_model(model)
        register_coalition_model(Measurement, coalition_attr="goal.coalition")
        lists.register(
            "borgingspunten",
            AttentionPoint,
            title=_("Attention points for borging"),
            fields=["key", "name", "name_en", "description", "description_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "inbeddingen",
            EmbeddingKind,
            title=_("Kinds of embedding"),
            fields=["key", "name", "name_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
