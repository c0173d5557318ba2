"""The four sites: each host serves its own tree, in German and English, never another's."""

from wagtail.models import Page, Site

import pytest

from cms.core.models import SiteSettings

pytestmark = pytest.mark.django_db

HOSTS = {
    "platform": "lernplattform.localhost",
    "meissen": "meissen.localhost",
    "lausitz": "lausitz.localhost",
    "erzgebirge": "erzgebirge.localhost",
}
NAMES = {
    "platform": "CIMIS Lernplattform",
    "meissen": "CIMIS Hub Meißen",
    "lausitz": "CIMIS Hub Lausitz",
    "erzgebirge": "CIMIS Hub Erzgebirge",
}


def test_four_sites_exist_with_the_contracted_host_names(sites):
    assert {key: site.hostname for key, site in sites.items()} == HOSTS
    assert Site.objects.count() == 4


def test_platform_is_the_default_site(sites):
    assert Site.objects.get(is_default_site=True) == sites["platform"]


def test_root_page_types_follow_the_kind_of_site(sites):
    assert sites["platform"].root_page.specific_class.__name__ == "PlatformHomePage"
    for key in ("meissen", "lausitz", "erzgebirge"):
        assert sites[key].root_page.specific_class.__name__ == "HubHomePage"


@pytest.mark.parametrize("key", HOSTS)
def test_root_redirects_to_german_by_default(client, key):
    response = client.get("/", HTTP_HOST=HOSTS[key])
    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_root_redirects_to_english_for_an_english_browser(client):
    response = client.get("/", HTTP_HOST="meissen.localhost", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("key", HOSTS)
@pytest.mark.parametrize("language", ["de", "en"])
def test_each_host_serves_its_own_home_in_both_languages(client, key, language):
    response = client.get(f"/{language}/", HTTP_HOST=HOSTS[key])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert NAMES[key] in html
    for other, name in NAMES.items():
        if other != key:
            assert f'class="site-header__brand" href="/{language}/">\n            {name}' not in html
    assert response.context["page"].get_site().hostname == HOSTS[key]


def test_localhost_and_loopback_serve_the_platform(client):
    for host in ("localhost", "127.0.0.1"):
        response = client.get("/de/", HTTP_HOST=host)
        assert response.status_code == 200
        assert NAMES["platform"] in response.content.decode()


def test_the_same_path_on_each_host_is_that_hosts_own_page(client, sites):
    for key, host in HOSTS.items():
        response = client.get("/de/ueber-cimis/", HTTP_HOST=host)
        assert response.status_code == 200
        assert response.context["page"].get_site() == sites[key]


def test_a_path_only_one_hub_has_is_404_on_the_others(client, sites):
    page = sites["lausitz"].root_page.get_children().get(slug="ueber-cimis").specific
    page.slug = "nur-in-der-lausitz"
    page.save_revision().publish()
    assert client.get("/de/nur-in-der-lausitz/", HTTP_HOST="lausitz.localhost").status_code == 200
    assert client.get("/de/nur-in-der-lausitz/", HTTP_HOST="meissen.localhost").status_code == 404
    assert client.get("/de/nur-in-der-lausitz/", HTTP_HOST="lernplattform.localhost").status_code == 404


def test_every_home_has_an_english_translation(sites, locale_en):
    for site in sites.values():
        english = site.root_page.get_translation(locale_en)
        assert english.live
        assert english.alias_of_id is None


def test_site_settings_carry_the_site_key(sites):
    for key, site in sites.items():
        assert SiteSettings.for_site(site).key == key


def test_unknown_page_is_a_themed_404(client):
    response = client.get("/de/gibt-es-nicht/", HTTP_HOST="meissen.localhost")
    assert response.status_code == 404
    assert "Diese Maßnahme wird mitfinanziert" in response.content.decode()


def test_theme_css_uses_the_sites_own_colour(client, sites):
    meissen = SiteSettings.for_site(sites["meissen"]).primary_colour
    lausitz = SiteSettings.for_site(sites["lausitz"]).primary_colour
    assert meissen != lausitz
    response = client.get("/theme.css", HTTP_HOST="meissen.localhost")
    assert response["Content-Type"].startswith("text/css")
    assert f"--brand: {meissen};" in response.content.decode()


def test_english_home_page_is_the_german_pages_translation(sites, locale_de, locale_en):
    home = Page.objects.get(pk=sites["meissen"].root_page_id)
    assert home.locale == locale_de
    assert home.get_translation(locale_en).translation_key == home.translation_key
