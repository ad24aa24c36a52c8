"""A generic editor for the lists the national programme maintains.

An app registers a model in its ``AppConfig.ready``:
``lists.register("partnertypen", PartnerType, fields=["name", "name_en", "domain", ...])``.
The national editor then finds it under ``/beheer/lijsten``. Rows are never deleted (other
data points at them); they are switched off with ``active``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise


@dataclass(frozen=True)
class EditableList:
    key: str
    model: type[models.Model]
    fields: tuple[str, ...]
    title: str | Promise
    columns: tuple[str, ...]


_REGISTRY: dict[str, EditableList] = {}


def register(
    key: str,
    model: type[models.Model],
    *,
    fields: list[str],
    title: str | Promise,
    columns: list[str] | None = None,
) -> None:
    _REGISTRY[key] = EditableList(
        key=key,
        model=model,
        fields=tuple(fields),
        title=title,
        columns=tuple(columns or fields[:3]),
    )


def registered() -> list[EditableList]:
    return sorted(_REGISTRY.values(), key=lambda e: str(e.title))


def get(key: str) -> EditableList | None:
    return _REGISTRY.get(key)
