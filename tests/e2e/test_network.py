"""The CIMIS network in the browser: on a desktop and a phone, in German and English, every
site links to the other three (the links are followed), every site shares its pages with
OpenGraph tags and an icon, and the JSON-LD data blocks break no Content-Security-Policy."""

import json

import pytest
from playwright.sync_api import expect

from cms.core.sites import configured_sites

from .conftest import screenshot

KEYS = [config.key for config in configured_sites()]
LOCALES = {"de": "de-DE", "en": "en-GB"}
OG_PROPERTIES = ["og:title", "og:description", "og:url", "og:type", "og:site_name", "og:locale", "og:image"]

#: Records Content-Security-Policy violations (a JSON-LD block that counted as inline script
#: would be reported here).
CSP_RECORDER = """
window.__networkCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__networkCspViolations.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`);
});
"""


def fetch(page, url):
    """[status, content type] of a same-site URL, fetched by the page (Playwright's own request
    client does not resolve *.localhost)."""
    return page.evaluate(
        "url => fetch(url).then(response => [response.status, response.headers.get('content-type')])", url
    )


def og(page, name):
    return page.locator(f'head meta[property="{name}"]').get_attribute("content")


def check_sharing(page, site_url, key, language):
    for name in OG_PROPERTIES:
        assert page.locator(f'head meta[property="{name}"]').count() == 1, name
        assert og(page, name), name
    assert og(page, "og:locale") == {"de": "de_DE", "en": "en_GB"}[language]
    assert og(page, "og:image").startswith(site_url(key, "/"))
    assert page.locator('head meta[name="twitter:card"]').get_attribute("content") == "summary_large_image"
    assert page.locator('head link[rel="canonical"]').get_attribute("href") == page.url
    icon = page.locator('head link[rel="icon"]').get_attribute("href")
    assert fetch(page, icon) == [200, "image/svg+xml"]
    status, content_type = fetch(page, og(page, "og:image"))
    assert status == 200 and content_type.startswith("image/")
    for script in page.locator('script[type="application/ld+json"]').all_text_contents():
        assert json.loads(script)["@context"] == "https://schema.org"
    assert page.evaluate("window.__networkCspViolations") == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_four_sites_link_to_each_other_and_share_their_pages(new_page, site_url, viewport, language):
    page = new_page(locale=LOCALES[language])
    page.context.add_init_script(CSP_RECORDER)
    for key in KEYS:
        home = site_url(key, f"/{language}/")
        page.goto(home)
        expect(page.locator("html")).to_have_attribute("lang", language)
        check_sharing(page, site_url, key, language)
        if language == "en":
            expect(page.locator(".site-header__brand")).not_to_contain_text("Lernplattform")
        network = page.locator(".site-network")
        links = network.get_by_role("link")
        expect(links).to_have_count(len(KEYS) - 1)
        if key == "meissen":
            network.scroll_into_view_if_needed()
            screenshot(page, viewport, f"network-footer-{key}-{language}")
        targets = [(link.inner_text(), link.get_attribute("href")) for link in links.all()]
        assert {href for _name, href in targets} == {
            site_url(other, f"/{language}/") for other in KEYS if other != key
        }
        for name, href in targets:
            page.goto(home)
            page.locator(".site-network").get_by_role("link", name=name).click()
            expect(page).to_have_url(href)
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.locator(".site-header__brand")).to_have_text(name)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_platform_home_presents_the_three_hubs(new_page, site_url, viewport, language):
    page = new_page(locale=LOCALES[language])
    page.context.add_init_script(CSP_RECORDER)
    page.goto(site_url("platform", f"/{language}/"))
    hubs = page.locator(".hub-overview")
    expect(hubs).to_have_count(3)
    for index in range(3):
        expect(hubs.nth(index).locator(".hub-overview__matches .card")).not_to_have_count(0)
    screenshot(page, viewport, f"platform-home-hubs-{language}")
    first_match = hubs.nth(0).locator(".hub-overview__matches .card__title a").first
    title = first_match.inner_text()
    first_match.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("a.gallery-link").click()
    expect(page).to_have_url(
        site_url("platform", "/de/prototypen/" if language == "de" else "/en/prototypes/")
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_event_json_ld_is_data_not_a_blocked_script(new_page, site_url, viewport, language):
    page = new_page(locale=LOCALES[language])
    page.context.add_init_script(CSP_RECORDER)
    page.goto(site_url("lausitz", "/de/veranstaltungen/" if language == "de" else "/en/events/"))
    page.locator(".cards .card__title a").first.click()
    data = [
        json.loads(text) for text in page.locator('script[type="application/ld+json"]').all_text_contents()
    ]
    assert [item["@type"] for item in data] == ["Event"]
    assert data[0]["startDate"]
    check_sharing(page, site_url, "lausitz", language)
