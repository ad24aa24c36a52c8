"""Property-based test of the whole API against its published OpenAPI document.

Schemathesis generates requests for every operation from the committed document (the one
``/api/v1/openapi.json`` publishes) and checks that no answer is a server error and that
every answer (status, content type, headers, body) matches the document. Bounded to a few
examples per operation so the suite stays fast.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi import checks as openapi_checks

from kansrijk.api.openapi import DOCUMENT
from kansrijk.api.tests.fixtures import build_api_world
from kansrijk.conf.wsgi import application

schema = schemathesis.openapi.from_path(str(DOCUMENT))

CHECKS = [
    not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
]


@pytest.fixture
def api_key(db: Any) -> str:
    return build_api_world().national_key


@pytest.fixture(autouse=True)
def _keep_the_test_transaction_open() -> Any:
    """Schemathesis calls the WSGI application itself, which closes "old" connections at
    the start and end of every request, as in production. Inside the test's transaction
    that would close PostgreSQL's connection (SQLite's in-memory one survives), so do what
    Django's own test client does and leave the connection alone during the test."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_api_operation_answers_as_its_openapi_document_says(case: Any, api_key: str) -> None:
    case.call_and_validate(
        app=application, headers={"Authorization": f"Bearer {api_key}"}, checks=CHECKS
    )


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=1, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_api_operation_answers_as_documented_without_a_key(case: Any, api_key: str) -> None:
    case.call_and_validate(app=application, checks=CHECKS)
