"""The OpenAPI document: valid, complete, and true to the real responses; the docs page."""

import re

from django.contrib.staticfiles import finders

from wagtail.models import get_page_models

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from cms.api.router import endpoints
from cms.api.schema import openapi_document

from .helpers import API

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def document():
    return openapi_document()


def test_schema_is_served_and_valid_openapi_3(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    validate(response.json())


def test_every_endpoint_and_operation_is_described(document):
    for name in endpoints:
        for suffix in ("", "{id}/", "find/"):
            assert f"{API}{name}/{suffix}" in document["paths"], (name, suffix)


def test_every_page_type_has_a_schema_with_its_api_fields(document):
    schemas = document["components"]["schemas"]
    for model in get_page_models():
        schema = next(
            s
            for s in schemas.values()
            if s.get("properties", {}).get("meta", {}).get("properties", {}).get("type", {}).get("enum")
            == [model._meta.label]
            and "title" in s["properties"]
        )
        for field in getattr(model, "api_fields", []):
            assert getattr(field, "name", field) in schema["properties"], (model, field)


def test_every_query_parameter_an_endpoint_accepts_is_documented(document):
    for name, endpoint in endpoints.items():
        documented = {p["name"] for p in document["paths"][f"{API}{name}/"]["get"]["parameters"]}
        accepted = set(endpoint.known_query_parameters) - {"_"}
        accepted |= endpoint().get_filterable_fields(endpoint.model)
        assert accepted - documented == set(), name


def _validator(document, schema):
    return OAS31Validator({**schema, "components": document["components"]})


REQUESTS = [
    ("pages/", {"site": "lausitz.localhost", "fields": "*", "limit": 50}),
    ("pages/", {"site": "lernplattform.localhost", "fields": "*", "limit": 50}),
    ("pages/", {"site": "meissen.localhost", "fields": "_,id,title", "locale": "en"}),
    *[
        ("pages/", {"site": "lausitz.localhost", "type": m._meta.label, "fields": "*"})
        for m in get_page_models()
    ],
    *[
        ("pages/", {"site": "lernplattform.localhost", "type": m._meta.label, "fields": "*"})
        for m in get_page_models()
    ],
    *[(f"{name}/", {"fields": "*", "limit": 100}) for name in endpoints if name not in {"pages"}],
]


@pytest.mark.parametrize("endpoint, params", REQUESTS, ids=lambda value: str(value))
def test_real_listing_responses_match_the_document(client, document, endpoint, params):
    response = client.get(API + endpoint, params)
    assert response.status_code == 200, response.content
    operation = document["paths"][API + endpoint]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    _validator(document, schema).validate(response.json())
    detail_schema = document["paths"][f"{API}{endpoint}{{id}}/"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    for item in response.json()["items"][:5]:
        detail = client.get(f"{API}{endpoint}{item['id']}/").json()
        _validator(document, detail_schema).validate(detail)


def test_error_responses_match_the_document(client, document):
    error = document["components"]["schemas"]["Error"]
    _validator(document, error).validate(client.get(API + "pages/?limit=abc").json())
    _validator(document, error).validate(client.get(API + "pages/99999/").json())


def test_docs_page_uses_only_our_own_static_files_and_no_inline_script(client):
    response = client.get("/api/docs/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r'(src|href)="(https?:)?//', html)
    for path in re.findall(r'(?:src|href)="/static/([^"]+)"', html):
        assert finders.find(path), path
    assert 'data-schema-url="/api/schema/"' in html
