"""Hardening of the contact form (issue 10: M2, M3, M4, M8).

- The rate limit counts per visitor and per hub, behind the reverse proxy too, in the shared
  cache, and still holds when that cache is down.
- Header fields refuse control characters; mail goes out from the task queue, after commit,
  with retries, and a message is stored once, whatever the mail server does.
- Messages outlive their contact page.
"""

import io
import logging
import time
from smtplib import SMTPServerDisconnected

from django.apps import apps
from django.core import mail, signing
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.test import override_settings

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from cms.settings.base import caches_config
from sites.hubs.forms import SALT, ContactForm
from sites.hubs.models import ContactPage, ContactSubmission
from sites.hubs.ratelimit import RATE_LIMIT

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # REMOTE_ADDR of every request that comes through the reverse proxy


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture(autouse=True)
def worker_keeps_the_connection(monkeypatch):
    """The worker closes connections between tasks, which would end the test's transaction."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def behind_proxy(settings):
    settings.CIMIS_TRUSTED_PROXY_COUNT = 1
    settings.CIMIS_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    return settings


@pytest.fixture
def pages(sites):
    return {
        key: ContactPage.objects.descendant_of(sites[key].root_page).filter(locale__language_code="de").get()
        for key in ("meissen", "lausitz")
    }


@pytest.fixture
def mail_queue(settings):
    settings.CONTACT_MAIL_RETRY_DELAY = 0
    settings.CONTACT_MAIL_MAX_ATTEMPTS = 3
    return settings


class FlakyMailServer(LocmemBackend):
    """A real e-mail backend whose server hangs up ``failures`` times, then accepts mail
    (into Django's test outbox). It stands in for the network, as an SMTP server would."""

    failures = 0
    attempts = 0

    def send_messages(self, messages):
        type(self).attempts += 1
        if type(self).failures:
            type(self).failures -= 1
            if self.fail_silently:
                return 0
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@pytest.fixture
def flaky_mail_server(settings):
    settings.EMAIL_BACKEND = f"{__name__}.FlakyMailServer"
    FlakyMailServer.failures = 0
    FlakyMailServer.attempts = 0
    return FlakyMailServer


def run_worker():
    call_command(
        "db_worker",
        "--backend", "api", "--queue-name", "*", "--batch", "--no-startup-delay", "--no-reload",
        verbosity=0,
    )  # fmt: skip


def valid_data(n=0, **overrides):
    data = {
        "name": "Erika Mustermann",
        "email": "erika@example.org",
        "subject": "Mitmachen",
        "message": f"Wir möchten bei der nächsten Runde dabei sein. ({n})",
        "privacy": "on",
        "website": "",
        "issued": signing.dumps(time.time() - 30, salt=SALT),
    }
    data.update(overrides)
    return data


def post(client, page, data, host="meissen.localhost", **meta):
    return client.post(page.get_url(), data, HTTP_HOST=host, **meta)


# --- M2: one bucket per visitor and hub, behind the proxy -------------------------------


def test_two_visitors_behind_the_proxy_have_their_own_limits(client, pages, behind_proxy):
    for n in range(RATE_LIMIT):
        response = post(
            client, pages["meissen"], valid_data(n), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5"
        )
        assert response.status_code == 302
    refused = post(
        client, pages["meissen"], valid_data(99), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert refused.status_code == 400
    other = post(
        client, pages["meissen"], valid_data(100), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6"
    )
    assert other.status_code == 302
    assert ContactSubmission.objects.count() == RATE_LIMIT + 1


def test_a_spoofed_forwarded_for_does_not_escape_the_limit(client, pages, behind_proxy):
    """The proxy appends the address it saw; whatever the visitor put in front is theirs."""
    for n in range(RATE_LIMIT + 3):
        spoofed = f"198.51.100.{n}, 203.0.113.5"
        response = post(
            client, pages["meissen"], valid_data(n), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=spoofed
        )
        assert response.status_code == (302 if n < RATE_LIMIT else 400)
    # Another visitor behind the same proxy is not caught by the first one's limit.
    other = post(
        client, pages["meissen"], valid_data(50), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    assert other.status_code == 302
    assert ContactSubmission.objects.count() == RATE_LIMIT + 1


def test_the_same_address_has_a_limit_per_hub(client, pages):
    for n in range(RATE_LIMIT):
        assert post(client, pages["meissen"], valid_data(n)).status_code == 302
    assert post(client, pages["meissen"], valid_data(99)).status_code == 400
    response = post(client, pages["lausitz"], valid_data(100), host="lausitz.localhost")
    assert response.status_code == 302
    assert ContactSubmission.objects.filter(page=pages["lausitz"]).count() == 1


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client, pages, settings):
    settings.CIMIS_TRUSTED_PROXY_COUNT = 0
    for n in range(RATE_LIMIT):
        forwarded = f"203.0.113.{n}"
        assert (
            post(client, pages["meissen"], valid_data(n), HTTP_X_FORWARDED_FOR=forwarded).status_code == 302
        )
    assert (
        post(client, pages["meissen"], valid_data(99), HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 400
    )


# --- M3: header fields, queued mail, no loss, no doubles ---------------------------------


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"subject": "Hallo\nBcc: alle@example.org"}, "subject"),
        ({"subject": "Hallo\rBcc: alle@example.org"}, "subject"),
        ({"subject": "Hallo\x1bWelt"}, "subject"),
        ({"name": "Erika\nMustermann"}, "name"),
        ({"name": "Erika\u2028Mustermann"}, "name"),
        ({"email": "erika@example.org\nBcc: alle@example.org"}, "email"),
    ],
    ids=[
        "subject-newline",
        "subject-cr",
        "subject-escape",
        "name-newline",
        "name-line-separator",
        "email-newline",
    ],
)
def test_control_characters_in_header_fields_are_form_errors(client, pages, overrides, field):
    response = post(client, pages["meissen"], valid_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert ContactSubmission.objects.count() == 0


def test_line_breaks_in_the_message_itself_are_kept(
    client, pages, mail_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client, pages["meissen"], valid_data(message="Zeile eins\r\nZeile zwei\n\tEingerückt")
        )
    assert response.status_code == 302
    assert ContactSubmission.objects.get().message == "Zeile eins\r\nZeile zwei\n\tEingerückt"


def test_mail_goes_out_from_the_queue_after_commit(
    client, pages, mail_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, pages["meissen"], valid_data())
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert submission.delivery_status == "pending"
    assert mail.outbox == []  # not sent in the visitor's request
    assert DBTaskResult.objects.filter(status="READY", queue_name="mail").count() == 1
    run_worker()
    [message] = mail.outbox
    assert message.to == ["hallo@meissen.cimis.localhost"]
    assert message.reply_to == ["erika@example.org"]
    assert "Mitmachen" in message.subject
    submission.refresh_from_db()
    assert (submission.delivery_status, submission.delivery_attempts) == ("sent", 1)
    assert submission.delivered_at is not None


def test_a_mail_server_failure_keeps_the_message_and_a_retry_delivers_it_once(
    client, pages, mail_queue, flaky_mail_server, django_capture_on_commit_callbacks
):
    flaky_mail_server.failures = 1
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, pages["meissen"], valid_data())
    assert response.status_code == 302
    run_worker()
    assert flaky_mail_server.attempts == 2
    assert len(mail.outbox) == 1
    submission = ContactSubmission.objects.get()
    assert (submission.delivery_status, submission.delivery_attempts) == ("sent", 2)
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1
    # Running the queue again sends nothing twice.
    run_worker()
    assert len(mail.outbox) == 1


