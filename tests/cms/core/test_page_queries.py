"""Queries per page, pinned for every page type a visitor reaches (tests/e2e/pages.py lists
them): served from the page cache, a page costs no query at all; rendered, it costs at most
its pin, which does not grow with the content."""

import html
import re
import uuid
from urllib.parse import urlsplit

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from cms.core.sites import site_for_key
from tests.e2e.pages import PAGE_TYPES

pytestmark = pytest.mark.django_db

LINK = re.compile(r'class="card__title"[^>]*>\s*<a href="([^"]+)"')

#: The most queries each page type may take when it is rendered (the page cache off): the
#: issue's ceiling of 25, the count measured on 2026-11-29 where it is lower. Measured before
#: the request memo (cms.core.request_memo): 30 (contact) to 72 (match page); the shared
#: base template (header, footer, settings, language switcher) alone took about 30.
CEILING = 25
RENDERED_PINS = {
    "platform-home": 21,
    "prototype-gallery": 17,
    "prototype-gallery-filtered": 18,
    "method-library": 17,
    "method-card": 21,
    "tool-catalogue": 17,
    "ai-tool": 21,
    "tool-comparison": 17,
    "guide-index": 19,
    "how-to-guide": 19,
    "interview": 17,
    "materials": 22,
    "standard-page": 16,
    "accessibility-statement": 17,
    "search-results": 17,
    "hub-home-meissen": 20,
    "hub-home-lausitz": 20,
    "hub-home-erzgebirge": 20,
    "match-index": 18,
    "match-page": 23,
    "event-index": 18,
    "event-page": 17,
    "news-index": 19,
    "news-page": 17,
    "innovation-spaces": 18,
    "contact-page": 14,
    "imprint": 17,
}
#: Where PostgreSQL takes more: its search backend (measured 21 on 2026-11-29).
POSTGRESQL_PINS = {"search-results": 21}


def pin_of(name: str) -> int:
    from django.db import connection

    if connection.vendor == "postgresql":
        return POSTGRESQL_PINS.get(name, RENDERED_PINS[name])
    return RENDERED_PINS[name]


def resolve(client, page_type):
    host = site_for_key(page_type.site).hostname
    path = page_type.path
    if page_type.follow:
        listing = client.get(path, HTTP_HOST=host)
        found = LINK.search(listing.content.decode())
        assert found, f"{page_type}: no card to follow on {path}"
        path = found.group(1)
    return host, path


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["default"].clear()


CACHEABLE = [
    page_type
    for page_type in PAGE_TYPES
    if page_type.status == 200 and page_type.follow != "form.form [type=submit]"
]


@pytest.mark.parametrize("page_type", CACHEABLE, ids=str)
def test_a_cached_page_costs_no_query(client, page_type, django_assert_max_num_queries):
    host, path = resolve(client, page_type)
    first = client.get(path, HTTP_HOST=host)
    assert first.status_code == 200
    if page_type.name.startswith("contact"):
        # Carries the visitor's own CSRF token: never cached (cms.core.page_cache).
        assert "X-Cache" not in first
        return
    with django_assert_max_num_queries(0):
        cached = client.get(path, HTTP_HOST=host)
    assert cached["X-Cache"] == "hit"


@pytest.mark.parametrize("page_type", CACHEABLE, ids=str)
def test_a_rendered_page_stays_within_its_query_pin(
    client, settings, page_type, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    host, path = resolve(client, page_type)
    client.get(path, HTTP_HOST=host)  # warm Wagtail's own caches (site root paths, settings)
    with django_assert_max_num_queries(pin_of(page_type.name)):
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    assert "X-Cache" not in response


ENGLISH_LINK = re.compile(r'<a href="([^"]+)" hreflang="en"')


def english_path(client, page_type) -> tuple[str, str]:
    """The page type in English: through the language switcher, or at its English path."""
    host, path = resolve(client, page_type)
    if page_type.path_en:
        return host, page_type.path_en
    found = ENGLISH_LINK.search(client.get(path, HTTP_HOST=host).content.decode())
    assert found, f"{page_type}: no English link"
    url = urlsplit(html.unescape(found.group(1)))
    return host, url.path + (f"?{url.query}" if url.query else "")


@pytest.mark.parametrize("page_type", CACHEABLE, ids=str)
def test_a_rendered_english_page_stays_within_the_ceiling(
    client, settings, page_type, django_assert_max_num_queries
):
    """The English pages read their translations (the home, the switcher, the network) too:
    a few queries more than the German ones, within the same ceiling."""
    settings.PAGE_CACHE_SECONDS = 0
    host, path = english_path(client, page_type)
    client.get(path, HTTP_HOST=host)
    with django_assert_max_num_queries(CEILING):
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Language"] == "en"


def test_every_pin_is_within_the_ceiling():
    assert max([*RENDERED_PINS.values(), *POSTGRESQL_PINS.values()]) <= CEILING
    assert {page_type.name for page_type in CACHEABLE} <= set(RENDERED_PINS)


#: The listings, whose queries must not grow with what they list.
LISTINGS = [
    "hub-home-meissen",
    "news-index",
    "event-index",
    "prototype-gallery",
    "match-index",
    "method-library",
    "tool-catalogue",
    "search-results",
]
# The demo's content and two copies of it: three times the content. Any query made per item
# shows as a difference already at twice the items; nine copies cost four times as long.
COPIES = 2


def rendered_queries(client, page_type) -> int:
    host, path = resolve(client, page_type)
    client.get(path, HTTP_HOST=host)  # warm the per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


def multiply_content(copies: int) -> dict:
    """``copies`` copies of every match, event and news page (with their method and tool
    links), every method card and every AI tool, each live and public."""
    from cms.library.models import AITool, MethodCard
    from sites.hubs.models import EventPage, MatchPage, NewsPage

    made = {}
    for model in (MatchPage, EventPage, NewsPage):
        originals = list(model.objects.live().filter(alias_of__isnull=True))
        for original in originals:
            parent = original.get_parent()
            for number in range(copies):
                original.copy(
                    to=parent,
                    update_attrs={
                        "slug": f"{original.slug}-copy-{number}",
                        "title": f"{original.title} ({number})",
                    },
                    keep_live=True,
                    copy_revisions=False,
                    reset_translation_key=True,
                    log_action=None,
                )
        made[model.__name__] = (len(originals), model.objects.live().count())
    for model in (MethodCard, AITool):
        originals = list(model.objects.filter(live=True))
        for original in originals:
            for number in range(copies):
                copy = model.objects.get(pk=original.pk)
                copy.pk = copy.id = None
                copy.translation_key = uuid.uuid4()
                copy.slug = f"{original.slug}-copy-{number}"
                copy.latest_revision = copy.live_revision = None
                copy.save()
        made[model.__name__] = (len(originals), model.objects.filter(live=True).count())
    return made


def test_listing_queries_stay_the_same_with_three_times_the_content(client, settings):
    """Each listing costs the same number of queries with the demo's content and with three
    times as much (built once here, inside this test's transaction)."""
    settings.PAGE_CACHE_SECONDS = 0
    page_types = {page_type.name: page_type for page_type in CACHEABLE}
    before = {name: rendered_queries(client, page_types[name]) for name in LISTINGS}
    made = multiply_content(COPIES)
    for name, (originals, now) in made.items():
        assert originals > 0, name
        assert now >= originals * (COPIES + 1), name
    after = {name: rendered_queries(client, page_types[name]) for name in LISTINGS}
    assert after == before
    assert all(count <= pin_of(name) for name, count in after.items()), after
