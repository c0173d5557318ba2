"""Documents are a stored-XSS path unless they are kept harmless: only the formats a learning
platform hands out, up to a size limit, served only through Wagtail's serve view (as
attachments except PDF and plain text, with nosniff), never straight from MEDIA_ROOT."""

import importlib
import os

from django.core.files.base import ContentFile
from django.urls import clear_url_caches, reverse

from wagtail.documents import get_document_model

import pytest

pytestmark = pytest.mark.django_db

HTML = b"<!doctype html><script>alert(document.cookie)</script>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("dokumente", "d@example.org", "x"))
    return client


def upload(client, via, name, content, title):
    """POST a document to the admin's add view or the chooser's upload form."""
    if via == "add":
        url, prefix = reverse("wagtaildocs:add"), ""
    else:
        url, prefix = reverse("wagtaildocs_chooser:create"), "document-chooser-upload-"
    return client.post(
        url,
        {f"{prefix}title": title, f"{prefix}file": ContentFile(content, name=name), f"{prefix}collection": 1},
    )


def stored_files(media_root) -> set[str]:
    directory = os.path.join(media_root, "documents")
    return set(os.listdir(directory)) if os.path.isdir(directory) else set()


def form_errors(response, via) -> str:
    if via == "add":
        return " ".join(str(error) for error in response.context["form"].errors.get("file", []))
    return response.json()["htmlFragment"] if "htmlFragment" in response.json() else response.json()["html"]


@pytest.mark.parametrize("via", ["add", "chooser"])
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("angriff.html", HTML),
        ("angriff.htm", HTML),
        ("bild.svg", SVG),
        ("daten.xml", b"<x/>"),
        ("a.js", b"1"),
    ],
)
def test_active_formats_are_refused_with_a_form_error_and_nothing_stored(
    admin_client, settings, via, name, content
):
    before = stored_files(settings.MEDIA_ROOT)
    response = upload(admin_client, via, name, content, f"Angriff {name} {via}")
    assert response.status_code == 200, "the form is shown again, not a redirect or a 500"
    assert not get_document_model().objects.filter(title=f"Angriff {name} {via}").exists()
    assert stored_files(settings.MEDIA_ROOT) == before
    assert "pdf" in form_errors(response, via), "the error names the allowed formats"


def test_the_multiple_uploader_refuses_html_too(admin_client, settings):
    before = stored_files(settings.MEDIA_ROOT)
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": ContentFile(HTML, name="angriff.html"), "title": "Angriff mehrfach", "collection": 1},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False and response.json()["error_message"]
    assert not get_document_model().objects.filter(title="Angriff mehrfach").exists()
    assert stored_files(settings.MEDIA_ROOT) == before


@pytest.mark.parametrize("via", ["add", "chooser"])
def test_a_file_over_the_size_limit_is_refused_with_a_translated_form_error(admin_client, settings, via):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    before = stored_files(settings.MEDIA_ROOT)
    response = upload(admin_client, via, "gross.pdf", b"%PDF-1.4\n" + b"x" * 2000, f"Zu groß {via}")
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title=f"Zu groß {via}").exists()
    assert stored_files(settings.MEDIA_ROOT) == before
    assert "1000" in form_errors(response, via) or "1,0" in form_errors(response, via)

    german = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Zu groß de", "file": ContentFile(b"x" * 2000, name="gross.pdf"), "collection": 1},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert not get_document_model().objects.filter(title="Zu groß de").exists()
    assert german.status_code == 200
    assert "zu groß" in form_errors(german, "add"), "Wagtail's message, in German"


def test_the_size_limit_has_a_default_for_documents(settings):
    assert 0 < settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 100 * 1024 * 1024


@pytest.mark.parametrize("via", ["add", "chooser"])
def test_a_pdf_within_the_limit_is_accepted(admin_client, via):
    upload(admin_client, via, "programm.pdf", b"%PDF-1.4\n", f"Programm {via}")
    assert get_document_model().objects.filter(title=f"Programm {via}").exists()


def stored_document(name, content, title="Dokument"):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def test_a_pdf_is_served_inline_through_the_serve_view_with_nosniff(client):
    document = stored_document("programm.pdf", b"%PDF-1.4\n%%EOF\n")
    response = client.get(document.url)
    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_text_document_with_html_inside_is_served_as_plain_text_with_nosniff(client):
    document = stored_document("notiz.txt", HTML)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_an_html_document_stored_earlier_is_only_ever_a_download(client):
    """A document uploaded before the extension list existed keeps its .html name: the serve
    view sends it as an attachment, nosniff, and with a CSP that blocks its scripts."""
    document = stored_document("alt.html", HTML)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_other_text_formats_are_downloads(client):
    document = stored_document("tabelle.csv", b"a,b\n<script>1</script>,2\n")
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def dev_urls(settings):
    """The URLconf as ``manage.py runserver`` builds it with DEBUG on."""
    import cms.urls

    settings.DEBUG = True
    importlib.reload(cms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(cms.urls)
    clear_url_caches()


def test_in_development_media_serves_images_but_never_documents(client, dev_urls, settings):
    document = stored_document("alt.html", HTML)
    direct = client.get(f"{settings.MEDIA_URL}{document.file.name}")
    assert direct.status_code == 404
    assert b"<script>" not in direct.content
    assert client.get(document.url).status_code == 200, "the serve view still works"

    from wagtail.images import get_image_model

    image = get_image_model().objects.exclude(file="").first()
    assert client.get(f"{settings.MEDIA_URL}{image.file.name}").status_code == 200


def test_without_debug_django_serves_no_media_at_all(client, settings):
    document = stored_document("alt.html", HTML)
    assert client.get(f"{settings.MEDIA_URL}{document.file.name}").status_code == 404