def test_delivery_gives_up_after_the_last_attempt_and_keeps_the_message(
    client, pages, mail_queue, flaky_mail_server, django_capture_on_commit_callbacks
):
    flaky_mail_server.failures = 10
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, pages["meissen"], valid_data()).status_code == 302
    run_worker()
    assert flaky_mail_server.attempts == 3
    assert mail.outbox == []
    submission = ContactSubmission.objects.get()
    assert (submission.delivery_status, submission.delivery_attempts) == ("failed", 3)
    assert "Connection unexpectedly closed" in submission.delivery_error
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_the_next_attempt_waits_for_the_back_off(
    client, pages, mail_queue, flaky_mail_server, django_capture_on_commit_callbacks
):
    mail_queue.CONTACT_MAIL_RETRY_DELAY = 3600
    flaky_mail_server.failures = 1
    with django_capture_on_commit_callbacks(execute=True):
        post(client, pages["meissen"], valid_data())
    run_worker()
    waiting = DBTaskResult.objects.get(status="READY")
    assert waiting.run_after > waiting.enqueued_at
    assert ContactSubmission.objects.get().delivery_status == "pending"


def test_a_double_submit_is_stored_and_mailed_once(
    client, pages, mail_queue, django_capture_on_commit_callbacks
):
    data = valid_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, pages["meissen"], data)
        again = post(client, pages["meissen"], data)
        # The same message from a freshly loaded form, a moment later.
        reloaded = post(
            client, pages["meissen"], {**data, "issued": signing.dumps(time.time() - 20, salt=SALT)}
        )
    assert first.status_code == again.status_code == reloaded.status_code == 302
    assert ContactSubmission.objects.count() == 1
    run_worker()
    assert len(mail.outbox) == 1


