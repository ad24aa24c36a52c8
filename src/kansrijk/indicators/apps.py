from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "kansrijk.indicators"
    label = "indicators"
    verbose_name = _("Indicators and startfoto (step 2a)")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.indicators.caching import bump_catalogue_version
        from kansrijk.indicators.models import Indicator, IndicatorGroup, StoryNote
        from kansrijk.ui import lists

        register_coalition_model(StoryNote)
        for model in (Indicator, IndicatorGroup):
            for signal in (post_save, post_delete):
                signal.connect(
                    bump_catalogue_version, sender=model, dispatch_uid=f"bump-{model}-{signal}"
                )
        lists.register(
            "indicatorgroepen",
            IndicatorGroup,
            title=_("Indicator groups"),
            fields=["key", "name", "name_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "indicatoren",
            Indicator,
            title=_("Indicators (startfoto)"),
            fields=[
                "key",
                "group",
                "name",
                "name_en",
                "definition",
                "numerator_definition",
                "denominator_definition",
                "unit",
                "polarity",
                "phase",
                "source",
                "licence",
                "synthetic",
                "order",
                "active",
            ],
            columns=["name", "group", "unit", "polarity", "active"],
        )
