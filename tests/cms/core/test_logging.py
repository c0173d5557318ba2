"""Production logs: a server error is one JSON line on stderr with its traceback, the request
id, site and user id, and never a password, cookie or query string; with ADMINS set, it is
also mailed to them. Every response names its request id."""

import io
import json
import logging

from django.contrib.auth import get_user_model
from django.core import mail
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import include, path

import pytest

from cms.core.logging import JSONFormatter, parse_admins, redact

pytestmark = pytest.mark.django_db

SECRET_PASSWORD = "hunter2-very-secret"  # noqa: S105
SECRET_TOKEN = "tok-4f3b9a"  # noqa: S105


def broken(request):
    raise RuntimeError("the view broke")


def fine(request):
    logging.getLogger("cms.test").info("handled %s", request.path)
    return HttpResponse("ok")


urlpatterns = [
    path("broken/", broken),
    path("fine/", fine),
    path("admin/", include("wagtail.admin.urls")),
]


@pytest.fixture
def log_stream():
    """The configured JSON handler on stderr, writing into a buffer for the test."""
    handler = next(
        h for h in logging.getLogger("django.request").handlers if isinstance(h.formatter, JSONFormatter)
    )
    buffer = io.StringIO()
    original = handler.setStream(buffer)
    yield buffer
    handler.setStream(original)


def json_lines(buffer):
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


@pytest.fixture
def signed_in_client():
    user = get_user_model().objects.create_user("log-probe", "log@example.org", "x")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client, user


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_is_one_json_line_with_traceback_request_id_site_and_user(
    signed_in_client, log_stream
):
    client, user = signed_in_client
    response = client.post(
        f"/broken/?token={SECRET_TOKEN}",
        {"password": SECRET_PASSWORD},
        HTTP_HOST="meissen.localhost",
        HTTP_X_REQUEST_ID="req-12345",
    )
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-12345"
    errors = [line for line in json_lines(log_stream) if line["level"] == "ERROR"]
    assert len(errors) == 1, log_stream.getvalue()
    entry = errors[0]
    assert entry["logger"] == "django.request"
    assert entry["status"] == 500
    assert entry["request_id"] == "req-12345"
    assert entry["site"] == "meissen.localhost"
    assert entry["user_id"] == user.pk
    assert entry["path"] == "/broken/"
    assert "RuntimeError: the view broke" in entry["exception"]
    assert "Traceback" in entry["exception"]
    text = log_stream.getvalue()
    session = client.cookies["sessionid"].value
    for secret in (SECRET_PASSWORD, SECRET_TOKEN, session):
        assert secret not in text


@override_settings(ROOT_URLCONF=__name__)
def test_a_request_without_a_sane_id_gets_a_new_one(log_stream):
    client = Client()
    response = client.get("/fine/", HTTP_X_REQUEST_ID="bad id\nforged log line")
    request_id = response["X-Request-ID"]
    assert request_id and "\n" not in request_id and " " not in request_id
    entry = next(line for line in json_lines(log_stream) if line["logger"] == "cms.test")
    assert entry["request_id"] == request_id
    assert "user_id" not in entry
    assert client.get("/fine/")["X-Request-ID"] != request_id


@override_settings(ROOT_URLCONF=__name__, ADMINS=parse_admins("Ops <ops@example.org>, dev@example.org"))
def test_with_admins_set_a_server_error_is_mailed_to_them(log_stream):
    response = Client(raise_request_exception=False).post(
        f"/broken/?token={SECRET_TOKEN}", {"password": SECRET_PASSWORD}, HTTP_HOST="meissen.localhost"
    )
    assert response.status_code == 500
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ops@example.org", "dev@example.org"]
    assert "/broken/" in message.subject
    assert "RuntimeError" in message.body
    for secret in (SECRET_PASSWORD, SECRET_TOKEN):
        assert secret not in message.body


@override_settings(ROOT_URLCONF=__name__, ADMINS=[])
def test_without_admins_nothing_is_mailed(log_stream):
    Client(raise_request_exception=False).get("/broken/")
    assert mail.outbox == []


def test_admins_are_read_from_a_list_of_addresses():
    assert parse_admins("") == []
    assert parse_admins("Ops Team <ops@example.org>,dev@example.org") == [
        ("Ops Team", "ops@example.org"),
        ("dev@example.org", "dev@example.org"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "GET /de/?token=abc123 HTTP/1.1",
        "password=abc123&next=/",
        "Cookie: sessionid=abc123; csrftoken=x",
        "api_key: abc123",
    ],
)
def test_secret_values_in_messages_are_redacted(text):
    assert "abc123" not in redact(text)
    assert "[redacted]" in redact(text)
