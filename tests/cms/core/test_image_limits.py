"""Image uploads are limited in pixels and bytes: a small file that decodes to a huge image
(a decompression bomb) is refused with a form error, before any rendition is made."""

import io

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image as PILImage

from cms.core.models import CMSImage

pytestmark = pytest.mark.django_db


def png(width, height) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("image-probe", "i@example.org", "x"))
    return client


def upload(client, content, name="bomb.png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Probe",
            "file": SimpleUploadedFile(name, content, content_type="image/png"),
            "collection": 1,
        },
    )


def test_limits_fit_the_sites():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024


def test_a_tiny_png_of_121_megapixels_is_refused_with_a_form_error(admin_client):
    content = png(11_000, 11_000)
    assert len(content) < 100_000
    before = CMSImage.objects.count()
    response = upload(admin_client, content)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("pixels" in str(error) or "Pixel" in str(error) for error in errors), errors
    assert CMSImage.objects.count() == before


def test_a_camera_sized_photo_is_still_accepted(admin_client):
    before = CMSImage.objects.count()
    response = upload(admin_client, png(6_000, 4_000), name="camera.png")  # 24 MP
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert CMSImage.objects.count() == before + 1
