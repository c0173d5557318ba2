"""ETag, Cache-Control and 304; CORS from configuration."""

import pytest

from .helpers import api_get

pytestmark = pytest.mark.django_db


def test_answers_carry_an_etag_and_public_cache_control(client, settings):
    settings.API_CACHE_MAX_AGE = 120
    response = api_get(client, "pages/", {"site": "lausitz.localhost"})
    assert response["ETag"].startswith('"')
    assert response["Cache-Control"] == "public, max-age=120"


def test_a_matching_if_none_match_answers_304_without_a_body(client):
    first = api_get(client, "methods/", {"fields": "*"})
    again = api_get(client, "methods/", {"fields": "*"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    weak = api_get(client, "methods/", {"fields": "*"}, HTTP_IF_NONE_MATCH=f'"other", W/{first["ETag"]}')
    assert weak.status_code == 304


def test_a_change_gives_a_new_etag(client, make_page):
    first = api_get(client, "pages/", {"site": "lausitz.localhost", "limit": 100})
    make_page(title="Neu")
    second = api_get(
        client, "pages/", {"site": "lausitz.localhost", "limit": 100}, HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]


def test_answers_to_a_signed_in_user_are_private(client, signed_in_user):
    client.force_login(signed_in_user)
    response = api_get(client, "pages/", {"site": "lausitz.localhost"})
    assert response["Cache-Control"] == "private, no-cache"
    assert (
        api_get(
            client, "pages/", {"site": "lausitz.localhost"}, HTTP_IF_NONE_MATCH=response["ETag"]
        ).status_code
        == 304
    )


def test_errors_are_not_stored(client):
    assert api_get(client, "pages/", {"limit": "abc"})["Cache-Control"] == "no-store"


def test_cors_allows_the_configured_origins_only(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example"]
    allowed = api_get(client, "pages/", HTTP_ORIGIN="https://app.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = api_get(client, "pages/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://app.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]


def test_cors_headers_only_on_the_api(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example"]
    page = client.get("/de/", HTTP_HOST="lausitz.localhost", HTTP_ORIGIN="https://app.example")
    assert "Access-Control-Allow-Origin" not in page
