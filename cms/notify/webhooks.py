"""Publish webhooks: a signed JSON POST to every configured URL when a page or library item
is published, unpublished or deleted.

Deliveries go through the "api" task queue (django-tasks with its database backend), worked
off by ``manage.py db_worker --backend api --queue-name webhooks,mail`` (the mail queue carries contact messages). The editor's request only
writes a queue row after its transaction commits, and nothing that goes wrong with a
delivery — or even with the queue — can fail or slow their action. A failed delivery is
retried with exponential back-off (``API_WEBHOOK_RETRY_DELAY`` × 2ⁿ) up to
``API_WEBHOOK_MAX_ATTEMPTS`` attempts; each failed attempt is a failed task result on record.

Each POST carries::

    X-CIMIS-Event: published | unpublished | deleted
    X-CIMIS-Delivery: <uuid, the same for every attempt of one delivery>
    X-CIMIS-Timestamp: <unix seconds of this attempt>
    X-CIMIS-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with API_WEBHOOK_SECRET>

A receiver recomputes the HMAC over the timestamp, a dot and the raw body, compares it in
constant time, and rejects timestamps older than a few minutes.
"""

import hashlib
import hmac
import json
import logging
import time
import uuid
from datetime import timedelta
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, TranslatableMixin

from django_tasks import task

logger = logging.getLogger(__name__)

USER_AGENT = "CIMIS-webhooks/1"


class WebhookDeliveryFailed(Exception):
    """One attempt of a delivery failed (a retry is queued while attempts remain)."""


def sign(body: bytes, timestamp: int, secret: str) -> str:
    message = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(body: bytes, timestamp: str, signature: str, secret: str) -> bool:
    """What a receiver does (used by the tests)."""
    return hmac.compare_digest(sign(body, int(timestamp), secret), signature)


def payload(event: str, instance) -> dict:
    """The JSON body describing ``instance`` after ``event``."""
    from cms.api.router import api_router

    model = (instance.specific_class or Page) if isinstance(instance, Page) else type(instance)
    endpoint = api_router.get_model_endpoint(model)
    data = {
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "object": {
            "kind": "page" if isinstance(instance, Page) else "library",
            "type": model._meta.label,
            "id": instance.pk,
            "title": getattr(instance, "title", None) or str(instance),
            "locale": instance.locale.language_code if isinstance(instance, TranslatableMixin) else None,
            "endpoint": endpoint[0] if endpoint else None,
            "detail_path": api_router.get_object_detail_urlpath(model, instance.pk) if endpoint else None,
        },
    }
    if isinstance(instance, Page):
        data["object"]["html_url"] = instance.get_full_url() if event != "deleted" else None
    return data


@task(backend="api", queue_name="webhooks")
def deliver_webhook(url: str, body: str, event: str, delivery_id: str, attempt: int = 1):
    """POST one delivery to one URL; on failure queue the next attempt and fail this one."""
    if urlsplit(url).scheme not in {"http", "https"}:
        raise WebhookDeliveryFailed(f"{url}: only http and https URLs are delivered")
    timestamp = int(time.time())
    data = body.encode()
    request = Request(  # noqa: S310 - the scheme is checked above
        url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-CIMIS-Event": event,
            "X-CIMIS-Delivery": delivery_id,
            "X-CIMIS-Timestamp": str(timestamp),
            "X-CIMIS-Signature": sign(data, timestamp, settings.API_WEBHOOK_SECRET),
        },
    )
    try:
        with urlopen(request, timeout=settings.API_WEBHOOK_TIMEOUT) as response:  # noqa: S310
            return {"status": response.status, "attempt": attempt}
    except HTTPError as error:
        problem = f"HTTP {error.code}"
    except (URLError, OSError) as error:
        problem = str(error)
    if attempt < settings.API_WEBHOOK_MAX_ATTEMPTS:
        delay = settings.API_WEBHOOK_RETRY_DELAY * 2 ** (attempt - 1)
        deliver_webhook.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            url, body, event, delivery_id, attempt + 1
        )
    raise WebhookDeliveryFailed(
        f"{url}: {problem} (attempt {attempt} of {settings.API_WEBHOOK_MAX_ATTEMPTS})"
    )


def queue_deliveries(event: str, instance) -> None:
    """Queue a delivery of ``event`` to every configured URL once the transaction commits.
    Never raises: a webhook must not fail the editor's action."""
    urls = list(settings.API_WEBHOOK_URLS)
    if not urls:
        return
    try:
        body = json.dumps(payload(event, instance), ensure_ascii=False, sort_keys=True)
    except Exception:
        logger.exception("Could not describe %r for a %s webhook", instance, event)
        return

    def enqueue():
        for url in urls:
            try:
                deliver_webhook.enqueue(url, body, event, str(uuid.uuid4()))
            except Exception:
                logger.exception("Could not queue the %s webhook to %s", event, url)

    transaction.on_commit(enqueue)
