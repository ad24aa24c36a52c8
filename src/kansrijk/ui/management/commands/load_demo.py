"""Load the fictional demo world: accounts per role, coalitions and their data."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from kansrijk.ui.management.commands._discovery import app_modules


class Command(BaseCommand):
    help = "Load reference data and the demo data of every app (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("load_reference_data", stdout=self.stdout)
        for module in app_modules("demo"):
            module.load(stdout=self.stdout)
