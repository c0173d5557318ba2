"""bootstrap_sites and load_demo: idempotent, configuration-driven, refused where unsafe."""

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.http import HttpRequest

from wagtail.models import Collection, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

import pytest

from cms.core.models import CMSImage, DemoAccount, SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
        "collections": Collection.objects.count(),
        "images": CMSImage.objects.count(),
        "users": get_user_model().objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "site settings": SiteSettings.objects.count(),
        "hosts": sorted(Site.objects.values_list("hostname", "port", "is_default_site")),
    }


def test_load_demo_twice_changes_nothing(settings, django_capture_on_commit_callbacks):
    settings.DEBUG = True
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_bootstrap_twice_changes_nothing(django_capture_on_commit_callbacks):
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("bootstrap_sites", verbosity=0)
    assert snapshot() == before


def test_demo_has_the_accounts_of_the_design(settings):
    usernames = set(DemoAccount.objects.values_list("user__username", flat=True))
    assert usernames == {
        "admin", "platform", "meissen", "lausitz", "erzgebirge",
        "meissen-editor", "lausitz-editor", "erzgebirge-editor",
    }  # fmt: skip
    assert get_user_model().objects.get(username="admin").is_superuser


def test_load_demo_refuses_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("load_demo", verbosity=0)


@pytest.mark.parametrize("username", ["admin", "meissen", "platform"])
def test_demo_accounts_cannot_sign_in_with_debug_off(client, settings, username):
    settings.DEBUG = False
    assert client.login(request=HttpRequest(), username=username, password=username) is False
    response = client.post("/admin/login/", {"username": username, "password": username})
    assert response.status_code == 200  # the form again, with an error
    assert "_auth_user_id" not in client.session


def test_demo_accounts_sign_in_with_debug_on(client, settings):
    settings.DEBUG = True
    response = client.post("/admin/login/", {"username": "admin", "password": "admin"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_open_demo_session_ends_when_debug_goes_off(client, settings):
    settings.DEBUG = True
    assert client.login(request=HttpRequest(), username="admin", password="admin")
    settings.DEBUG = False
    assert client.get("/admin/").status_code == 302  # back to the login page


def test_real_accounts_sign_in_with_debug_off(client, settings):
    settings.DEBUG = False
    get_user_model().objects.create_superuser("redaktion", "r@example.org", "a-long-real-passphrase")
    assert client.login(request=HttpRequest(), username="redaktion", password="a-long-real-passphrase")


def test_bootstrap_reapplies_a_changed_host_name(settings, django_capture_on_commit_callbacks):
    settings.CIMIS_SITES = [
        {**entry, "hostname": "meissen.example.org"} if entry["key"] == "meissen" else entry
        for entry in settings.CIMIS_SITES
    ]
    call_command("bootstrap_sites", verbosity=0)
    site = SiteSettings.objects.get(key="meissen").site
    assert site.hostname == "meissen.example.org"
    assert Site.objects.count() == 4


def test_a_new_hub_is_a_configuration_change(client, settings, locale_en):
    settings.CIMIS_SITES = [
        *settings.CIMIS_SITES,
        {"key": "vogtland", "kind": "hub", "hostname": "vogtland.localhost", "name": "CIMIS Hub Vogtland",
         "partner": "Kreatives Vogtland"},
    ]  # fmt: skip
    call_command("bootstrap_sites", verbosity=0)
    site = SiteSettings.objects.get(key="vogtland").site
    assert site.root_page.specific_class.__name__ == "HubHomePage"
    assert site.root_page.get_translation(locale_en).live
    html = client.get("/de/", HTTP_HOST="vogtland.localhost").content.decode()
    assert "CIMIS Hub Vogtland" in html
    assert "Impressum" in html
    assert client.get("/en/imprint/", HTTP_HOST="vogtland.localhost").status_code == 200


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda sites: [*sites, dict(sites[1])], "unique"),
        (lambda sites: [{**s, "default": False} for s in sites], "exactly one"),
        (
            lambda sites: [*sites, {"key": "x", "kind": "museum", "hostname": "x.localhost", "name": "X"}],
            "kind",
        ),
    ],
)
def test_bootstrap_rejects_a_broken_configuration_with_one_line(settings, change, message):
    settings.CIMIS_SITES = change(settings.CIMIS_SITES)
    with pytest.raises(CommandError, match=message):
        call_command("bootstrap_sites", verbosity=0)
