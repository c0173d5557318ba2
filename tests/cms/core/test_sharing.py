"""Sharing and search engines: favicon, meta description, canonical URL, OpenGraph and Twitter
cards, JSON-LD, on every page type of every site in both languages."""

import json
from datetime import datetime

from django.utils import translation

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from cms.core.models import SiteSettings
from sites.hubs.models import EventPage

pytestmark = pytest.mark.django_db

OG_LOCALES = {"de": "de_DE", "en": "en_GB"}


@pytest.fixture
def media_served(settings):
    """Image files are served by Django only with DEBUG on (cms.core.documents)."""
    settings.DEBUG = True
    return settings


def one_page_per_type(site, language):
    """The first live page of each page type in the site's tree in that language."""
    root = Page.objects.get(translation_key=site.root_page.translation_key, locale__language_code=language)
    seen = {}
    for page in (
        Page.objects.descendant_of(root, inclusive=True)
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .specific()
    ):
        seen.setdefault(type(page), page)
    return list(seen.values())


def head_of(client, url, host):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, name):
    found = soup.select(f'head meta[property="{name}"]') or soup.select(f'head meta[name="{name}"]')
    assert len(found) == 1, f"{name}: {len(found)}"
    return found[0]["content"]


def local_get(client, absolute_url):
    """GET an absolute URL of one of the sites through the test client."""
    scheme, _empty, host, path = absolute_url.split("/", 3)
    assert scheme == "http:"
    return client.get("/" + path, HTTP_HOST=host)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_type_has_description_cards_canonical_and_favicon(client, sites, language, media_served):
    checked_types = set()
    images = set()
    for site in sites.values():
        for page in one_page_per_type(site, language):
            url = page.get_url(current_site=site)
            soup = head_of(client, url, site.hostname)
            assert len(soup.select('head meta[name="description"]')) == 1, url
            description = meta(soup, "description")
            assert description.strip(), url
            expected = page.search_description or getattr(page, "intro", "")
            if expected:
                assert description == " ".join(expected.split())[:300], url
            canonical = soup.select('head link[rel="canonical"]')
            assert len(canonical) == 1 and canonical[0]["href"] == page.get_full_url(), url
            assert meta(soup, "og:url") == page.get_full_url()
            assert meta(soup, "og:title") == (page.seo_title or page.title)
            assert meta(soup, "og:description") == description
            assert meta(soup, "og:type") in {"website", "article"}
            with translation.override(language):
                assert meta(soup, "og:site_name") == SiteSettings.for_site(site).localized_display_name
            assert meta(soup, "og:locale") == OG_LOCALES[language]
            alternates = [m["content"] for m in soup.select('head meta[property="og:locale:alternate"]')]
            assert alternates == [OG_LOCALES["en" if language == "de" else "de"]], url
            image = meta(soup, "og:image")
            assert image.startswith(f"http://{site.hostname}/"), url
            assert int(meta(soup, "og:image:width")) > 0 and int(meta(soup, "og:image:height")) > 0
            assert meta(soup, "og:image:alt")
            assert meta(soup, "twitter:card") == "summary_large_image"
            assert meta(soup, "twitter:title") == meta(soup, "og:title")
            assert meta(soup, "twitter:image") == image
            images.add(image)
            icon = soup.select('head link[rel="icon"]')
            assert len(icon) == 1 and icon[0]["type"] == "image/svg+xml"
            checked_types.add(type(page).__name__)
        favicon = client.get(icon[0]["href"], HTTP_HOST=site.hostname)
        assert favicon.status_code == 200
        assert favicon["Content-Type"] == "image/svg+xml"
    for image in images:
        response = local_get(client, image)
        assert response.status_code == 200, image
        assert response["Content-Type"].startswith("image/")
    assert {"PlatformHomePage", "HubHomePage", "MatchPage", "EventPage", "LegalPage"} <= checked_types
    assert len(checked_types) >= 15


def test_favicon_is_the_sites_colour_and_initial_and_cached(client, sites):
    for key, site in sites.items():
        response = client.get("/favicon.svg", HTTP_HOST=site.hostname)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/svg+xml"
        assert "max-age=86400" in response["Cache-Control"] and "public" in response["Cache-Control"]
        svg = response.content.decode()
        assert svg.startswith("<svg") and "<script" not in svg
        assert f'fill="{SiteSettings.for_site(site).primary_colour}"' in svg
        assert f">{key[0].upper()}</text>" in svg


def test_favicon_url_changes_with_the_brand_colour(client, sites):
    def icon_href():
        soup = head_of(client, "/de/", "lausitz.localhost")
        return soup.select_one('head link[rel="icon"]')["href"]

    before = icon_href()
    row = SiteSettings.for_site(sites["lausitz"])
    row.primary_colour = "#123456"
    row.save()
    assert icon_href() != before
    assert 'fill="#123456"' in client.get("/favicon.svg", HTTP_HOST="lausitz.localhost").content.decode()


def test_description_falls_back_to_intro_then_to_the_site_default(client, sites):
    page = Page.objects.get(
        url_path__endswith="/impressum/",
        locale__language_code="de",
        path__startswith=sites["meissen"].root_page.path,
    ).specific
    assert not page.search_description and not page.intro
    soup = head_of(client, "/de/impressum/", "meissen.localhost")
    home = sites["meissen"].root_page.specific
    assert meta(soup, "description") == " ".join((home.search_description or home.intro).split())[:300]
    page.search_description = "Wer die Seite betreibt."
    page.save_revision().publish()
    soup = head_of(client, "/de/impressum/", "meissen.localhost")
    assert meta(soup, "description") == "Wer die Seite betreibt."