def test_different_messages_from_one_form_are_both_stored(client, pages, mail_queue):
    data = valid_data()
    assert post(client, pages["meissen"], data).status_code == 302
    assert post(client, pages["meissen"], {**data, "message": "Noch eine Frage."}).status_code == 302
    assert ContactSubmission.objects.count() == 2


def test_without_a_contact_address_the_message_is_kept_and_marked(
    client, pages, sites, mail_queue, django_capture_on_commit_callbacks
):
    from cms.core.models import SiteSettings

    SiteSettings.objects.filter(site=sites["meissen"]).update(contact_email="")
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, pages["meissen"], valid_data()).status_code == 302
    run_worker()
    assert mail.outbox == []
    assert ContactSubmission.objects.get().delivery_status == "no_recipient"


# --- M4: messages outlive their page -----------------------------------------------------


def test_deleting_the_contact_page_keeps_its_messages(client, pages, sites, django_user_model):
    page = pages["meissen"]
    assert post(client, page, valid_data()).status_code == 302
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    confirm = client.get(f"/admin/pages/{page.pk}/delete/")
    assert confirm.status_code == 200
    # The confirmation counts the message among the page's references, and does not stop
    # the deletion: the message is kept.
    assert (confirm.context["usage_count"], confirm.context["is_protected"]) == (1, False)
    response = client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not ContactPage.objects.filter(pk=page.pk).exists()
    submission = ContactSubmission.objects.get()
    assert submission.page is None
    assert submission.site == sites["meissen"]
    assert submission.page_title == page.title
    assert client.get(f"/admin/contact_submissions/inspect/{submission.pk}/").status_code == 200


def test_the_migration_files_existing_messages_under_their_site(pages, sites, locale_en):
    """The data step of the migration: old rows (no site yet) get their page's site, for the
    German page and its English translation alike."""
    from importlib import import_module

    migration = import_module("sites.hubs.migrations.0005_contact_hardening")
    english = pages["meissen"].get_translation(locale_en)
    rows = [
        ContactSubmission.objects.create(page=page, name="A", email="a@example.org", message="m")
        for page in (pages["meissen"], english, pages["lausitz"])
    ]
    ContactSubmission.objects.filter(pk__in=[r.pk for r in rows]).update(
        site=None, site_name="", page_title=""
    )
    migration.fill_site_and_page_title(apps, None)
    filled = ContactSubmission.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk")
    assert [(r.site_id, r.site_name, r.page_title) for r in filled] == [
        (sites["meissen"].pk, sites["meissen"].site_name, pages["meissen"].title),
        (sites["meissen"].pk, sites["meissen"].site_name, english.title),
        (sites["lausitz"].pk, sites["lausitz"].site_name, pages["lausitz"].title),
    ]


# --- M8: the limit holds when the cache is down ------------------------------------------


def redis_down(ignore_exceptions):
    return {
        **caches_config("locmemcache://"),  # the settings' other caches (renditions) as they are
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"IGNORE_EXCEPTIONS": ignore_exceptions, "SOCKET_CONNECT_TIMEOUT": 1},
        },
    }


