from wagtail.images.models import Filter
from wagtail.models import Page

import pytest

from cms.api.resolver import RENDITIONS
from cms.core.models import CMSImage, CMSRendition


@pytest.fixture(scope="session", autouse=True)
def demo_renditions(django_db_setup, django_db_blocker):
    """Rendition records of the demo images, once per session: sized as Wagtail would size
    them but pointing at the original file, so no test waits for ~200 images to be
    re-encoded (each test's own renditions would be rolled back and made again)."""
    with django_db_blocker.unblock():
        records = []
        for image in CMSImage.objects.all():
            for spec in RENDITIONS.values():
                image_filter = Filter(spec)
                width, height = image_filter.get_transform(image).size
                records.append(
                    CMSRendition(
                        image=image,
                        filter_spec=spec,
                        focal_point_key=image_filter.get_cache_key(image),
                        file=image.file.name,
                        width=width,
                        height=height,
                    )
                )
        CMSRendition.objects.bulk_create(records, ignore_conflicts=True)


@pytest.fixture
def english_root(lausitz_root, locale_en):
    return Page.objects.get(translation_key=lausitz_root.translation_key, locale=locale_en).specific


@pytest.fixture
def signed_in_user(django_user_model):
    """A staff user that is not a demo account (those cannot sign in with DEBUG off)."""
    return django_user_model.objects.create_user("api-tester", password="x", is_staff=True, is_superuser=True)
