"""Media on S3-compatible object storage, against moto's real server on loopback: images are
public in the bucket, documents private and served only by Wagtail's serve view."""

import hashlib
import io
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from PIL import Image

from cms.core.factories import CMSImageFactory

pytestmark = pytest.mark.django_db


def png(colour="red", size=(64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def anonymous_get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def grants(s3_client, bucket, key) -> set[str]:
    acl = s3_client.get_object_acl(Bucket=bucket, Key=key)
    return {grant["Grantee"].get("URI", "owner") + ":" + grant["Permission"] for grant in acl["Grants"]}


def test_an_image_and_its_rendition_live_in_the_bucket_and_are_served_publicly(
    bucket, s3_client, s3_endpoint
):
    data = png()
    image = CMSImageFactory(file=ImageFile(io.BytesIO(data), name="foto.png"))
    rendition = image.get_rendition("fill-32x32")

    keys = {item["Key"] for item in s3_client.list_objects_v2(Bucket=bucket)["Contents"]}
    assert image.file.name in keys and image.file.name.startswith("original_images/")
    assert rendition.file.name in keys and rendition.file.name.startswith("images/")
    assert "http://acs.amazonaws.com/groups/global/AllUsers:READ" in grants(
        s3_client, bucket, image.file.name
    )

    # Plain, unsigned bucket URLs that anybody may fetch.
    assert image.file.url == f"{s3_endpoint}/{bucket}/{image.file.name}"
    assert "Signature" not in rendition.url
    assert anonymous_get(image.file.url) == (200, data)
    status, body = anonymous_get(rendition.url)
    assert status == 200 and Image.open(io.BytesIO(body)).size == (32, 32)


def test_a_cdn_url_serves_public_images_when_configured(bucket, settings, s3_endpoint):
    settings.STORAGES["default"]["OPTIONS"]["public_url"] = "https://cdn.example.org/medien"
    settings.STORAGES = dict(settings.STORAGES)  # a new value resets the storages
    image = CMSImageFactory(file=ImageFile(io.BytesIO(png()), name="cdn.png"))
    assert image.file.url == f"https://cdn.example.org/medien/{image.file.name}"


def test_two_uploads_with_one_name_keep_two_files(bucket):
    first = CMSImageFactory(file=ImageFile(io.BytesIO(png("red")), name="gleich.png"))
    second = CMSImageFactory(file=ImageFile(io.BytesIO(png("blue")), name="gleich.png"))
    assert first.file.name != second.file.name
    assert (
        hashlib.sha256(default_storage.open(first.file.name).read()).digest()
        != hashlib.sha256(default_storage.open(second.file.name).read()).digest()
    )


@pytest.fixture
def restricted_document(bucket):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Nur für Angemeldete")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return get_document_model().objects.create(
        title="Intern", file=ContentFile(b"nur intern", name="intern.txt"), collection=collection
    )


def test_a_restricted_document_is_private_in_the_bucket_and_never_linked(
    restricted_document, bucket, s3_client, s3_endpoint, client, django_user_model
):
    key = restricted_document.file.name
    assert key.startswith("documents/")
    assert "http://acs.amazonaws.com/groups/global/AllUsers:READ" not in grants(s3_client, bucket, key)
    # The bucket refuses an anonymous read of the plain URL.
    assert anonymous_get(f"{s3_endpoint}/{bucket}/{key}")[0] == 403

    # Pages link the serve view, which checks the collection's restriction...
    assert restricted_document.url.startswith(f"/documents/{restricted_document.pk}/")
    response = client.get(restricted_document.url, HTTP_HOST="lernplattform.localhost")
    assert response.status_code == 302 and "/login" in response["Location"]
    # ...and streams the file from the bucket to a signed-in user.
    client.force_login(django_user_model.objects.create_user("leser", "l@example.org", "x"))
    response = client.get(restricted_document.url, HTTP_HOST="lernplattform.localhost")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"nur intern"


def test_a_storage_url_of_a_private_file_is_signed_and_expires(restricted_document):
    url = restricted_document.file.url
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["300"] and "X-Amz-Signature" in query
    assert anonymous_get(url) == (200, b"nur intern")
