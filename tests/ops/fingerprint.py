"""What a backup must bring back, as plain JSON: pages, revisions, translations, library
items, users and groups, images and documents as served, search results and API answers.

Computed in the test process for the original and, by running this file, in a process
configured for the restored database and bucket (``python tests/ops/fingerprint.py``).
Media URLs differ between disk and bucket, so they are compared with their base replaced.
"""

import hashlib
import json
import re
import sys
import urllib.request
from pathlib import Path

API = [
    "/api/v2/pages/?limit=100&fields=title,first_published_at",
    "/api/v2/pages/?site=meissen.localhost&locale=en&limit=20&fields=*",
    "/api/v2/pages/?search=Prototyp&limit=20",
    "/api/v2/images/?limit=100",
    "/api/v2/documents/?limit=100",
    "/api/v2/methods/?limit=100&fields=title,phase",
    "/api/v2/tools/?locale=en&limit=100&fields=*",
]
SEARCHES = ["Prototyp", "Design Thinking", "Werkstatt", "Lausitz", "KI"]
HOST = "lernplattform.localhost"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def served(url: str) -> str:
    """The bytes a visitor gets for a media URL: over HTTP for a bucket URL; a disk URL
    (served by the web server in production) is read from the storage itself."""
    from django.conf import settings
    from django.core.files.storage import default_storage

    if url.startswith("http"):
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return digest(response.read())
    with default_storage.open(url.removeprefix(settings.MEDIA_URL), "rb") as file:
        return digest(file.read())


def fingerprint() -> dict:
    from django.apps import apps
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client, override_settings

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, Revision

    media_base = re.compile(r"(?:https?://[^\"\s]*?)?" + re.escape(settings.MEDIA_URL))

    def rows(queryset, *fields):
        return [[str(value) for value in row] for row in queryset.values_list(*fields)]

    result = {
        "pages": rows(
            Page.objects.order_by("pk"), "pk", "content_type__model", "title", "slug", "url_path",
            "locale__language_code", "translation_key", "live", "has_unpublished_changes",
            "latest_revision_id", "first_published_at", "alias_of_id",
        ),
        "revisions": [
            [str(pk), str(object_id), str(created), digest(json.dumps(content, sort_keys=True).encode())]
            for pk, object_id, created, content in Revision.objects.order_by("pk").values_list(
                "pk", "object_id", "created_at", "content"
            )
        ],
        "users": rows(
            get_user_model().objects.order_by("username"),
            "username", "email", "is_active", "is_staff", "is_superuser", "password",
        ),
        "memberships": rows(get_user_model().groups.through.objects.order_by("pk"), "user__username", "group__name"),
        "groups": [
            [group.name, sorted(group.permissions.values_list("codename", flat=True))]
            for group in Group.objects.order_by("name")
        ],
        "page_permissions": rows(GroupPagePermission.objects.order_by("pk"), "group__name", "page_id", "permission__codename"),
        "collection_permissions": rows(
            GroupCollectionPermission.objects.order_by("pk"), "group__name", "collection__name", "permission__codename"
        ),
    }  # fmt: skip
    for model in apps.get_app_config("library").get_models():
        result[f"library.{model.__name__}"] = [
            [str(item.pk), str(item), str(item.translation_key), item.locale.language_code, str(getattr(item, "live", ""))]
            for item in model.objects.select_related("locale").order_by("pk")
        ]  # fmt: skip
    localize = apps.get_model("wagtail_localize", "Translation")
    result["translations"] = rows(
        localize.objects.order_by("pk"), "source__object_id", "target_locale__language_code", "enabled"
    )
    client = Client()
    with override_settings(PAGE_CACHE_SECONDS=0):
        result["documents"] = []
        for document in get_document_model().objects.order_by("pk"):
            response = client.get(document.url, HTTP_HOST=HOST)
            body = b"".join(response.streaming_content) if response.status_code == 200 else b""
            result["documents"].append(
                [str(document.pk), document.file.name, response.status_code, digest(body)]
            )
        result["search"] = {
            query: [page.pk for page in Page.objects.live().public().search(query)[:20]] for query in SEARCHES
        }
        result["api"] = {}
        for url in API:
            response = client.get(url, HTTP_HOST=HOST)
            result["api"][url] = [response.status_code, media_base.sub("MEDIA/", response.content.decode())]
    Image = get_image_model()
    result["images"] = [
        [str(image.pk), image.title, image.file.name, image.file_hash, served(image.file.url)]
        for image in Image.objects.order_by("pk")
    ]
    Rendition = Image.get_rendition_model()
    result["renditions"] = [
        [str(rendition.image_id), rendition.filter_spec, rendition.file.name, served(rendition.url)]
        for rendition in Rendition.objects.order_by("pk")
    ]
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    import django

    django.setup()
    json.dump(fingerprint(), sys.stdout)
