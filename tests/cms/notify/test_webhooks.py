"""Publish webhooks: signed, queued, retried, and never in the editor's way."""

import json
import time

from django.core.management import call_command
from django.core.management.base import SystemCheckError

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from cms.library.factories import MethodCardFactory
from cms.notify.webhooks import verify

from .receiver import Receiver

pytestmark = pytest.mark.django_db

SECRET = "webhook-test-secret"


@pytest.fixture
def webhooks(settings, monkeypatch):
    """Webhooks on, no back-off; the worker keeps the test's database connection (it closes
    connections between tasks, which would end the test's transaction)."""
    settings.API_WEBHOOK_SECRET = SECRET
    settings.API_WEBHOOK_RETRY_DELAY = 0
    settings.API_WEBHOOK_MAX_ATTEMPTS = 3
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def configure(*urls):
        settings.API_WEBHOOK_URLS = list(urls)

    return configure


def run_worker():
    call_command(
        "db_worker",
        "--backend", "api", "--queue-name", "webhooks", "--batch", "--no-startup-delay", "--no-reload",
        verbosity=0,
    )  # fmt: skip


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def test_publishing_a_page_queues_a_signed_delivery(webhooks, make_page, django_capture_on_commit_callbacks):
    page = make_page(title="Webhook-Seite", live=False)
    with Receiver() as receiver:
        webhooks(receiver.url + "/hook")
        publish(page, django_capture_on_commit_callbacks)
        assert receiver.requests == []  # queued, not sent in the editor's request
        assert DBTaskResult.objects.filter(status="READY").count() == 1
        run_worker()
    [request] = receiver.requests
    headers = request["headers"]
    assert request["method"] == "POST" and request["path"] == "/hook"
    assert headers["x-cimis-event"] == "published"
    assert verify(request["body"], headers["x-cimis-timestamp"], headers["x-cimis-signature"], SECRET)
    assert not verify(
        request["body"] + b" ", headers["x-cimis-timestamp"], headers["x-cimis-signature"], SECRET
    )
    assert abs(int(headers["x-cimis-timestamp"]) - time.time()) < 60
    body = json.loads(request["body"])
    assert body["event"] == "published"
    assert body["object"] == {
        "kind": "page",
        "type": "core.StandardPage",
        "id": page.pk,
        "title": "Webhook-Seite",
        "locale": "de",
        "endpoint": "pages",
        "detail_path": f"/api/v2/pages/{page.pk}/",
        "html_url": page.get_full_url(),
    }


def test_unpublishing_and_deleting_send_their_events(webhooks, make_page, django_capture_on_commit_callbacks):
    page = make_page(title="Bald weg")
    with Receiver() as receiver:
        webhooks(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        with django_capture_on_commit_callbacks(execute=True):
            page.delete()
        run_worker()
    assert sorted(r["headers"]["x-cimis-event"] for r in receiver.requests) == ["deleted", "unpublished"]


def test_library_items_send_webhooks_too(webhooks, django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        webhooks(receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            method = MethodCardFactory(title="Neue Methode")
        run_worker()
    [request] = receiver.requests
    assert json.loads(request["body"])["object"]["detail_path"] == f"/api/v2/methods/{method.pk}/"
    assert json.loads(request["body"])["object"]["kind"] == "library"


def test_a_failed_delivery_is_retried_with_the_same_delivery_id(
    webhooks, make_page, django_capture_on_commit_callbacks
):
    page = make_page(live=False)
    with Receiver(statuses=[500, 503]) as receiver:
        webhooks(receiver.url)
        publish(page, django_capture_on_commit_callbacks)
        run_worker()
    assert len(receiver.requests) == 3
    assert len({r["headers"]["x-cimis-delivery"] for r in receiver.requests}) == 1
    assert len({r["body"] for r in receiver.requests}) == 1
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1


def test_delivery_gives_up_after_the_last_attempt(webhooks, make_page, django_capture_on_commit_callbacks):
    page = make_page(live=False)
    with Receiver(statuses=[500] * 10) as receiver:
        webhooks(receiver.url)
        publish(page, django_capture_on_commit_callbacks)
        run_worker()
    assert len(receiver.requests) == 3
    assert DBTaskResult.objects.filter(status="FAILED").count() == 3
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_the_next_attempt_waits_for_the_back_off(
    webhooks, settings, make_page, django_capture_on_commit_callbacks
):
    settings.API_WEBHOOK_RETRY_DELAY = 3600
    page = make_page(live=False)
    with Receiver(statuses=[500]) as receiver:
        webhooks(receiver.url)
        publish(page, django_capture_on_commit_callbacks)
        run_worker()
    assert len(receiver.requests) == 1
    waiting = DBTaskResult.objects.get(status="READY")
    assert waiting.run_after > waiting.enqueued_at


def test_an_unreachable_receiver_never_fails_or_blocks_the_editor(
    webhooks, client, make_page, signed_in_user, django_capture_on_commit_callbacks
):
    with Receiver() as closed:
        url = closed.url
    webhooks(url, "ftp://not-a-web-address.example/")
    page = make_page(title="Admin-Seite", live=False)
    client.force_login(signed_in_user)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            {
                "title": "Admin-Seite",
                "slug": page.slug,
                "intro": "",
                "body-count": "0",
                "action-publish": "publish",
            },
        )
    assert response.status_code == 302, response.content[:500]
    assert time.monotonic() - started < 5
    page.refresh_from_db()
    assert page.live
    assert DBTaskResult.objects.filter(status="READY").count() == 2  # queued for the worker


def test_webhooks_without_a_secret_are_flagged(settings):
    settings.API_WEBHOOK_URLS = ["https://receiver.example/hook"]
    settings.API_WEBHOOK_SECRET = ""
    with pytest.raises(SystemCheckError, match="api.W001"):
        call_command("check", "--fail-level", "WARNING")
    settings.API_WEBHOOK_SECRET = "a-long-random-secret"
    call_command("check", "--fail-level", "WARNING")
