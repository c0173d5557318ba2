"""Every role against every site's images and documents: open, edit, delete, and choose them
in the choosers (where Wagtail has had permission bypasses), and upload only where allowed."""

import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import NoReverseMatch, reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from cms.core.models import SiteSettings

from .conftest import SITE_KEYS, USERNAMES, allowed, matrix, media_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(sites):
    """One image (from the demo) and one document in each site's collection."""
    found = {}
    for key, site in sites.items():
        collection = SiteSettings.for_site(site).collection
        document = get_document_model().objects.create(
            title=f"Programm {key}", file=ContentFile(b"%PDF-1.4\n", name=f"{key}.pdf"), collection=collection
        )
        found[key] = (get_image_model().objects.filter(collection=collection).first(), document)
    return found


@pytest.mark.parametrize(("username", "site_key"), matrix(SITE_KEYS))
def test_media_rights_follow_the_role(login, media, username, site_key):
    client = login(username)
    image, document = media[site_key]
    may = {action: media_action(username, site_key, action) for action in ("change", "delete", "choose")}

    for kind, item in (("images", image), ("docs", document)):
        assert allowed(client.get(reverse(f"wagtail{kind}:edit", args=[item.pk]))) == may["change"], kind
        chosen_url = reverse(f"wagtail{kind}_chooser:chosen", args=[item.pk])
        assert allowed(client.get(chosen_url)) == may["choose"], f"{kind} chooser"
        listing = client.get(reverse(f"wagtail{kind}_chooser:choose"), {"q": item.title})
        assert (chosen_url in listing.json()["html"]) == may["choose"], f"{kind} chooser listing"
    select_format = client.get(reverse("wagtailimages_chooser:select_format", args=[image.pk]))
    assert allowed(select_format) == may["choose"], "image select format"

    client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert (not type(document).objects.filter(pk=document.pk).exists()) == may["delete"], "delete"


def tiny_png() -> ContentFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), (200, 30, 60)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="upload.png")


@pytest.mark.parametrize("username", USERNAMES)
def test_uploads_land_only_in_collections_the_role_may_add_to(login, sites, username):
    client = login(username)
    for key, site in sites.items():
        collection = SiteSettings.for_site(site).collection
        title = f"Upload {username} {key}"
        data = {"title": title, "file": tiny_png(), "collection": collection.pk, "description": "Test"}
        client.post(reverse("wagtailimages:add"), data)
        upload = get_image_model().objects.filter(title=title).first()
        landed = upload is not None and upload.collection_id == collection.pk
        assert landed == media_action(username, key, "add"), key


def test_an_editor_changes_own_uploads_but_not_others(login, sites):
    collection = SiteSettings.for_site(sites["meissen"]).collection
    documents = get_document_model().objects
    own = documents.create(
        title="Eigenes",
        file=ContentFile(b"x", name="own.pdf"),
        collection=collection,
        uploaded_by_user=get_user_model().objects.get(username="meissen-editor"),
    )
    others = documents.create(
        title="Fremdes", file=ContentFile(b"x", name="other.pdf"), collection=collection
    )
    editor = login("meissen-editor")
    assert allowed(editor.get(reverse("wagtaildocs:edit", args=[own.pk])))
    assert not allowed(editor.get(reverse("wagtaildocs:edit", args=[others.pk])))


@pytest.mark.parametrize(("username", "site_key"), matrix(SITE_KEYS))
def test_image_views_follow_the_role(login, media, username, site_key):
    """The image views beyond the editor: usage, URL generator, preview, delete."""
    client = login(username)
    image = media[site_key][0]
    may_change = media_action(username, site_key, "change")
    may_delete = media_action(username, site_key, "delete")
    try:
        reverse("wagtailimages_serve", args=["signature", image.pk, "original"])
        may_generate = may_change
    except NoReverseMatch:  # no dynamic image serving: Wagtail's URL generator is off for all
        may_generate = False

    for view, args, may in (
        ("image_usage", [image.pk], may_change),
        ("url_generator", [image.pk], may_generate),
        ("url_generator_output", [image.pk], may_generate),
        ("preview", [image.pk, "max-10x10"], may_change),
    ):
        assert allowed(client.get(reverse(f"wagtailimages:{view}", args=args))) == may, view

    delete_url = reverse("wagtailimages:delete", args=[image.pk])
    assert allowed(client.get(delete_url)) == may_delete, "delete confirmation"
    client.post(delete_url)
    assert (not type(image).objects.filter(pk=image.pk).exists()) == may_delete, "delete"


@pytest.mark.parametrize("username", USERNAMES)
def test_chooser_and_document_uploads_land_only_where_allowed(login, sites, username):
    """Uploading from the image and document choosers (in the page editor) and the document
    upload form."""
    client = login(username)
    for key, site in sites.items():
        collection = SiteSettings.for_site(site).collection
        may = media_action(username, key, "add")

        title = f"Chooser {username} {key}"
        prefix = "image-chooser-upload"
        client.post(
            reverse("wagtailimages_chooser:create"),
            {
                f"{prefix}-title": title,
                f"{prefix}-file": tiny_png(),
                f"{prefix}-collection": collection.pk,
                f"{prefix}-description": "Test",
            },
        )
        stored = get_image_model().objects.filter(title=title, collection=collection).exists()
        assert stored == may, f"image chooser {key}"

        for url, prefix in (
            (reverse("wagtaildocs_chooser:create"), "document-chooser-upload-"),
            (reverse("wagtaildocs:add"), ""),
        ):
            title = f"Dokument {username} {key} {prefix or 'add'}"
            client.post(
                url,
                {
                    f"{prefix}title": title,
                    f"{prefix}file": ContentFile(b"%PDF-1.4\n", name="upload.pdf"),
                    f"{prefix}collection": collection.pk,
                },
            )
            stored = get_document_model().objects.filter(title=title, collection=collection).exists()
            assert stored == may, f"{url} {key}"
