"""Headless preview: the admin opens a short-lived token for the latest draft; the front end
reads the draft with it; nothing else can."""

from urllib.parse import parse_qs, urlsplit

from django.contrib.auth.models import Permission

import pytest

from cms.library.factories import MethodCardFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_page(make_page):
    page = make_page(title="Öffentlicher Titel")
    page.title = "Entwurfstitel"
    page.save_revision()
    return page


def open_preview(client, obj, model="core/standardpage"):
    return client.get(f"/admin/api/preview/{model}/{obj.pk}/")


def test_admin_redirects_to_the_configured_front_end_with_a_token(
    client, signed_in_user, draft_page, settings
):
    settings.API_PREVIEW_URL = "https://app.example/preview"
    client.force_login(signed_in_user)
    response = open_preview(client, draft_page)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.netloc == "app.example" and location.path == "/preview"
    query = parse_qs(location.query)
    assert query["content_type"] == ["core.StandardPage"]
    preview = client.get("/api/v2/preview/", {"token": query["token"][0]})
    assert preview.status_code == 200
    data = preview.json()
    assert data["title"] == "Entwurfstitel"
    assert data["meta"]["preview"]["revision_id"] == draft_page.get_latest_revision().pk
    assert preview["Cache-Control"] == "private, no-store"


def test_the_public_api_still_shows_the_published_version(client, signed_in_user, draft_page):
    client.force_login(signed_in_user)
    open_preview(client, draft_page)
    assert client.get(f"/api/v2/pages/{draft_page.pk}/").json()["title"] == "Öffentlicher Titel"


def test_without_a_front_end_the_admin_opens_the_json(client, signed_in_user, draft_page):
    client.force_login(signed_in_user)
    response = open_preview(client, draft_page)
    assert response["Location"].startswith("/api/v2/preview/?token=")
    assert client.get(response["Location"]).json()["title"] == "Entwurfstitel"


def test_a_never_published_page_can_be_previewed(client, signed_in_user, make_page):
    page = make_page(title="Ganz neu", live=False)
    page.save_revision()
    client.force_login(signed_in_user)
    assert client.get(open_preview(client, page)["Location"]).json()["title"] == "Ganz neu"


def test_tokens_expire(client, signed_in_user, draft_page, settings):
    client.force_login(signed_in_user)
    location = open_preview(client, draft_page)["Location"]
    settings.API_PREVIEW_TOKEN_MAX_AGE = -1
    response = client.get(location)
    assert response.status_code == 410
    assert response.json()["message"]


@pytest.mark.parametrize("token", ["", "nonsense", "eyJtIjoiY29yZS5TdGFuZGFyZFBhZ2UifQ:1abc:tampered"])
def test_a_missing_or_forged_token_is_refused(client, token):
    response = client.get("/api/v2/preview/", {"token": token})
    assert response.status_code == 400
    assert response.json()["message"]


def test_only_editors_of_the_item_may_open_a_preview(client, django_user_model, draft_page):
    visitor = django_user_model.objects.create_user("nur-admin-zugang", password="x")
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(visitor)
    response = open_preview(client, draft_page)
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_edit_view_offers_the_preview(client, signed_in_user, draft_page):
    client.force_login(signed_in_user)
    html = client.get(f"/admin/pages/{draft_page.pk}/edit/").content.decode()
    assert f'href="/admin/api/preview/core/standardpage/{draft_page.pk}/"' in html


def test_library_items_can_be_previewed(client, signed_in_user):
    method = MethodCardFactory(title="Methode live")
    method.title = "Methode im Entwurf"
    method.save_revision()
    client.force_login(signed_in_user)
    edit = client.get(f"/admin/snippets/library/methodcard/edit/{method.pk}/")
    assert f'href="/admin/api/preview/library/methodcard/{method.pk}/"' in edit.content.decode()
    location = open_preview(client, method, model="library/methodcard")["Location"]
    assert client.get(location).json()["title"] == "Methode im Entwurf"


def test_preview_answers_match_the_openapi_document(client, signed_in_user, draft_page):
    from openapi_schema_validator import OAS31Validator

    from cms.api.schema import openapi_document

    document = openapi_document()
    operation = document["paths"]["/api/v2/preview/"]["get"]
    client.force_login(signed_in_user)
    data = client.get(open_preview(client, draft_page)["Location"]).json()
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    OAS31Validator({**schema, "components": document["components"]}).validate(data)
