"""The frame kept across requests (cms.core.request_memo, ``across_requests=True``): the sites
and their settings, locales, view restrictions, menus, index and legal pages are read once per
process and kept until the page cache's ``any`` generation changes, so a page the cache cannot
serve (a visitor with a session cookie, a signed-in editor, a first visit) renders with fewer
queries, and is never older than a cached page would be."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from cms.core import request_memo
from cms.core.models import SiteSettings
from cms.core.page_cache import bump

pytestmark = pytest.mark.django_db

HOST = "meissen.localhost"
IMPRINT = "/de/impressum/"


@pytest.fixture
def editor(client):
    """A client the page cache steps aside for (it sends a session cookie): every request renders."""
    client.cookies["sessionid"] = "no-such-session"
    return client


def render(client, url=IMPRINT, host=HOST):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    assert "X-Cache" not in response, "rendered, not served from the page cache"
    return response.content.decode()


def queries_of(client, url=IMPRINT, host=HOST) -> int:
    with CaptureQueriesContext(connection) as queries:
        render(client, url, host)
    return len(queries)


def warmed(client, settings):
    """Django's and Wagtail's own per-process caches (content types, renditions) filled by a
    first render with nothing kept, so that only this memo differs between the next two."""
    settings.PAGE_CACHE_SECONDS = 0
    render(client)
    return client


def test_the_frame_is_read_once_per_process_not_once_per_request(editor, settings):
    warmed(editor, settings)
    settings.PAGE_CACHE_SECONDS = 300
    first, second = queries_of(editor), queries_of(editor)
    # The site settings, both site look-ups, the locales, the view restrictions, the menu and
    # the legal pages are kept: what is left is Wagtail's routing and the page's own content.
    assert second <= first - 6, (first, second)
    assert second <= 10


def test_nothing_is_kept_with_the_page_cache_off(editor, settings):
    warmed(editor, settings)
    assert queries_of(editor) == queries_of(editor)


def test_a_change_is_shown_by_the_next_request(editor, sites, settings):
    settings.PAGE_CACHE_SECONDS = 300
    assert "+49 3521 999999" not in render(editor)
    row = SiteSettings.objects.get(site=sites["meissen"])
    row.contact_phone = "+49 3521 999999"
    row.save()
    assert "+49 3521 999999" in render(editor)


def test_a_retitled_menu_page_is_in_every_pages_header_at_once(editor, sites, settings):
    settings.PAGE_CACHE_SECONDS = 300
    assert "Aktuelles aus Meißen" not in render(editor)
    section = Page.objects.child_of(sites["meissen"].root_page).live().in_menu().first().specific
    section.title = "Aktuelles aus Meißen"
    section.save_revision().publish()
    header = render(editor).split("</header>")[0]
    assert "Aktuelles aus Meißen" in header


def test_a_change_made_by_another_process_is_shown_once_its_purge_arrives(editor, sites, processes):
    """Another process (or node) changed a row and renewed the generations on the shared Redis:
    this process did not see the change's signals, only the new generation."""
    assert "+49 3521 777777" not in render(editor)
    SiteSettings.objects.filter(site=sites["meissen"]).update(contact_phone="+49 3521 777777")
    # Until the other process's purge arrives, this process serves what it keeps…
    assert "+49 3521 777777" not in render(editor)
    bump([f"site:{sites['meissen'].pk}", "any"], caches["process_b"])
    # …and from then on, what the database holds.
    assert "+49 3521 777777" in render(editor)


def test_an_unreachable_cache_keeps_nothing_and_the_page_still_renders(editor, settings):
    warmed(editor, settings)
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        **settings.CACHES,
        "unreachable": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"},
    }
    settings.PAGE_CACHE_ALIAS = "unreachable"
    assert queries_of(editor) == queries_of(editor)


def test_a_value_is_kept_only_under_the_generation_it_was_read_under(settings):
    settings.PAGE_CACHE_SECONDS = 300
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    def one_request(generation):
        with request_memo.request_scope():
            request_memo.set_generation(generation)
            return request_memo.remember("test value", compute, across_requests=True)

    assert [one_request("g1"), one_request("g1"), one_request("g2"), one_request("g2")] == [1, 1, 2, 2]
    # Outside a request nothing is kept.
    assert request_memo.remember("test value", compute, across_requests=True) == 3
