from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignallingConfig(AppConfig):
    name = "kansrijk.signalling"
    label = "signalling"
    verbose_name = _("Early signalling (step 4)")

    def ready(self) -> None:
        from kansrijk.signalling import audit  # noqa: F401  (registers the audit log)
        from kansrijk.signalling.models import (
            Domain,
            Factor,
            Phase,
            ReferralOutcome,
            ScreeningInstrument,
            ValidationStatus,
            VulnerabilityGrade,
        )
        from kansrijk.ui import lists

        common = ["key", "name", "name_en", "order", "active"]
        lists.register(
            "levensdomeinen",
            Domain,
            title=_("Life domains of the broad conversation"),
            fields=[*common, "question", "question_en", "risk_situations"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "factoren",
            Factor,
            title=_("Risk and protective factors"),
            fields=["key", "domain", "kind", "name", "name_en", "order", "active"],
            columns=["name", "domain", "kind", "active"],
        )
        lists.register(
            "kwetsbaarheid",
            VulnerabilityGrade,
            title=_("Grades of vulnerability"),
            fields=[*common, "description", "description_en"],
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "signaleringsfasen",
            Phase,
            title=_("Phases of early signalling"),
            fields=common,
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "validatiestatussen",
            ValidationStatus,
            title=_("Validation statuses of screening instruments"),
            fields=common,
            columns=["name", "name_en", "active"],
        )
        lists.register(
            "screeningsinstrumenten",
            ScreeningInstrument,
            title=_("Screening instruments"),
            fields=[
                *common,
                "description",
                "description_en",
                "users",
                "users_en",
                "phases",
                "domains",
                "validation",
            ],
            columns=["name", "validation", "active"],
        )
        lists.register(
            "verwijsuitkomsten",
            ReferralOutcome,
            title=_("Outcomes of referrals"),
            fields=common,
            columns=["name", "name_en", "active"],
        )
