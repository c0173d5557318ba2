"""Images and documents: credits, alt text in the requested language, private collections."""

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cms.core.factories import CMSImageFactory
from cms.core.models import CMSDocument, SiteSettings

from .helpers import api_get, ids

pytestmark = pytest.mark.django_db


def test_images_carry_credit_and_alt_text_in_the_requested_language(client):
    image = CMSImageFactory(description="Ein Bild", description_en="A picture", credit="© Beispiel")
    german = api_get(client, f"images/{image.pk}/").json()
    english = api_get(client, f"images/{image.pk}/", {"locale": "en"}).json()
    assert (german["alt"], english["alt"]) == ("Ein Bild", "A picture")
    assert german["credit"] == "© Beispiel"
    assert german["meta"]["download_url"].startswith("http://testserver/media/")


def document_link(document) -> tuple[str, str]:
    """A StreamField text block that links to ``document`` (Wagtail's reference index then
    records that the page uses it)."""
    return ("text", f'<p><a linktype="document" id="{document.pk}">{document.title}</a></p>')


def test_documents_in_a_private_collection_appear_nowhere(client, signed_in_user, make_page):
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = CMSDocument.objects.create(title="Interna", file="documents/interna.pdf", collection=private)
    shown = CMSDocument.objects.create(title="Öffentlich", file="documents/offen.pdf")
    make_page(body=[document_link(hidden), document_link(shown)])
    client.force_login(signed_in_user)
    listed = ids(api_get(client, "documents/", {"limit": 100}))
    assert shown.pk in listed and hidden.pk not in listed
    assert api_get(client, f"documents/{hidden.pk}/").status_code == 404


# --- Which documents are public ---------------------------------------------------------
# A document is listed by /api/v2/documents/ once a live, public page (or a live library item)
# uses it, not the moment it is uploaded.


@pytest.fixture
def document():
    return CMSDocument.objects.create(title="Programm Kick-off", file="documents/programm.pdf")


def listed_documents(client):
    return ids(api_get(client, "documents/", {"limit": 100}))


def test_a_document_no_page_uses_is_not_public(client, document):
    assert document.pk not in listed_documents(client)
    assert api_get(client, f"documents/{document.pk}/").status_code == 404
    assert api_get(client, "documents/find/", {"id": document.pk}).status_code == 404


def test_a_document_a_live_public_page_uses_is_public(client, document, make_page):
    make_page(body=[document_link(document)])
    assert document.pk in listed_documents(client)
    data = api_get(client, f"documents/{document.pk}/").json()
    assert data["title"] == "Programm Kick-off"


def test_a_document_used_only_by_a_draft_or_a_private_page_is_not_public(client, document, make_page):
    draft = make_page(body=[document_link(document)], live=False)
    assert not draft.live
    private = make_page(body=[document_link(document)])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    assert document.pk not in listed_documents(client)
    assert api_get(client, f"documents/{document.pk}/").status_code == 404


def test_a_document_stops_being_public_when_its_page_is_unpublished(client, document, make_page):
    page = make_page(body=[document_link(document)])
    assert document.pk in listed_documents(client)
    page.unpublish()
    assert document.pk not in listed_documents(client)


def test_the_rule_is_stated_in_the_schema(client):
    description = client.get("/api/schema/").json()["paths"]["/api/v2/documents/"]["get"]["description"]
    assert "live" in description and "public" in description


def test_documents_without_a_language_answer_null_as_the_schema_says(client, document, make_page):
    """Documents uploaded in the admin have no language unless the editor picks one."""
    make_page(body=[document_link(document)])
    data = api_get(client, f"documents/{document.pk}/").json()
    assert data["language"] is None
    schema = client.get("/api/schema/").json()["components"]["schemas"]["CoreCMSDocument"]
    language = schema["properties"]["language"]
    assert None in language["enum"] and "" not in language["enum"]


# --- The admin's own API ----------------------------------------------------------------


@pytest.fixture
def meissen_editor(client, settings, django_user_model):
    settings.DEBUG = True  # demo accounts sign in only with DEBUG on
    client.force_login(django_user_model.objects.get(username="meissen-editor"))
    return client


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_the_admin_api_lists_only_media_the_editor_may_choose(meissen_editor, sites, kind):
    lausitz = SiteSettings.for_site(sites["lausitz"]).collection
    meissen = SiteSettings.for_site(sites["meissen"]).collection
    if kind == "images":
        other = CMSImageFactory(collection=lausitz, title="Lausitz-Bild")
        own = CMSImageFactory(collection=meissen, title="Meißen-Bild")
    else:
        other = CMSDocument.objects.create(
            title="Lausitz-Dokument", file="documents/l.pdf", collection=lausitz
        )
        own = CMSDocument.objects.create(title="Meißen-Dokument", file="documents/m.pdf", collection=meissen)
    base = f"/admin/api/main/{kind}/"
    assert meissen_editor.get(f"{base}{other.pk}/").status_code == 404
    assert meissen_editor.get(f"{base}{own.pk}/").status_code == 200
    listed = [item["id"] for item in meissen_editor.get(base, {"limit": 100, "order": "-id"}).json()["items"]]
    assert own.pk in listed and other.pk not in listed
    assert meissen_editor.get(base, {"title": other.title}).json()["meta"]["total_count"] == 0
