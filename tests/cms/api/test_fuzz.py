"""A property-based fuzz of the API from its own OpenAPI document (schemathesis): for
generated valid and invalid input, no answer is a server error and every answer has a
documented status, content type and shape. Bounded so it runs in seconds."""

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cms.api.schema import openapi_document

schema = schemathesis.openapi.from_dict(openapi_document())
application = get_wsgi_application()
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(autouse=True)
def keep_the_test_connection_open():
    """The WSGI handler closes database connections around each request, as it should in
    production; inside a test transaction that would close PostgreSQL's connection under the
    test (Django's own test client unhooks the same handler for the same reason)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_answers_every_generated_request_as_documented(case):
    case.call_and_validate(app=application, checks=CHECKS)
