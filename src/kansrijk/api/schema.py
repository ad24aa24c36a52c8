"""Post-processing of the generated OpenAPI document so it meets the API Design Rules.

- every 2xx/3xx answer documents the ``API-Version`` header (/core/version-header);
- every error answer is ``application/problem+json`` with the ``Problem`` schema
  (/core/error-handling/problem-details), and every write or GET with parameters can
  answer 400 (/core/error-handling/invalid-input); writes can answer 401 and 403,
  addresses with a path parameter 404, and everything 503 during a database outage.
"""

from __future__ import annotations

from typing import Any

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An error as RFC 9457 describes it.",
    "properties": {
        "type": {"type": "string", "description": "A URI that identifies the kind of error."},
        "title": {"type": "string", "description": "Short summary of the kind of error."},
        "status": {"type": "integer", "description": "The HTTP status code."},
        "detail": {"type": "string", "description": "What went wrong in this request."},
        "instance": {"type": "string", "description": "The address that was requested."},
        "invalidParams": {
            "type": "array",
            "description": "Per wrong input field: its name, a code and the reason.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["name", "code", "reason"],
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}

VERSION_HEADER: dict[str, Any] = {
    "description": "The full version of the API (semantic versioning).",
    "schema": {"type": "string", "example": "1.0.0"},
    "required": True,
}

_ERRORS = {
    "400": "The input is not valid.",
    "401": "An API key (or log-in) is needed, or the key given is not valid.",
    "403": "The user of this key (or log-in) may not do this.",
    "404": "There is no resource at this address.",
    "503": "The service is temporarily unavailable.",
}
_WRITES = ("post", "put", "patch", "delete")


def _error(code: str) -> dict[str, Any]:
    return {
        "description": _ERRORS[code],
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


# No NUL character in any text (the global guard refuses it with a 400).
NO_NUL = "^[^\\u0000]*$"
# A required text: also not only spaces (the serializers trim them and refuse what is left).
NOT_BLANK = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"


def _strict_request(schema: dict[str, Any]) -> None:
    """A request body holds only its named fields (``kansrijk.api.strict``) and no text
    with a NUL character."""
    schema["additionalProperties"] = False
    for prop in schema.get("properties", {}).values():
        _no_nul(prop)


def _no_nul(schema: dict[str, Any]) -> None:
    """A text parameter or field holds no NUL (the global guard answers 400 to one)."""
    if schema.get("type") == "string" and not {"format", "pattern", "enum"} & set(schema):
        schema["pattern"] = NOT_BLANK if schema.get("minLength", 0) > 0 else NO_NUL


def add_api_design_rules(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    components = result.setdefault("components", {})
    for name, schema in components.get("schemas", {}).items():
        if name.endswith("Request") and schema.get("type") == "object":
            _strict_request(schema)
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    components.setdefault("headers", {})["API-Version"] = VERSION_HEADER
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in ("get", *_WRITES):
                continue
            if method == "get" and operation.get("security"):
                operation["security"] = [*operation["security"], {}]  # no key needed to read
            for parameter in operation.get("parameters", []):
                _no_nul(parameter.get("schema", {}))
            responses: dict[str, Any] = operation.setdefault("responses", {})
            for code, response in responses.items():
                if code[0] in "23":
                    response.setdefault("headers", {})["API-Version"] = {
                        "$ref": "#/components/headers/API-Version"
                    }
            # A wrong key answers 401 anywhere; members-only data and writes can answer 403.
            wanted = ["401", "403", "503"]
            if method in _WRITES or operation.get("parameters"):
                wanted.append("400")
            names = {p.get("name") for p in operation.get("parameters", [])}
            if "{" in path or "page" in names:
                wanted.append("404")  # unknown resource, or a page beyond the last
            for code in wanted:
                responses[code] = _error(code)
            for code, response in list(responses.items()):
                if code[0] in "45" and code not in _ERRORS:  # documented by the view itself
                    responses[code] = {
                        **_error("400"),
                        "description": response.get("description") or "An error.",
                    }
            operation["responses"] = dict(sorted(responses.items()))
    return result
