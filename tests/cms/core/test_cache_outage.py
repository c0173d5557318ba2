"""A cache outage degrades to uncached serving: with ``CACHE_URL`` pointing at a Redis that is
down, pages, the API, search and the sitemap still answer, and each ignored cache error is
logged. The cache is configured exactly as ``cms.settings.base`` builds it from ``CACHE_URL``."""

import logging

from django.core.cache import caches
from django.test import Client

import pytest

from cms.settings.base import cache_config, caches_config

pytestmark = pytest.mark.django_db

#: Nothing listens on port 1: every connection is refused at once.
DOWN = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = caches_config(DOWN)
    assert type(caches["default"]).__name__ == "RedisCache"
    return settings


@pytest.fixture
def redis_log():
    records = []

    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("django_redis.cache")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


def test_the_redis_cache_built_from_cache_url_ignores_and_logs_outages():
    config = cache_config("rediscache://127.0.0.1:6379/1")
    assert config["BACKEND"] == "django_redis.cache.RedisCache"
    assert config["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache_config("locmemcache://")["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize(
    "host, path",
    [
        ("meissen.localhost", "/de/"),
        ("lernplattform.localhost", "/de/"),
        ("lernplattform.localhost", "/api/v2/pages/?site=meissen.localhost&locale=de"),
        ("lernplattform.localhost", "/api/v2/methods/"),
        ("lernplattform.localhost", "/de/suche/?q=Prototyp"),
        ("meissen.localhost", "/sitemap.xml"),
        ("meissen.localhost", "/de/kontakt/"),
    ],
)
def test_pages_api_search_and_sitemap_answer_while_redis_is_down(redis_down, host, path):
    response = Client(raise_request_exception=False).get(path, HTTP_HOST=host)
    assert response.status_code == 200, response.content[:500]


def test_a_skipped_cache_call_is_logged_with_its_error(redis_down, redis_log):
    response = Client(raise_request_exception=False).get("/de/", HTTP_HOST="meissen.localhost")
    assert response.status_code == 200
    assert redis_log, "the ignored cache error is logged"
    assert any(record.exc_info and "Connection" in record.exc_info[0].__name__ for record in redis_log)
