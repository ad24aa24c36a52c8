from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoalitionsConfig(AppConfig):
    name = "kansrijk.coalitions"
    label = "coalitions"
    verbose_name = _("Coalitions (step 1)")

    def ready(self) -> None:
        from kansrijk.coalitions import audit  # noqa: F401  (registers the audit log)
        from kansrijk.coalitions.models import BasicPrinciple, PartnerDomain, PartnerType
        from kansrijk.ui import lists

        lists.register(
            "partnerdomeinen",
            PartnerDomain,
            title=_("Partner domains"),
            fields=["key", "name", "name_en", "order", "active"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "partnertypen",
            PartnerType,
            title=_("Partner types"),
            fields=[
                "key",
                "name",
                "name_en",
                "domain",
                "description",
                "description_en",
                "recommended",
                "order",
                "active",
            ],
            columns=["name", "domain", "recommended", "active"],
        )
        lists.register(
            "basisprincipes",
            BasicPrinciple,
            title=_("Basic principles"),
            fields=[
                "key",
                "scope",
                "name",
                "name_en",
                "description",
                "description_en",
                "tools",
                "order",
                "active",
            ],
            columns=["name", "scope", "active"],
        )
