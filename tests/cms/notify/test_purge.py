"""Front-end cache purge: off by default; when configured, a publish purges the page's API
detail and the listings it changes, on every site's host."""

import pytest

from cms.library.factories import MethodCardFactory

from .receiver import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_cache(settings):
    def configure(url):
        settings.WAGTAILFRONTENDCACHE = {
            "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
        }

    return configure


def purged(receiver):
    return {
        (request["headers"]["host"], request["path"])
        for request in receiver.requests
        if request["method"] == "PURGE"
    }


def test_nothing_is_purged_unless_configured(settings, make_page, django_capture_on_commit_callbacks):
    assert settings.WAGTAILFRONTENDCACHE == {}
    with Receiver() as receiver, django_capture_on_commit_callbacks(execute=True):
        make_page(live=False).save_revision().publish()
    assert receiver.requests == []


def test_publishing_a_page_purges_its_detail_and_the_listings_it_changes(
    purge_cache, make_page, lausitz_root, django_capture_on_commit_callbacks
):
    page = make_page(title="Neu", live=False)
    with Receiver() as receiver:
        purge_cache(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
    paths = purged(receiver)
    for host in ("lausitz.localhost", "meissen.localhost", "lernplattform.localhost"):
        assert (host, f"/api/v2/pages/{page.pk}/") in paths
        assert (host, "/api/v2/pages/") in paths
        assert (host, "/api/v2/pages/?site=lausitz.localhost") in paths
        assert (host, f"/api/v2/pages/?child_of={lausitz_root.pk}") in paths
        assert (host, "/api/v2/pages/?type=core.StandardPage") in paths
    # Wagtail's own purge of the page itself still happens.
    assert ("lausitz.localhost", f"/de/{page.slug}/") in paths


def test_publishing_a_library_item_purges_its_endpoint(purge_cache, django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        purge_cache(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            method = MethodCardFactory()
    paths = purged(receiver)
    assert ("lausitz.localhost", "/api/v2/methods/") in paths
    assert ("lausitz.localhost", f"/api/v2/methods/{method.pk}/") in paths
    assert ("lausitz.localhost", "/api/v2/methods/?locale=de") in paths


def test_an_unreachable_cache_does_not_fail_publishing(
    purge_cache, make_page, django_capture_on_commit_callbacks
):
    with Receiver() as closed:
        url = closed.url
    purge_cache(url)
    page = make_page(live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
