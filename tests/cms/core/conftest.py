import pytest


@pytest.fixture
def processes(settings, worker_id):
    """Two processes on one Redis: process A (the editor's worker) stores and changes; process
    B, a second, separately constructed client that shares nothing with A but the store,
    answers the next visitor. Returns ``switch(name)`` to choose whose cache serves. Each xdist
    worker has its own Redis database, so that one test's clear() cannot touch another's."""
    from django.core.cache import caches

    number = int(worker_id[2:]) if worker_id.startswith("gw") else 0
    redis = f"redis://127.0.0.1:6379/{10 + number % 6}"
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "r"},
        "process_a": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": redis},
        "process_b": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": redis},
    }
    caches["process_a"].clear()
    settings.PAGE_CACHE_ALIAS = "process_a"

    def switch(name):
        settings.PAGE_CACHE_ALIAS = name

    yield switch
    caches["process_a"].clear()
