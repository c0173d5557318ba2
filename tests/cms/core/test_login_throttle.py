"""Login throttling (django-axes): repeated failures lock out the account and the address,
through the Wagtail admin's own login form, and the lockout page says what happened, when to
retry and whom to ask, in German and English. The client address comes from the trusted-proxy
configuration (``cms.core.client_ip``), the same one the contact form uses."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings

import pytest

from cms.core.client_ip import client_ip
from cms.core.models import SiteSettings

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "a-long-and-right-password"  # noqa: S105


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("throttle-probe", "probe@example.org", PASSWORD)


def attempt(client, username, password, address="198.51.100.7", language="de", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
        **extra,
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_axes_is_on_in_the_test_settings():
    assert settings.AXES_ENABLED is True
    assert "axes.middleware.AxesMiddleware" in settings.MIDDLEWARE
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    # Stored in the database: every process and node sees the same failures.
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"


def test_many_wrong_passwords_then_the_right_one_does_not_sign_in(client, editor):
    for _ in range(30):
        assert attempt(client, editor.username, "wrong").status_code in (200, 429)
    response = attempt(client, editor.username, PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)


def test_below_the_limit_the_right_password_still_signs_in(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, editor.username, "wrong").status_code == 200
    response = attempt(client, editor.username, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_an_account_is_locked_from_every_address(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, editor.username, "wrong", address=f"203.0.113.{number + 1}")
    response = attempt(client, editor.username, PASSWORD, address="192.0.2.200")
    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_is_locked_for_every_account(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"guess-{number}", "wrong", address="203.0.113.50")
    assert attempt(client, editor.username, PASSWORD, address="203.0.113.50").status_code == 429
    # Another address may still sign in to the same account.
    assert attempt(client, editor.username, PASSWORD, address="203.0.113.51").status_code == 302


@pytest.mark.parametrize(
    "language, expected",
    [
        ("de", ["Zu viele fehlgeschlagene Anmeldeversuche", "Versuchen Sie es", "hallo@"]),
        ("en", ["Too many failed sign-in attempts", "Try again", "hallo@"]),
    ],
)
def test_the_lockout_page_says_what_happened_when_to_retry_and_whom_to_ask(
    client, editor, language, expected
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, editor.username, "wrong", language=language)
    response = attempt(client, editor.username, PASSWORD, language=language)
    assert response.status_code == 429
    html = response.content.decode()
    assert f'lang="{language}"' in html
    for text in expected:
        assert text in html
    assert str(settings.AXES_COOLOFF_TIME.seconds // 60) in html
    platform_contact = SiteSettings.objects.filter(site__is_default_site=True).get().contact_email
    assert platform_contact in html
    assert PASSWORD not in html


@override_settings(CIMIS_TRUSTED_PROXY_HEADER="X-Forwarded-For", CIMIS_TRUSTED_PROXY_COUNT=1)
def test_behind_the_trusted_proxy_the_forwarded_client_is_locked_not_the_proxy(client, editor):
    proxy = "10.0.0.2"
    for number in range(settings.AXES_FAILURE_LIMIT):
        # The client forges a left-most entry each time; only the proxy's entry counts.
        forwarded = f"192.0.2.{number + 1}, 203.0.113.60"
        attempt(client, f"guess-{number}", "wrong", address=proxy, HTTP_X_FORWARDED_FOR=forwarded)
    locked = attempt(client, editor.username, PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.60")
    assert locked.status_code == 429
    other = attempt(client, editor.username, PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.61")
    assert other.status_code == 302


@pytest.mark.parametrize(
    "header, count, meta, expected",
    [
        ("", 0, {"HTTP_X_FORWARDED_FOR": "203.0.113.1"}, "10.0.0.2"),
        ("X-Forwarded-For", 1, {"HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.1"}, "203.0.113.1"),
        ("X-Forwarded-For", 2, {"HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.1, 10.0.0.9"}, "203.0.113.1"),
        ("X-Forwarded-For", 2, {"HTTP_X_FORWARDED_FOR": "203.0.113.1"}, "10.0.0.2"),
        ("X-Forwarded-For", 1, {"HTTP_X_FORWARDED_FOR": "not-an-address"}, "10.0.0.2"),
        ("X-Forwarded-For", 1, {}, "10.0.0.2"),
        ("X-Real-IP", 1, {"HTTP_X_REAL_IP": "2001:db8::1"}, "2001:db8::1"),
    ],
)  # fmt: skip
def test_client_ip_believes_only_the_trusted_proxies(header, count, meta, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **meta)
    with override_settings(CIMIS_TRUSTED_PROXY_HEADER=header, CIMIS_TRUSTED_PROXY_COUNT=count):
        assert client_ip(request) == expected
