"""No Gravatar in the admin (avatars are uploaded or Wagtail's default), and the links of the
admin's e-mails use the configured base URL with its real scheme and port."""

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from cms.core.sites import site_for_key
from cms.settings.base import admin_base_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "username, view",
    [
        ("meissen-editor", "wagtailadmin_home"),
        ("meissen-editor", "wagtailadmin_account"),
        ("meissen", "wagtailadmin_home"),
        ("admin", "wagtailusers_users:index"),
    ],
)
def test_no_admin_page_references_gravatar(settings, username, view):
    settings.DEBUG = True
    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(reverse(view))
    assert response.status_code == 200
    assert "gravatar" not in response.content.decode().lower()
    assert "gravatar" not in response.get("Content-Security-Policy", "").lower()


def test_the_admin_policy_allows_no_gravatar():
    assert "gravatar" not in str(django_settings.CIMIS_ADMIN_CONTENT_SECURITY_POLICY).lower()
    assert django_settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_the_default_base_url_follows_the_platform_host_and_port():
    assert admin_base_url("lernplattform.localhost", 8123) == "http://lernplattform.localhost:8123"
    assert admin_base_url("lernplattform.localhost", 80) == "http://lernplattform.localhost"
    assert admin_base_url("cimis.example", 443, "https") == "https://cimis.example"


def test_a_submission_notification_links_to_the_configured_base_url(
    settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.cimis.example:8443"
    editor = get_user_model().objects.get(username="meissen-editor")
    page = site_for_key("meissen").root_page.specific
    page.save_revision(user=editor)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, editor)
    messages = [message for message in mail.outbox if "meissen@demo.localhost" in message.to]
    assert messages
    body = messages[0].body + "".join(str(alt[0]) for alt in getattr(messages[0], "alternatives", []))
    assert f"https://cms.cimis.example:8443/admin/pages/{page.pk}/" in body
    assert ":8000" not in body
