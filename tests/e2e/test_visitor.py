"""A visitor's journeys, on a desktop and on a phone: each site at its own host name, switching
language, filtering the prototype gallery and the tool catalogue, searching, and taking an
event into one's calendar."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cms.core.models import SiteSettings

FUNDING_NOTICE = (
    "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen "
    "Landtag beschlossenen Haushaltes."
)
LEGAL_LINKS = ["Impressum", "Datenschutz", "Erklärung zur Barrierefreiheit"]


def card_titles(page):
    return page.locator(".cards .card__title").all_inner_texts()


@pytest.mark.parametrize("key", ["platform", "meissen", "lausitz", "erzgebirge"])
def test_each_site_opens_at_its_own_host_name_in_german(browser_page, site_url, key):
    page = browser_page
    name = SiteSettings.objects.get(key=key).display_name
    page.goto(site_url(key, "/"))  # the browser asks for German: "/" leads to /de/

    expect(page).to_have_url(site_url(key, "/de/"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator(".site-header__brand")).to_have_text(name)
    expect(page.locator(".site-footer")).to_contain_text(FUNDING_NOTICE)
    legal = page.get_by_role("navigation", name="Rechtliches")
    expect(legal.get_by_role("link")).to_have_text(LEGAL_LINKS)

    # The main navigation leads to the site's own pages, and marks where the visitor is.
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    first = navigation.get_by_role("link").first
    title = first.inner_text()
    first.click()
    expect(page).to_have_url(re.compile(re.escape(site_url(key, "/de/")) + ".+"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(navigation.get_by_role("link", name=title)).to_have_attribute("aria-current", "page")


def test_the_language_switcher_keeps_the_visitor_on_the_same_page(browser_page, site_url):
    page = browser_page
    page.goto(site_url("meissen", "/de/veranstaltungen/"))
    page.locator(".cards .card__title a", has_text="Abschlussveranstaltung").click()
    german_url = page.url

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="English").click()
    expect(page).to_have_url(site_url("meissen", "/en/events/closing-event/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("CIMIS II closing event")
    expect(page.get_by_role("navigation", name="Main navigation")).to_be_visible()
    expect(page.get_by_role("navigation", name="Language").locator("[aria-current]")).to_have_text("English")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(german_url)
    expect(page.locator("html")).to_have_attribute("lang", "de")


def test_an_english_browser_is_sent_to_the_english_site(new_page, site_url):
    page = new_page(locale="en-GB")
    page.goto(site_url("lausitz", "/"))
    expect(page).to_have_url(site_url("lausitz", "/en/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_the_prototype_gallery_filters_by_region_and_category(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/prototypen/"))
    everything = len(card_titles(page))
    assert everything >= 9  # three hubs with three matches each

    page.get_by_label("Region").select_option(label="CIMIS Hub Meißen")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"region=meissen"))
    expect(page.get_by_role("status")).to_have_text("3 Prototypen")
    expect(page.locator(".cards .card__meta").filter(has_text="Meißen")).to_have_count(3)
    expect(page.get_by_label("Region")).to_have_value("meissen")  # the form shows the filter

    page.get_by_label("Kategorie").select_option(label="Onlineshop")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"region=meissen.*category=online_shop"))
    cards = page.locator(".cards > li")
    expect(cards).not_to_have_count(0)
    for card in cards.all():
        expect(card.locator(".badge:not(.example-badge)")).to_have_text("Onlineshop")
        expect(card.locator(".example-badge")).to_have_text("Beispiel")  # the demo's matches are invented
        expect(card).to_contain_text("Meißen")

    # A match page of a hub opens from the platform, on the hub's own host name.
    cards.first.locator(".card__title a").click()
    expect(page).to_have_url(re.compile(re.escape(site_url("meissen", "/de/matches/"))))
    expect(page.locator(".site-header__brand")).to_have_text("CIMIS Hub Meißen")


def test_the_tool_catalogue_filters_sorts_and_compares(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/ki-werkzeuge/"))
    everything = len(card_titles(page))
    assert everything >= 10

    page.get_by_label("Ort der Datenverarbeitung").select_option(label="EU / Deutschland")
    page.get_by_label("Sortieren nach").select_option(label="Name")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"data_location=eu.*sort=name"))
    names = card_titles(page)
    assert 0 < len(names) < everything
    assert names == sorted(names, key=str.casefold)
    for meta in page.locator(".cards .card__meta").filter(has_text="·").all():
        expect(meta).to_contain_text("EU / Deutschland")

    page.get_by_label(f"{names[0]} vergleichen").check()
    page.get_by_label(f"{names[1]} vergleichen").check()
    page.get_by_role("button", name=re.compile("Ausgewählte Werkzeuge vergleichen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Werkzeuge vergleichen")
    expect(page.locator("table.compare thead th[scope='col']")).to_have_text(["Kriterium", *names[:2]])


def test_site_search_finds_pages_and_library_items(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/"))
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill("Prototyp")
    search.get_by_role("searchbox").press("Enter")

    expect(page).to_have_url(site_url("platform", "/de/suche/?q=Prototyp"))
    expect(page.get_by_role("status")).to_contain_text("für „Prototyp“")
    results = page.locator(".search-results h2 a")
    expect(results).not_to_have_count(0)
    title = results.first.inner_text()
    results.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_site_search_on_a_hub_stays_on_the_hub(browser_page, site_url):
    page = browser_page
    page.goto(site_url("erzgebirge", "/de/suche/?q=Abschlussveranstaltung"))
    results = page.locator(".search-results h2 a")
    expect(results).not_to_have_count(0)
    for href in [link.get_attribute("href") for link in results.all()]:
        assert "meissen" not in href and "lausitz" not in href


def test_a_visitor_opens_an_event_and_downloads_its_calendar_entry(browser_page, site_url):
    page = browser_page
    page.goto(site_url("meissen", "/de/"))
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Veranstaltungen").click()
    page.locator(".cards .card__title a").first.click()
    title = page.get_by_role("heading", level=1).inner_text()
    expect(page.locator(".facts")).to_contain_text("Wann")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Zum Kalender hinzufügen (.ics)").click()
    download = download_info.value
    assert download.url.endswith("/calendar/")
    assert download.suggested_filename.endswith(".ics")
    ical = Path(download.path()).read_text(encoding="utf-8").replace("\r\n ", "")
    assert ical.startswith("BEGIN:VCALENDAR")
    assert f"SUMMARY:{title}" in ical.replace("\\,", ",").replace("\\;", ";")
    assert re.search(r"^DTSTART[;:]", ical, re.MULTILINE)
    assert "URL:" + site_url("meissen", "/de/veranstaltungen/") in ical


def test_a_visitor_subscribes_to_a_hubs_calendar(browser_page, site_url):
    page = browser_page
    page.goto(site_url("lausitz", "/de/veranstaltungen/"))
    events = page.locator(".cards .card__title a").count()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Kalender abonnieren")).click()
    ical = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert ical.count("BEGIN:VEVENT") == events
