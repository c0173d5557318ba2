"""The contact form: valid messages are stored and forwarded; bad input and spam are not."""

import time

from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.management.commands import db_worker

from sites.hubs.forms import SALT
from sites.hubs.models import ContactPage, ContactSubmission
from sites.hubs.ratelimit import RATE_LIMIT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture
def contact(sites):
    return ContactPage.objects.descendant_of(sites["meissen"].root_page).get()


def valid_data(**overrides):
    data = {
        "name": "Erika Mustermann",
        "email": "erika@example.org",
        "subject": "Mitmachen",
        "message": "Wir möchten bei der nächsten Runde dabei sein.",
        "privacy": "on",
        "website": "",
        "issued": signing.dumps(time.time() - 30, salt=SALT),
    }
    data.update(overrides)
    return data


def post(client, page, data):
    return client.post(page.get_url(), data, HTTP_HOST="meissen.localhost")


def test_form_renders_with_labels_for_every_field(client, contact):
    soup = BeautifulSoup(client.get(contact.get_url(), HTTP_HOST="meissen.localhost").content, "html.parser")
    form = soup.select_one("form.form")
    for name in ("name", "email", "subject", "message", "privacy"):
        field = form.select_one(f'[name="{name}"]')
        assert soup.select_one(f'label[for="{field["id"]}"]') is not None
    assert form.select_one('input[name="issued"]')["type"] == "hidden"


def test_valid_message_is_stored_forwarded_and_thanked(
    client, contact, monkeypatch, django_capture_on_commit_callbacks
):
    # The worker closes connections between tasks, which would end the test's transaction.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, contact, valid_data())
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    submission = ContactSubmission.objects.get()
    assert (submission.page_id, submission.email) == (contact.pk, "erika@example.org")
    call_command(
        "db_worker", "--backend", "api", "--queue-name", "mail", "--batch", "--no-startup-delay", verbosity=0
    )
    assert len(mail.outbox) == 1
    assert "Wir möchten" in mail.outbox[0].body
    assert "Vielen Dank" in client.get(response["Location"], HTTP_HOST="meissen.localhost").content.decode()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"email": "keine-adresse"}, "email"),
        ({"name": ""}, "name"),
        ({"message": ""}, "message"),
        ({"privacy": ""}, "privacy"),
        ({"message": "x" * 5001}, "message"),
    ],
)
def test_bad_input_shows_form_errors_and_stores_nothing(client, contact, overrides, field):
    response = post(client, contact, valid_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('[role="alert"]') is not None
    assert soup.select_one(".form__error") is not None
    assert ContactSubmission.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "overrides",
    [
        lambda: {"website": "http://spam.example"},
        lambda: {"issued": signing.dumps(time.time(), salt=SALT)},
        lambda: {"issued": "forged"},
        lambda: {"issued": ""},
    ],
    ids=["honeypot", "too-fast", "forged-timestamp", "missing-timestamp"],
)
def test_spam_is_refused(client, contact, overrides):
    response = post(client, contact, valid_data(**overrides()))
    assert response.status_code == 400
    assert ContactSubmission.objects.count() == 0


def test_rate_limit_per_address(client, contact):
    for n in range(RATE_LIMIT):
        assert post(client, contact, valid_data(message=f"Nachricht {n}")).status_code == 302
    response = post(client, contact, valid_data(message="Noch eine"))
    assert response.status_code == 400
    assert ContactSubmission.objects.count() == RATE_LIMIT


def test_admin_lists_and_shows_messages_but_cannot_edit_them(client, contact, django_user_model):
    post(client, contact, valid_data())
    submission = ContactSubmission.objects.get()
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    listing = client.get("/admin/contact_submissions/")
    assert listing.status_code == 200
    assert "Erika Mustermann" in listing.content.decode()
    detail = client.get(f"/admin/contact_submissions/inspect/{submission.pk}/")
    assert detail.status_code == 200
    assert "Wir möchten bei der nächsten Runde dabei sein." in detail.content.decode()
    edit = client.post(
        f"/admin/contact_submissions/edit/{submission.pk}/",
        {"name": "X", "email": "x@example.org", "subject": "", "message": "geändert"},
    )
    assert edit.status_code in (302, 403)
    submission.refresh_from_db()
    assert submission.message == "Wir möchten bei der nächsten Runde dabei sein."
    assert client.get("/admin/contact_submissions/new/").status_code in (302, 403)
