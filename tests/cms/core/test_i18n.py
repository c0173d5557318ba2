"""Both languages for visitors: switcher, hreflang, sitemap, honest marking of aliases."""

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup
from defusedxml.ElementTree import fromstring

from cms.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def soup_of(client, url, host):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def live_pages(site, locale):
    root = site.root_page.get_translation(locale)
    return Page.objects.descendant_of(root, inclusive=True).live().public().filter(alias_of__isnull=True)


def test_switcher_on_every_page_leads_to_the_same_page_in_the_other_language(
    client, sites, locale_de, locale_en
):
    checked = 0
    for site in sites.values():
        for page in live_pages(site, locale_de):
            english = page.get_translation(locale_en)
            german_url, english_url = page.get_url(current_site=site), english.get_url(current_site=site)
            soup = soup_of(client, german_url, site.hostname)
            assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == english_url
            back = soup_of(client, english_url, site.hostname)
            assert back.select_one('.language-switcher a[hreflang="de"]')["href"] == german_url
            checked += 1
    assert checked >= 40


def test_every_page_names_its_translations_in_hreflang(client, sites, locale_de, locale_en):
    for site in sites.values():
        for page in live_pages(site, locale_de):
            english = page.get_translation(locale_en)
            for version in (page, english):
                links = {
                    link["hreflang"]: link["href"]
                    for link in soup_of(client, version.url, site.hostname).select(
                        'head link[rel="alternate"]'
                    )
                }
                assert links == {
                    "de": page.get_full_url(),
                    "en": english.get_full_url(),
                    "x-default": page.get_full_url(),
                }


def test_sitemap_lists_both_languages_of_its_own_site_with_alternates(client, sites, locale_de, locale_en):
    response = client.get("/sitemap.xml", HTTP_HOST="lausitz.localhost")
    assert response.status_code == 200
    root = fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)]
    expected = {p.get_full_url() for p in live_pages(sites["lausitz"], locale_de)}
    expected |= {p.get_full_url() for p in live_pages(sites["lausitz"], locale_en)}
    assert set(locations) == expected
    assert all(loc.startswith("http://lausitz.localhost/") for loc in locations)
    first = root.find("s:url", SITEMAP_NS)
    alternates = {a.get("hreflang"): a.get("href") for a in first.findall("x:link", SITEMAP_NS)}
    assert alternates == {
        "de": "http://lausitz.localhost/de/",
        "en": "http://lausitz.localhost/en/",
        "x-default": "http://lausitz.localhost/de/",
    }


@pytest.fixture
def page_made_in_the_admin(client, sites, django_user_model):
    """A German page created through the admin, where wagtail-localize's synchronisation
    gives it an English alias straight away."""
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    home = sites["meissen"].root_page
    data = nested_form_data(
        {
            "title": "Werkstattbesuch",
            "slug": "werkstattbesuch",
            "intro": "Ein Besuch in der Porzellanmanufaktur.",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/add/core/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return Page.objects.get(slug="werkstattbesuch", locale__language_code="de")


def test_a_new_german_page_gets_an_english_alias(page_made_in_the_admin, locale_en):
    alias = page_made_in_the_admin.get_translation(locale_en)
    assert alias.alias_of_id == page_made_in_the_admin.pk
    assert alias.live


def test_an_untranslated_alias_is_marked_honestly(client, page_made_in_the_admin, locale_en):
    alias = page_made_in_the_admin.get_translation(locale_en)
    soup = soup_of(client, alias.url, "meissen.localhost")
    assert soup.html["lang"] == "en"
    assert soup.select_one("main")["lang"] == "de"
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert "has not been translated yet" in soup.select_one("main .notice").get_text()
    assert soup.select('head link[rel="alternate"]') == []
    german = soup_of(client, page_made_in_the_admin.url, "meissen.localhost")
    hreflangs = {link["hreflang"] for link in german.select('head link[rel="alternate"]')}
    assert hreflangs == {"de", "x-default"}
    sitemap = client.get("/sitemap.xml", HTTP_HOST="meissen.localhost").content.decode()
    assert "/de/werkstattbesuch/" in sitemap
    assert alias.get_full_url() not in sitemap


def test_switcher_falls_back_to_the_translated_home_with_a_notice(client, sites):
    page = StandardPageFactory(
        parent=sites["erzgebirge"].root_page, title="Nur auf Deutsch", slug="nur-deutsch"
    )
    soup = soup_of(client, page.url, "erzgebirge.localhost")
    target = soup.select_one('.language-switcher a[hreflang="en"]')["href"]
    assert target == "/en/?notice=untranslated"
    landing = soup_of(client, target, "erzgebirge.localhost")
    assert "not available in this language" in landing.select_one("main .notice").get_text()


def test_switcher_keeps_the_visitors_filters_and_drops_a_notice(client, sites):
    """A visitor who filtered the prototype gallery sees the same selection in English."""
    soup = soup_of(
        client, "/de/prototypen/?region=meissen&category=online_shop&notice=x", "lernplattform.localhost"
    )
    target = soup.select_one('.language-switcher a[hreflang="en"]')["href"]
    path, _sep, query = target.partition("?")
    assert path.startswith("/en/") and path != "/en/"
    assert sorted(query.split("&")) == ["category=online_shop", "region=meissen"]
    english = soup_of(client, target, "lernplattform.localhost")
    assert english.select_one("html")["lang"] == "en"
    assert english.select_one('select[name="region"] option[selected]')["value"] == "meissen"
