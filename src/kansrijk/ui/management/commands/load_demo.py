"""Load the fictional demo world: accounts per role, coalitions and their data."""

import logging
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from kansrijk.ui.management.commands._discovery import app_modules


class Command(BaseCommand):
    help = "Load reference data and the demo data of every app (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        # The demo's role changes are still stored as security events, but their log
        # lines would only clutter the list of demo log-ins this command prints.
        security = logging.getLogger("kansrijk.security")
        level = security.level
        security.setLevel(logging.WARNING)
        try:
            call_command("load_reference_data", stdout=self.stdout)
            for module in app_modules("demo"):
                module.load(stdout=self.stdout)
        finally:
            security.setLevel(level)
