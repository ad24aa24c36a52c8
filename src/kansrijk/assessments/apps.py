from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "kansrijk.assessments"
    label = "assessments"
    verbose_name = _("Analysetool and questionnaires (step 2b)")

    def ready(self) -> None:
        from kansrijk.assessments import audit  # noqa: F401  (registers the audit log)
        from kansrijk.assessments.models import Instrument
        from kansrijk.ui import lists

        lists.register(
            "instrumenten",
            Instrument,
            title=_("Instruments that help improve a statement"),
            fields=["key", "name", "name_en", "url_name", "order", "active"],
            columns=["name", "name_en", "url_name", "active"],
        )
