"""Every role against every site's pages, in both language trees, through the admin: open
in the explorer, open the editor, publish, delete."""

from django.urls import reverse

from wagtail.models import Page, PageLogEntry

import pytest

from cms.core.models import SiteSettings

from .conftest import SITE_KEYS, allowed, matrix, on_site, page_action

pytestmark = pytest.mark.django_db


def bulk_publish(client, page):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    return client.post(f"{url}?id={page.pk}")


@pytest.mark.parametrize(("username", "site_key"), matrix(SITE_KEYS))
def test_page_rights_follow_the_role(login, sites, locale_en, username, site_key):
    client = login(username)
    # The imprint: a live leaf page with a light editor, in both language trees.
    imprint = SiteSettings.for_site(sites[site_key]).imprint_page
    imprint_en = imprint.get_translation(locale_en)

    explore = client.get(reverse("wagtailadmin_explore", args=[imprint_en.pk]))
    assert allowed(explore) == on_site(username, site_key), "explore"
    for page in (imprint, imprint_en):
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert allowed(edit) == page_action(username, site_key, "change"), f"edit {page.locale}"

    bulk_publish(client, imprint_en)
    published = PageLogEntry.objects.filter(
        page=imprint_en, action="wagtail.publish", user__username=username
    )
    assert published.exists() == page_action(username, site_key, "publish"), "publish"

    # Deleting a live page takes the right to publish (Wagtail's rule for editors).
    client.post(reverse("wagtailadmin_pages:delete", args=[imprint.pk]))
    deleted = not Page.objects.filter(pk=imprint.pk).exists()
    assert deleted == page_action(username, site_key, "publish"), "delete"
