from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "kansrijk.accounts"
    label = "accounts"
    verbose_name = _("Accounts and access")

    def ready(self) -> None:
        from kansrijk.accounts import signals  # noqa: F401  (connects the receivers)
        from kansrijk.accounts.audit import register_coalition_model
        from kansrijk.accounts.models import Membership

        register_coalition_model(Membership, exclude_fields=["created_at"])
