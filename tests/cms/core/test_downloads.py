"""Downloads are saved under a name made from the document's title (umlauts spelt out, the
stored file's extension kept), never under the storage name with its random suffix."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from sites.platform.models import MaterialsPage

pytestmark = pytest.mark.django_db


def stored(title, name, content=b"%PDF-1.4\n%%EOF\n"):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def test_a_pdf_is_named_after_its_title_in_the_url_and_the_header(client):
    document = stored("Übersicht: Größe & Maße (Entwurf)", "scan_x7Yz3Qa.pdf")
    assert document.url.endswith("/uebersicht-groesse-masse-entwurf.pdf")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="uebersicht-groesse-masse-entwurf.pdf"'


def test_an_attachment_keeps_its_extension_and_is_named_after_its_title(client):
    document = stored("Arbeitsblatt Empathiekarte", "upload_3kd9.docx", b"PK\x03\x04")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="arbeitsblatt-empathiekarte.docx"'


def test_the_storage_name_no_longer_serves_the_document(client):
    document = stored("Programm Kick-off", "programm_AbC123x.pdf")
    assert client.get(f"/documents/{document.pk}/programm_AbC123x.pdf").status_code == 404
    assert client.get(f"/documents/{document.pk}/programm-kick-off.pdf").status_code == 200


def test_a_title_without_letters_falls_back_to_the_stored_name(client):
    document = stored("???", "plan.pdf")
    assert document.filename == "plan.pdf"
    assert client.get(document.url)["Content-Disposition"] == 'inline; filename="plan.pdf"'


def test_the_demo_materials_download_under_their_titles(client):
    page = MaterialsPage.objects.get(locale__language_code="de")
    documents = [material.document for material in page.materials.select_related("document")]
    assert documents
    for document in documents:
        response = client.get(document.url)
        assert response.status_code == 200
        disposition = response["Content-Disposition"]
        assert "material" not in disposition.split("filename=")[1], disposition
        assert f'filename="{document.filename}"' in disposition
    names = {document.filename for document in documents}
    assert "vorlage-challenge-steckbrief.pdf" in names
