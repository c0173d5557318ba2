"""axe-core on every page type, in German and in English, on a desktop and a phone viewport:
no serious or critical violation of WCAG 2.1 A/AA (or of axe's best practices), no ARIA or
label reference to an id the page lacks, and no Content-Security-Policy violation. Each page is
also saved as a screenshot, and axe's full findings (minor and moderate ones too) as JSON,
under artifacts/."""

import json

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS, csp_violations, screenshot
from .pages import BLOCKING_IMPACTS, PAGE_TYPES, axe_violations, broken_references, describe


def open_in_both_languages(page, page_type, site_url):
    """Yield ("de", page) and then ("en", page): the German page, then its English version,
    reached through the language switcher as a visitor would."""
    response = page.goto(site_url(page_type.site, page_type.path))
    assert response.status == page_type.status
    if page_type.follow:
        page.locator(page_type.follow).first.click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    yield "de"
    if page_type.path_en:
        response = page.goto(site_url(page_type.site, page_type.path_en))
        assert response.status == page_type.status
        if page_type.follow:
            page.locator(page_type.follow).first.click()
    else:
        page.locator(".language-switcher a[hreflang='en']").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    yield "en"


def save_findings(viewport, name, violations):
    path = ARTIFACTS / "axe" / viewport / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(violations, indent=2, ensure_ascii=False))


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_page_type_has_no_serious_or_critical_axe_violations(browser_page, viewport, site_url, page_type):
    blocking = []
    for language in open_in_both_languages(browser_page, page_type, site_url):
        name = f"{page_type.name}-{language}"
        # Before axe runs: nothing the Content-Security-Policy blocks may be on the page.
        if blocked := csp_violations(browser_page):
            blocking.append(
                f"{name} ({browser_page.url}): Content-Security-Policy violations\n" + "\n".join(blocked)
            )
        violations = axe_violations(browser_page)
        save_findings(viewport, name, violations)
        screenshot(browser_page, viewport, name)
        serious = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if serious:
            blocking.append(f"{name} ({browser_page.url}):\n{describe(serious)}")
        if broken := broken_references(browser_page):
            blocking.append(f"{name} ({browser_page.url}): references to missing ids\n" + "\n".join(broken))
    assert not blocking, "\n\n".join(blocking)
