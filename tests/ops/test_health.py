"""/health/: database, cache, storage and task queue, ok or unhealthy; cheap, public, never
cached, and silent about the configuration."""

import json
from datetime import timedelta

from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult
from health_check.exceptions import ServiceUnavailable

from cms.notify.webhooks import deliver_webhook
from cms.ops import health
from cms.settings.base import caches_config
from tests.ops.conftest import free_port

pytestmark = pytest.mark.django_db

HOST = "lernplattform.localhost"


@pytest.fixture(autouse=True)
def fresh_results():
    health.forget()
    yield
    health.forget()


def get(client, path="/health/"):
    response = client.get(path, HTTP_HOST=HOST)
    return response, json.loads(response.content)


def test_health_reports_every_check_as_ok_with_no_store(client):
    response, body = get(client)
    assert response.status_code == 200
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "tasks": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_one_check_can_be_asked_for_alone(client):
    response, body = get(client, "/health/database/")
    assert response.status_code == 200 and body["checks"] == {"database": "ok"}


def test_health_is_never_served_from_the_page_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    first, _ = get(client)
    second, _ = get(client)
    assert second.get("X-Cache") != "hit"


def test_a_dead_redis_is_unhealthy_and_pages_are_still_served(client, settings):
    dead = f"rediscache://127.0.0.1:{free_port()}/0"
    settings.CACHES = caches_config(dead)
    response, body = get(client)
    assert response.status_code == 503
    assert body == {
        "status": "unhealthy",
        "checks": {"database": "ok", "cache": "unhealthy", "storage": "ok", "tasks": "ok"},
    }
    assert str(dead.rsplit(":", 1)[1].split("/")[0]) not in response.content.decode()
    assert client.get("/de/", HTTP_HOST="meissen.localhost").status_code == 200


def test_an_unreachable_bucket_is_unhealthy_and_says_nothing_of_it(client, settings):
    port = free_port()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cms.ops.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": "verborgen",
                "endpoint_url": f"http://127.0.0.1:{port}",
                "region_name": "eu-central-1",
            },
        },
    }
    response, body = get(client)
    assert response.status_code == 503 and body["checks"]["storage"] == "unhealthy"
    text = response.content.decode()
    assert "verborgen" not in text and str(port) not in text and "127.0.0.1" not in text


def test_a_task_nobody_ran_for_long_makes_the_queue_unhealthy():
    # The check itself, in this test's transaction (the view runs it on a connection of its
    # own, which would not see an uncommitted task).
    result = deliver_webhook.enqueue("http://127.0.0.1:9/", "{}", "published", "x")
    health.TaskQueue().run()
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(ServiceUnavailable):
        health.TaskQueue().run()


def test_results_are_remembered_briefly(client, settings, monkeypatch):
    get(client)
    settings.CACHES = caches_config(f"rediscache://127.0.0.1:{free_port()}/0")
    response, _ = get(client)
    assert response.status_code == 200  # the remembered answer
    monkeypatch.setattr(health, "MEMO_SECONDS", 0)
    response, _ = get(client)
    assert response.status_code == 503
