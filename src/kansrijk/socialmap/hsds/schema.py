"""Validation against the HSDS 3.0 JSON schemas shipped in `data/hsds-3.0/`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from jsonschema import Draft202012Validator, ValidationError

SCHEMA_DIR = Path(__file__).resolve().parents[4] / "data" / "hsds-3.0" / "compiled"


@dataclass(frozen=True)
class SchemaError:
    """One problem in an HSDS document: where (`item` = index in the list, `path` = field
    path inside it) and what (`message`: a sentence for the user, translated into the
    language active when the document was checked)."""

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
    """Validate every item as an HSDS `kind` (`service`, `organization`, ...).

    The messages are translated into the active language; a problem reported twice at the
    same place (every missing field of one object, say) is listed once.
    """
    validator = _validator(kind)
    errors: list[SchemaError] = []
    for index, item in enumerate(items):
        for error in sorted(validator.iter_errors(item), key=lambda e: list(e.absolute_path)):
            path = ".".join(str(part) for part in error.absolute_path)
            found = SchemaError(item=index, path=path, message=message(error))
            if found not in errors:
                errors.append(found)
    return errors


MAX_SHOWN = 60  # characters of a value repeated in a message


def shown(value: Any) -> str:
    """`value` quoted for a message (as Python shows it), cut short when long."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else f"{text[: MAX_SHOWN - 1]}\u2026"


def listed(values: Iterable[Any]) -> str:
    """Values quoted and separated by commas."""
    return ", ".join(shown(value) for value in values)


def _either(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return _("%(items)s or %(last)s") % {"items": ", ".join(words[:-1]), "last": words[-1]}


def _kind(name: str) -> str:
    kinds = {
        "string": _("text"),
        "number": _("a number"),
        "integer": _("a whole number"),
        "array": _("a list"),
        "object": _("an object"),
        "boolean": _("yes or no (true/false)"),
        "null": _("empty (null)"),
    }
    return kinds.get(name, name)


def _kind_of(value: Any) -> str:
    if value is None:
        return _kind("null")
    if isinstance(value, bool):
        return _kind("boolean")
    if isinstance(value, int):
        return _kind("integer")
    if isinstance(value, float):
        return _kind("number")
    if isinstance(value, str):
        return _kind("string")
    if isinstance(value, list):
        return _kind("array")
    return _kind("object")


def _required(error: ValidationError) -> str:
    instance = error.instance if isinstance(error.instance, dict) else {}
    missing = [name for name in error.validator_value if name not in instance]
    return ngettext(
        "Required field missing: %(fields)s",
        "Required fields missing: %(fields)s",
        len(missing),
    ) % {"fields": listed(missing)}


def _type(error: ValidationError) -> str:
    expected = error.validator_value
    names = [expected] if isinstance(expected, str) else list(expected)
    return _("The value must be %(expected)s, but is %(found)s") % {
        "expected": _either([_kind(name) for name in names]),
        "found": _kind_of(error.instance),
    }


def _format(error: ValidationError) -> str:
    messages = {
        "uri": _("%(value)s is not a valid web address"),
        "uri-reference": _("%(value)s is not a valid web address"),
        "iri": _("%(value)s is not a valid web address"),
        "iri-reference": _("%(value)s is not a valid web address"),
        "email": _("%(value)s is not a valid e-mail address"),
        "idn-email": _("%(value)s is not a valid e-mail address"),
        "date": _("%(value)s is not a valid date (YYYY-MM-DD)"),
        "date-time": _(
            "%(value)s is not a valid date and time (for example 2025-01-31T09:00:00+01:00)"
        ),
        "time": _("%(value)s is not a valid time (for example 09:00:00+01:00)"),
        "uuid": _(
            "%(value)s is not a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000)"
        ),
    }
    template = messages.get(
        error.validator_value, _("%(value)s does not have the format %(format)s")
    )
    return template % {"value": shown(error.instance), "format": error.validator_value}


def _additional(error: ValidationError) -> str:
    instance = error.instance if isinstance(error.instance, dict) else {}
    known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    patterns = error.schema.get("patternProperties", {}) if isinstance(error.schema, dict) else {}
    unknown = sorted(
        name
        for name in instance
        if name not in known and not any(re.search(pattern, name) for pattern in patterns)
    )
    return ngettext("Unknown field: %(fields)s", "Unknown fields: %(fields)s", len(unknown)) % {
        "fields": listed(unknown)
    }


def _length(error: ValidationError) -> str:
    limit = error.validator_value
    value = shown(error.instance)
    if error.validator == "minLength":
        if error.instance == "":
            return _("The field must not be empty")
        return ngettext(
            "%(value)s is too short: at least %(limit)s character is needed",
            "%(value)s is too short: at least %(limit)s characters are needed",
            int(limit),
        ) % {"value": value, "limit": limit}
    return ngettext(
        "%(value)s is too long: at most %(limit)s character is allowed",
        "%(value)s is too long: at most %(limit)s characters are allowed",
        int(limit),
    ) % {"value": value, "limit": limit}


def _bound(error: ValidationError) -> str:
    messages = {
        "minimum": _("%(value)s is too small: the minimum is %(limit)s"),
        "exclusiveMinimum": _("%(value)s is too small: it must be more than %(limit)s"),
        "maximum": _("%(value)s is too large: the maximum is %(limit)s"),
        "exclusiveMaximum": _("%(value)s is too large: it must be less than %(limit)s"),
    }
    return messages[str(error.validator)] % {
        "value": shown(error.instance),
        "limit": error.validator_value,
    }


def _items(error: ValidationError) -> str:
    limit = error.validator_value
    if error.validator == "minItems":
        return ngettext(
            "The list must have at least %(limit)s item",
            "The list must have at least %(limit)s items",
            int(limit),
        ) % {"limit": limit}
    return ngettext(
        "The list may have at most %(limit)s item",
        "The list may have at most %(limit)s items",
        int(limit),
    ) % {"limit": limit}


def _simple(error: ValidationError) -> str:
    value = shown(error.instance)
    if error.validator == "enum":
        return _("%(value)s is not allowed; allowed values: %(allowed)s") % {
            "value": value,
            "allowed": listed(error.validator_value),
        }
    if error.validator == "const":
        return _("%(value)s is not allowed; the only allowed value is %(allowed)s") % {
            "value": value,
            "allowed": shown(error.validator_value),
        }
    if error.validator == "pattern":
        return _("%(value)s does not have the expected form (pattern %(pattern)s)") % {
            "value": value,
            "pattern": error.validator_value,
        }
    if error.validator == "uniqueItems":
        return _("The list contains the same item more than once")
    if error.validator == "anyOf" or (error.validator == "oneOf" and error.context):
        return _("The value matches none of the allowed forms")
    if error.validator == "oneOf":
        return _("The value matches more than one of the allowed forms")
    return _("The value does not match the HSDS schema (rule %(rule)s)") % {"rule": error.validator}


_MESSAGES: dict[str, Callable[[ValidationError], str]] = {
    "required": _required,
    "type": _type,
    "format": _format,
    "additionalProperties": _additional,
    "minLength": _length,
    "maxLength": _length,
    "minimum": _bound,
    "exclusiveMinimum": _bound,
    "maximum": _bound,
    "exclusiveMaximum": _bound,
    "minItems": _items,
    "maxItems": _items,
}


def message(error: ValidationError) -> str:
    """A sentence for the user about `error`, in the active language."""
    return _MESSAGES.get(str(error.validator), _simple)(error)
