"""The repository follows the Dutch public-code conventions (issue 20): a publiccode.yml that
validates against the standard's JSON Schema, the EUPL-1.2 licence, and the documents a
public body looks for before it adopts the software."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[4]


def _schema() -> dict[str, Any]:
    """The shipped schema names its parts with draft-07 plain-name ``$id``s ("#legal") under a
    relative root ``$id``, which the resolver cannot place; point each ``$ref`` at its
    definition instead. It also puts the allowed values of ``platforms`` and ``categories``
    on the list itself rather than on its items, so that no list would pass; the standard
    says they are the values of the items, and the standard wins. Likewise the rules of a
    language's description stand under ``properties`` as if a language were called
    "additionalProperties", so no description was checked. Nothing else changes."""
    text = (ROOT / "data" / "publiccode" / "publiccode_schema_v0.5.7.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    ids = {definition["$id"]: name for name, definition in schema["definitions"].items()}

    def repoint(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: (f"#/definitions/{ids[value]}" if key == "$ref" else repoint(value))
                if key != "$id"
                else value
                for key, value in node.items()
                if not (key == "$id" and node is schema)
            }
        if isinstance(node, list):
            return [repoint(item) for item in node]
        return node

    fixed: dict[str, Any] = repoint(schema)
    for key in ("platforms", "categories"):
        listed = fixed["properties"][key]
        listed["items"]["enum"] = listed.pop("enum")
    description = fixed["definitions"]["description"]
    description["additionalProperties"] = description.pop("properties")["additionalProperties"]
    return fixed


def _errors(document: Any) -> list[str]:
    validator = jsonschema.Draft7Validator(_schema(), format_checker=jsonschema.FormatChecker())
    return [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(document)]


def test_publiccode_yml_validates_against_the_standards_schema() -> None:
    document = yaml.safe_load((ROOT / "publiccode.yml").read_text())
    assert _errors(document) == []
    assert document["legal"]["license"] == "EUPL-1.2"
    assert set(document["localisation"]["availableLanguages"]) == {"nl", "en"}


def test_the_schema_check_refuses_a_broken_publiccode_yml() -> None:
    document = yaml.safe_load((ROOT / "publiccode.yml").read_text())
    document["developmentStatus"] = "bijna klaar"
    del document["legal"]
    document["description"]["nl"]["shortDescription"] = "x" * 151
    errors = _errors(document)
    assert any("developmentStatus" in e for e in errors)
    assert any("'legal' is a required property" in e for e in errors)
    assert any("shortDescription" in e for e in errors)


def test_the_licence_is_the_eupl_1_2() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("# EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text


def test_contributing_security_and_the_self_assessment_are_there() -> None:
    security = (ROOT / "SECURITY.md").read_text()
    assert re.search(r"[\w.]+@[\w.]+", security), "SECURITY.md names where to report"
    assert (ROOT / "CONTRIBUTING.md").read_text().count("make test") >= 1
    assessment = (ROOT / "docs" / "standard-for-public-code.md").read_text()
    # every criterion of the Standard for Public Code is assessed
    assert len(re.findall(r"^## \d+\. ", assessment, flags=re.M)) == 16
