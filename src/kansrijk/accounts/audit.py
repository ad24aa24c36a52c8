"""Recording every change to coalition data (django-auditlog), per coalition."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.db import models
from django.db.models import QuerySet


def register_coalition_model(
    model: type[models.Model], coalition_attr: str = "coalition", **options: Any
) -> None:
    """Register ``model`` with the audit log; each entry remembers the coalition it belongs to.

    ``coalition_attr`` is the dotted attribute path from an instance to its coalition
    (``"coalition"``, ``"path.coalition"``), or ``"self"`` for the coalition model itself.
    """

    def get_additional_data(instance: models.Model) -> dict[str, Any]:
        coalition = instance if coalition_attr == "self" else attrgetter(coalition_attr)(instance)
        return {"coalition_id": getattr(coalition, "pk", None)}

    model.get_additional_data = get_additional_data  # type: ignore[attr-defined]
    auditlog.register(model, **options)


def coalition_log(coalition_id: int) -> QuerySet[LogEntry]:
    entries: QuerySet[LogEntry] = (
        LogEntry.objects.filter(additional_data__coalition_id=coalition_id)
        .select_related("actor", "content_type")
        .order_by("-timestamp")
    )
    return entries
