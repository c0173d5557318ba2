"""Keyboard only: the skip link, the main navigation, the method library's phase filter and the
tool catalogue's filter and comparison forms, with Tab, Enter and Space (and the arrow keys a
<select> is operated with). Every element that takes the focus shows it."""

import re

from playwright.sync_api import expect

FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: (element.innerText || '').trim(),
        label: element.labels && element.labels.length ? element.labels[0].innerText.trim() : '',
        focusVisible: element.matches(':focus-visible'),
        indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== 'none',
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_to(page, matches, limit=60) -> dict:
    """Press Tab until the focused element satisfies ``matches``; every element passed on the
    way must show that it has the focus, on screen."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        assert element["tag"] != "body", "the focus fell off the page"
        assert element["focusVisible"] and element["indicator"], f"no visible focus on {element}"
        assert element["onScreen"], f"focused element is off screen: {element}"
        if matches(element):
            return element
    raise AssertionError(f"not reached with {limit} presses of Tab")


def text_is(text):
    return lambda element: element["text"] == text


def label_is(text):
    return lambda element: element["label"] == text


def test_skip_link_and_main_navigation(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/"))

    skip = tab_to(page, lambda element: True)
    assert skip["text"] == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    tab_to(page, lambda element: True)  # the next stop is the page's content, not the header
    assert page.evaluate("document.activeElement.closest('main') !== null")

    page.goto(site_url("platform", "/de/"))
    tab_to(page, text_is("Methoden"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url("platform", "/de/methoden/"))
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    expect(navigation.get_by_role("link", name="Methoden")).to_have_attribute("aria-current", "page")


def test_method_library_phase_filter(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/methoden/"))
    everything = page.locator(".cards > li").count()

    tab_to(page, text_is("Verstehen"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_url("platform", "/de/methoden/?phase=understand"))
    phases = page.get_by_role("navigation", name="Nach Phase filtern")
    expect(phases.get_by_role("link", name="Verstehen")).to_have_attribute("aria-current", "true")
    assert 0 < page.locator(".cards > li").count() < everything


def test_tool_catalogue_filter_and_comparison_forms(browser_page, site_url):
    page = browser_page
    page.goto(site_url("platform", "/de/ki-werkzeuge/"))

    tab_to(page, label_is("Sortieren nach"))
    page.keyboard.press("ArrowDown")  # a closed <select> changes with the arrow keys
    expect(page.get_by_label("Sortieren nach")).to_have_value("name")
    tab_to(page, text_is("Anzeigen"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"sort=name"))
    names = page.locator(".cards .card__title").all_inner_texts()
    assert names == sorted(names, key=str.casefold)

    tab_to(page, label_is(f"{names[0]} vergleichen"))
    page.keyboard.press("Space")
    tab_to(page, label_is(f"{names[1]} vergleichen"))
    page.keyboard.press("Space")
    expect(page.get_by_label(f"{names[1]} vergleichen")).to_be_checked()
    tab_to(page, lambda element: element["text"].startswith("Ausgewählte Werkzeuge vergleichen"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Werkzeuge vergleichen")
    expect(page.locator("table.compare thead th[scope='col']")).to_have_text(["Kriterium", *names[:2]])