def test_when_the_cache_is_down_the_limit_holds_and_says_so(client, pages, caplog):
    """django-redis with IGNORE_EXCEPTIONS: every cache call quietly returns nothing."""
    with override_settings(CACHES=redis_down(ignore_exceptions=True)), caplog.at_level(logging.WARNING):
        for n in range(RATE_LIMIT):
            assert post(client, pages["meissen"], valid_data(n)).status_code == 302
        refused = post(client, pages["meissen"], valid_data(99))
        assert refused.status_code == 400
        assert [e.code for e in refused.context["form"].non_field_errors().as_data()] == ["rate"]
        # Another hub keeps its own count.
        assert post(client, pages["lausitz"], valid_data(100), host="lausitz.localhost").status_code == 302
    assert ContactSubmission.objects.count() == RATE_LIMIT + 1
    assert any("cache" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


def test_when_the_cache_raises_the_limit_falls_back_to_the_database(pages, sites, caplog):
    """Without IGNORE_EXCEPTIONS the cache raises (Wagtail's own site lookup fails then too,
    so this is checked on the rate limit itself)."""
    from sites.hubs.ratelimit import allow_contact, client_key

    site = sites["meissen"]
    with override_settings(CACHES=redis_down(ignore_exceptions=False)), caplog.at_level(logging.WARNING):
        for n in range(RATE_LIMIT):
            assert allow_contact(site, "203.0.113.5")
            ContactSubmission.objects.create(
                page=pages["meissen"], site=site, name="A", email="a@example.org", message=str(n),
                client_key=client_key(site, "203.0.113.5"),
            )  # fmt: skip
        assert not allow_contact(site, "203.0.113.5")
        assert allow_contact(site, "203.0.113.6")
        assert allow_contact(sites["lausitz"], "203.0.113.5")
    assert any("cache" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


def test_an_ipv6_visitor_is_counted_by_their_network(client, pages):
    """One connection usually owns a whole /64: new addresses from it are the same visitor."""
    for n in range(RATE_LIMIT):
        assert (
            post(client, pages["meissen"], valid_data(n), REMOTE_ADDR=f"2001:db8:1:2::{n + 1}").status_code
            == 302
        )
    assert post(client, pages["meissen"], valid_data(99), REMOTE_ADDR="2001:db8:1:2::99").status_code == 400
    assert post(client, pages["meissen"], valid_data(100), REMOTE_ADDR="2001:db8:1:3::1").status_code == 302


def test_failed_messages_can_be_queued_again(
    client, pages, mail_queue, flaky_mail_server, django_capture_on_commit_callbacks
):
    flaky_mail_server.failures = 3
    with django_capture_on_commit_callbacks(execute=True):
        post(client, pages["meissen"], valid_data())
    run_worker()
    assert ContactSubmission.objects.get().delivery_status == "failed"
    out = io.StringIO()
    call_command("resend_contact_messages", stdout=out)
    assert out.getvalue().strip() == "queued 1 contact message(s)"
    run_worker()
    submission = ContactSubmission.objects.get()
    assert (submission.delivery_status, submission.delivery_attempts) == ("sent", 1)
    assert len(mail.outbox) == 1
    # Sent messages are left alone.
    call_command("resend_contact_messages", "--older-than", "0", stdout=io.StringIO())
    run_worker()
    assert len(mail.outbox) == 1


def test_a_form_sent_twice_at_once_is_stored_once(pages, sites, django_capture_on_commit_callbacks):
    """Two requests of one double click both pass the duplicate check before either stores:
    the unique key of form token and content lets only one of them in."""
    data = ContactForm(valid_data())
    assert data.is_valid(), data.errors
    with django_capture_on_commit_callbacks() as callbacks:
        first = pages["meissen"].store(data.cleaned_data, sites["meissen"], "203.0.113.5")
        second = pages["meissen"].store(data.cleaned_data, sites["meissen"], "203.0.113.5")
    assert first is not None and second is None
    assert ContactSubmission.objects.count() == 1
    assert len(callbacks) == 1  # one delivery queued
