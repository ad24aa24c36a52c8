"""Seeding the programme's editable lists from YAML, without overwriting the editors' work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.db import models


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def seed_row(
    model: type[models.Model], key: str, values: dict[str, Any], *, key_field: str = "key"
) -> bool:
    """Create the row when no row has this key; True when one was created.

    An existing row is left as it is: once seeded, a list belongs to the national editor,
    and a second run of ``load_reference_data`` must not undo their edits.
    """
    manager = model._default_manager
    if manager.filter(**{key_field: key}).exists():
        return False
    manager.create(**{key_field: key}, **values)
    return True
