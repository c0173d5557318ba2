"""An upload cut off mid-way (a body shorter than its Content-Length, or a connection that
breaks) leaves no temporary file behind and stores no document."""

import io
import os

from django.urls import reverse

from wagtail.documents import get_document_model

import pytest

pytestmark = pytest.mark.django_db

BOUNDARY = "cimis-boundary"


def multipart_body(content: bytes) -> bytes:
    return (
        (
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="title"\r\n\r\n'
            "Abgebrochen\r\n"
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="collection"\r\n\r\n'
            "1\r\n"
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="file"; filename="abgebrochen.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


class BreakingStream(io.BytesIO):
    """What a WSGI server hands Django when the client goes away: data, then an error."""

    def read(self, size=-1):
        data = super().read(size)
        if not data:
            raise OSError("connection reset by peer")
        return data


@pytest.mark.parametrize(
    "stream_class", [io.BytesIO, BreakingStream], ids=["short body", "broken connection"]
)
def test_a_cut_off_upload_leaves_no_temporary_file(
    client, django_user_model, settings, tmp_path, stream_class
):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100  # the temporary-file handler takes the upload
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    client.force_login(django_user_model.objects.create_superuser("hochlader", "h@example.org", "x"))
    client.raise_request_exception = False
    full = multipart_body(b"%PDF-1.4\n" + b"A" * 20_000)
    sent = full[: len(full) // 2]

    response = client.generic(
        "POST",
        reverse("wagtaildocs:add"),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(len(full)),
        **{"wsgi.input": stream_class(sent)},
    )

    assert response.status_code in {200, 400}
    assert not get_document_model().objects.filter(title="Abgebrochen").exists()
    assert os.listdir(tmp_path) == []


def test_a_complete_upload_goes_through_the_temporary_file_handler(
    client, django_user_model, settings, tmp_path
):
    """The control: the same request, whole, is stored — so the test above really cut it off."""
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    client.force_login(django_user_model.objects.create_superuser("hochlader", "h@example.org", "x"))
    full = multipart_body(b"%PDF-1.4\n" + b"A" * 20_000)
    client.generic(
        "POST",
        reverse("wagtaildocs:add"),
        data=full,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert get_document_model().objects.filter(title="Abgebrochen").exists()
    assert os.listdir(tmp_path) == []