def test_untranslated_alias_points_canonical_to_the_german_source(client, sites, locale_en):
    from cms.core.factories import StandardPageFactory

    german = StandardPageFactory(parent=sites["meissen"].root_page, title="Nur Deutsch", slug="nur-deutsch")
    english_home = sites["meissen"].root_page.get_translation(locale_en)
    alias = german.create_alias(parent=english_home, update_locale=locale_en)
    soup = head_of(client, alias.get_url(), "meissen.localhost")
    assert soup.select_one('head link[rel="canonical"]')["href"] == german.get_full_url()
    assert meta(soup, "og:url") == german.get_full_url()
    assert meta(soup, "og:locale") == "de_DE"
    assert meta(soup, "robots") == "noindex"


def test_library_item_pages_share_the_item(client, media_served):
    soup = head_of(client, "/en/ai-tools/", "lernplattform.localhost")
    first = soup.select_one(".cards .card__title a")
    item = head_of(client, first["href"], "lernplattform.localhost")
    assert meta(item, "og:title") == first.get_text(strip=True)
    assert (
        item.select_one('head link[rel="canonical"]')["href"]
        == f"http://lernplattform.localhost{first['href']}"
    )
    assert meta(item, "og:image").startswith("http://lernplattform.localhost/")


def test_search_results_are_not_indexed(client):
    soup = head_of(client, "/de/suche/?q=Prototyp", "lernplattform.localhost")
    assert meta(soup, "robots") == "noindex"
    assert soup.select('head link[rel="canonical"]') == []
    assert soup.select('head link[rel="alternate"]') == []


def json_ld(soup):
    return [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]


@pytest.mark.parametrize("language", ["de", "en"])
def test_event_pages_describe_the_event_in_json_ld(client, sites, language):
    event = EventPage.objects.live().filter(locale__language_code=language).in_site(sites["lausitz"]).first()
    if event is None:
        root = Page.objects.get(
            translation_key=sites["lausitz"].root_page.translation_key, locale__language_code=language
        )
        event = EventPage.objects.live().descendant_of(root).first()
    soup = head_of(client, event.get_url(), "lausitz.localhost")
    (data,) = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert data["@context"] == "https://schema.org"
    assert data["name"] == event.title
    assert datetime.fromisoformat(data["startDate"]) == event.start
    if event.end:
        assert datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]
    with translation.override(language):
        assert data["organizer"]["name"] == SiteSettings.for_site(sites["lausitz"]).localized_display_name
    assert data["organizer"]["url"].startswith(f"http://lausitz.localhost/{language}/")
    assert data["url"] == event.get_full_url()


def test_json_ld_cannot_break_out_of_its_script_element(client, sites):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="de")
        .descendant_of(sites["erzgebirge"].root_page)
        .first()
    )
    event.title = "Ende </script><script>alert(1)</script> & mehr"
    event.save_revision().publish()
    html = client.get(event.get_url(), HTTP_HOST="erzgebirge.localhost").content.decode()
    assert "</script><script>alert(1)" not in html
    soup = BeautifulSoup(html, "html.parser")
    (data,) = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert data["name"] == event.title


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_pages_describe_the_organisation_in_the_network(client, sites, language):
    platform_home = Page.objects.get(
        translation_key=sites["platform"].root_page.translation_key, locale__language_code=language
    ).get_full_url()
    for key, site in sites.items():
        soup = head_of(client, f"/{language}/", site.hostname)
        (org,) = [item for item in json_ld(soup) if item["@type"] == "Organization"]
        with translation.override(language):
            settings_row = SiteSettings.for_site(site)
            assert org["name"] == settings_row.localized_display_name
        assert org["url"] == f"http://{site.hostname}/{language}/"
        assert org["parentOrganization"]["name"] == settings_row.partner_name
        assert org["memberOf"]["url"] == platform_home
        if key == "platform":
            assert {member["url"] for member in org["member"]} == {
                f"http://{sites[k].hostname}/{language}/" for k in ("meissen", "lausitz", "erzgebirge")
            }
    inner = head_of(
        client, f"/{language}/{'impressum' if language == 'de' else 'imprint'}/", "meissen.localhost"
    )
    assert [item for item in json_ld(inner) if item["@type"] == "Organization"] == []


def test_without_a_hero_the_site_logo_then_the_home_hero_is_the_image(client, sites, media_served):
    from cms.core.factories import StandardPageFactory

    row = SiteSettings.for_site(sites["platform"])
    home = sites["platform"].root_page.specific
    assert row.logo is not None and home.hero_image is not None
    page = StandardPageFactory(parent=home, title="Ohne Bild", slug="ohne-bild", hero_image=None)
    soup = head_of(client, page.get_url(), "lernplattform.localhost")
    logo = row.logo.get_rendition("max-1200x630")
    assert meta(soup, "og:image") == f"http://lernplattform.localhost{logo.url}"
    assert local_get(client, meta(soup, "og:image")).status_code == 200
    row.logo = None
    row.save()
    soup = head_of(client, page.get_url(), "lernplattform.localhost")
    hero = home.hero_image.get_rendition("fill-1200x630")
    assert meta(soup, "og:image") == f"http://lernplattform.localhost{hero.url}"
    assert meta(soup, "og:image:alt") == home.hero_image.alt_text
