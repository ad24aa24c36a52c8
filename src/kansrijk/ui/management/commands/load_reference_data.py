"""Load the reference data every app ships (idempotent: a second run changes nothing)."""

from typing import Any

from django.core.management.base import BaseCommand

from kansrijk.ui.management.commands._discovery import app_modules


class Command(BaseCommand):
    help = "Load municipalities, boundaries and the programme's lists (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        for module in app_modules("reference"):
            module.load(stdout=self.stdout)
