"""Validation against the HSDS 3.0 JSON schemas shipped in `data/hsds-3.0/`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_DIR = Path(__file__).resolve().parents[4] / "data" / "hsds-3.0" / "compiled"


@dataclass(frozen=True)
class SchemaError:
    """One problem in an HSDS document: where (`item` = index in the list, `path` = field
    path inside it) and what (the validator's message, in English)."""

    item: int
    path: str
    message: str


@cache
def _service_schema() -> dict[str, Any]:
    with (SCHEMA_DIR / "service_with_definitions.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@cache
def _validator(kind: str) -> Draft202012Validator:
    schema = _service_schema()
    if kind != "service":
        schema = {"$ref": f"#/definitions/{kind}", "definitions": schema["definitions"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def tabular_columns() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """table name -> (file name, [(column, json type)]) of HSDS's tabular form; nested
    arrays and objects are left out (they are tables of their own)."""
    with (SCHEMA_DIR / "tabular.json").open(encoding="utf-8") as handle:
        tabular = json.load(handle)
    tables = {}
    for name, definition in tabular["properties"].items():
        item = definition["items"]
        columns = [
            (column, spec.get("type", "string"))
            for column, spec in item["properties"].items()
            if spec.get("type") not in ("array", "object") and "$ref" not in spec
        ]
        tables[name] = (item["path"], columns)
    return tables


@cache
def required_columns(kind: str) -> frozenset[str]:
    """The properties HSDS requires of an object of `kind`."""
    schema = _service_schema()
    definition = schema if kind == "service" else schema["definitions"].get(kind, {})
    return frozenset(definition.get("required", ()))


def validate(kind: str, items: list[Any]) -> list[SchemaError]:
    """Validate every item as an HSDS `kind` (`service`, `organization`, ...)."""
    validator = _validator(kind)
    errors = []
    for index, item in enumerate(items):
        for error in sorted(validator.iter_errors(item), key=lambda e: list(e.absolute_path)):
            path = ".".join(str(part) for part in error.absolute_path)
            errors.append(SchemaError(item=index, path=path, message=error.message))
    return errors
