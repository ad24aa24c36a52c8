"""Property-based test of the whole API against its published OpenAPI document.

Schemathesis generates requests for every operation from the committed document (the one
``/api/v1/openapi.json`` publishes) and runs all its checks: no server error; status code,
content type, headers and body conform to the document; a request that breaks the document
is refused (4xx) and one that keeps it is accepted. Anonymously and with the API key of each
role. Bounded to a few examples per operation so the suite stays fast.

One allowance, stated here: a body the document allows can still name a municipality that
does not exist, a slug or partner that is taken, or a coalition the key may not write: the
writes answer 400 with ``invalidParams`` for that (documented), not only 404 or 409.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from kansrijk.api.openapi import DOCUMENT
from kansrijk.api.tests.fixtures import build_api_world
from kansrijk.conf.wsgi import application

WRITES_THAT_CHECK_REFERENCES = [
    {
        "include-path-regex": path,
        "include-method": method,
        "checks": {
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", "400", "401", "403", "404", "409"]
            }
        },
    }
    for path, method in (
        ("^/coalities$", "POST"),
        ("^/coalities/{slug}$", "PATCH"),
        ("^/coalities/{slug}/partners$", "POST"),
        ("^/coalities/{slug}/stappen$", "POST"),
    )
]
schema = schemathesis.openapi.from_path(
    str(DOCUMENT),
    config=SchemathesisConfig.from_dict({"operations": WRITES_THAT_CHECK_REFERENCES}),
)
ROLES = ("lead", "partner", "outsider")


@pytest.fixture
def world(db: Any) -> Any:
    return build_api_world()


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
def test_every_api_operation_answers_as_its_openapi_document_says(case: Any, world: Any) -> None:
    headers = {"Authorization": f"Bearer {world.national_key}"}
    case.call_and_validate(app=application, headers=headers)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=1, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_api_operation_answers_as_documented_without_a_key(case: Any, world: Any) -> None:
    case.call_and_validate(app=application)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@schema.parametrize()
@settings(max_examples=1, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_api_operation_answers_as_documented_with_the_key_of_each_role(
    case: Any, world: Any, role: str
) -> None:
    headers = {"Authorization": f"Bearer {getattr(world, f'{role}_key')}"}
    case.call_and_validate(app=application, headers=headers)
