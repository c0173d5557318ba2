"""Header and footer on every page: funding notice, legal links, skip link, language."""

from wagtail.models import Locale, Page

import pytest
from bs4 import BeautifulSoup

from cms.core.models import LegalPage, SiteSettings
from cms.core.models.site_settings import FUNDING_NOTICE_DE, FUNDING_NOTICE_EN

pytestmark = pytest.mark.django_db

LEGAL_LINKS = {
    "de": ["Impressum", "Datenschutz", "Erklärung zur Barrierefreiheit"],
    "en": ["Imprint", "Privacy policy", "Accessibility statement"],
}


def live_pages_of(site, language):
    locale = Locale.objects.get(language_code=language)
    root = site.root_page.get_translation(locale)
    return Page.objects.descendant_of(root, inclusive=True).live().public().specific()


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_has_funding_notice_skip_link_and_working_legal_links(client, sites, language):
    notice = FUNDING_NOTICE_DE if language == "de" else FUNDING_NOTICE_EN
    checked = 0
    for site in sites.values():
        for page in live_pages_of(site, language):
            response = client.get(page.get_url(), HTTP_HOST=site.hostname)
            assert response.status_code == 200, page.url_path
            soup = BeautifulSoup(response.content, "html.parser")
            assert soup.html["lang"] == language
            assert soup.select_one("a.skip-link")["href"] == "#main"
            assert soup.select_one("main#main") is not None
            assert soup.select_one(".funding-notice").get_text(strip=True) == notice
            legal = soup.select(".site-footer__legal a")
            assert [a.get_text(strip=True) for a in legal] == LEGAL_LINKS[language]
            for link in legal:
                assert client.get(link["href"], HTTP_HOST=site.hostname).status_code == 200
            checked += 1
    assert checked >= 4 * 5


def test_every_site_has_the_three_legal_pages_in_both_languages(sites, locale_en):
    for site in sites.values():
        settings = SiteSettings.for_site(site)
        kinds = []
        for page in (settings.imprint_page, settings.privacy_page, settings.accessibility_page):
            assert page.live
            assert page.get_translation(locale_en).live
            assert page.get_parent().pk == site.root_page_id
            kinds.append(page.kind)
        assert kinds == [LegalPage.Kind.IMPRINT, LegalPage.Kind.PRIVACY, LegalPage.Kind.ACCESSIBILITY]


def test_legal_page_names_the_sites_own_partner(client):
    html = client.get("/de/impressum/", HTTP_HOST="lausitz.localhost").content.decode()
    assert "Kreative Lausitz" in html
    assert "Kreativ Kreis Meißen" not in html.split("<main")[1].split("</main>")[0]


def test_funding_notice_is_a_setting_editors_can_change(client, sites):
    settings = SiteSettings.for_site(sites["erzgebirge"])
    settings.funding_notice = "Gefördert vom Freistaat Sachsen."
    settings.save()
    html = client.get("/de/", HTTP_HOST="erzgebirge.localhost").content.decode()
    assert "Gefördert vom Freistaat Sachsen." in html
    other = client.get("/de/", HTTP_HOST="meissen.localhost").content.decode()
    assert FUNDING_NOTICE_DE in other


def test_language_switcher_leads_to_the_same_page_in_the_other_language(client):
    soup = BeautifulSoup(client.get("/de/impressum/", HTTP_HOST="meissen.localhost").content, "html.parser")
    english = soup.select_one('.language-switcher a[hreflang="en"]')
    assert english["href"] == "/en/imprint/"
    soup = BeautifulSoup(client.get("/en/imprint/", HTTP_HOST="meissen.localhost").content, "html.parser")
    assert soup.select_one('.language-switcher a[hreflang="de"]')["href"] == "/de/impressum/"


def test_navigation_lists_the_sites_own_menu_pages(client):
    soup = BeautifulSoup(client.get("/en/", HTTP_HOST="erzgebirge.localhost").content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".site-nav a")}
    assert links["About CIMIS"] == "/en/about-cimis/"


def test_interface_strings_are_german_on_german_pages(client):
    soup = BeautifulSoup(client.get("/de/", HTTP_HOST="meissen.localhost").content, "html.parser")
    assert soup.select_one("a.skip-link").get_text(strip=True) == "Zum Inhalt springen"
    soup = BeautifulSoup(client.get("/en/", HTTP_HOST="meissen.localhost").content, "html.parser")
    assert soup.select_one("a.skip-link").get_text(strip=True) == "Skip to content"


def test_footer_shows_partner_and_funder_logos_with_names_as_alt_text(client):
    soup = BeautifulSoup(client.get("/de/", HTTP_HOST="lausitz.localhost").content, "html.parser")
    logos = soup.select(".site-footer__logos img")
    assert [img["alt"] for img in logos] == ["WIR GESTALTEN DRESDEN", "Freistaat Sachsen"]
    assert all(img["src"].startswith("/media/images/") for img in logos)


def test_home_page_title_is_not_repeated(client):
    soup = BeautifulSoup(client.get("/de/", HTTP_HOST="meissen.localhost").content, "html.parser")
    assert soup.title.get_text() == "CIMIS Hub Meißen"
    soup = BeautifulSoup(client.get("/de/impressum/", HTTP_HOST="meissen.localhost").content, "html.parser")
    assert soup.title.get_text() == "Impressum · CIMIS Hub Meißen"
