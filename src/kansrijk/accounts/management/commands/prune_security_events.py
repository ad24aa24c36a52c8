"""``manage.py prune_security_events``: delete security events older than the retention."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from kansrijk.accounts.models import SecurityEvent


class Command(BaseCommand):
    help = "Delete security events older than KANSRIJK_SECURITY_LOG_DAYS (default 365)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=settings.KANSRIJK_SECURITY_LOG_DAYS)

    def handle(self, *args: Any, **options: Any) -> None:
        cutoff = timezone.now() - timedelta(days=options["days"])
        deleted, _ = SecurityEvent.objects.filter(timestamp__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} security events older than {options['days']} days.")
