"""Gaps between what the API documents and what it does: every answer under /api/ is JSON with
a ``message``, and the OpenAPI document accepts exactly the values the API accepts."""

import re

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from .helpers import API, api_get

pytestmark = pytest.mark.django_db


def json_message(response) -> str:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()["message"]


@pytest.mark.parametrize("path", ["v2/preview/", "schema/", ""])
def test_writing_to_the_apis_own_views_answers_405_json_even_without_a_csrf_token(path):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/api/{path}", {"token": "x"})
    assert response.status_code == 405
    assert json_message(response)
    assert "GET" in response["Allow"]


def test_writing_to_an_endpoint_without_a_csrf_token_answers_json():
    response = Client(enforce_csrf_checks=True).post(f"{API}pages/", {})
    assert response.status_code in {403, 405}
    assert json_message(response)


def test_too_many_query_parameters_answer_400_json(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    query = "&".join(f"a{number}=1" for number in range(20))
    response = client.get(f"{API}pages/?{query}")
    assert response.status_code == 400
    with translation.override("de"):  # the API answers in the site's language by default
        expected = translation.gettext("too many query parameters (at most %d)") % 10
    assert json_message(response) == expected


def test_too_many_query_parameters_on_a_site_page_stay_a_normal_400(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    query = "&".join(f"a{number}=1" for number in range(20))
    with translation.override("de"):
        path = reverse("search")
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert not response["Content-Type"].startswith("application/json")


@pytest.fixture
def listing_parameters(client):
    operation = client.get("/api/schema/").json()["paths"][f"{API}pages/"]["get"]
    return {parameter["name"]: parameter["schema"] for parameter in operation["parameters"]}


def schema_accepts(schema: dict, value: str) -> bool:
    if "enum" in schema:
        return value in schema["enum"]
    if len(value) < schema.get("minLength", 0):
        return False
    return re.search(schema["pattern"], value) is not None if "pattern" in schema else True


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("order", ""),
        ("order", "title"),
        ("order", "-title,id"),
        ("order", "random"),
        ("order", "title,"),
        ("order", "--title"),
        ("order", "ti\x00tle"),
        ("fields", "title\x00"),
        ("fields", "\x00"),
        ("fields", "title"),
        ("fields", "*"),
        ("search", "kick\x00off"),
        ("search", "kick-off"),
        ("html_path", "/de/\x00"),
        ("site", "lausitz\x00.localhost"),
    ],
)
def test_the_schema_accepts_a_value_exactly_when_the_api_does(client, listing_parameters, name, value):
    if name not in listing_parameters:  # html_path belongs to find/
        operation = client.get("/api/schema/").json()["paths"][f"{API}pages/find/"]["get"]
        listing_parameters = {p["name"]: p["schema"] for p in operation["parameters"]}
    params = {name: value, "site": "lausitz.localhost"} if name != "site" else {name: value}
    endpoint = "pages/find/" if name == "html_path" else "pages/"
    response = api_get(client, endpoint, params)
    assert response.status_code != 500
    api_accepts = (
        response.status_code in {200, 302, 404} if name == "html_path" else response.status_code == 200
    )
    assert schema_accepts(listing_parameters[name], value) == api_accepts, response.content[:300]


def test_an_empty_order_is_refused_with_a_message(client):
    response = api_get(client, "pages/", {"order": ""})
    assert response.status_code == 400
    assert "order" in json_message(response)
