"""Review before publishing, in the browser: the Meißen editor changes the hub's home page and
submits it; the Meißen moderator finds it on the dashboard, approves and so publishes it; the
visitor sees the change only then."""

import ipaddress
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from cms.core.sites import site_for_key

from .conftest import screenshot

NEW_INTRO = "Neu im Hub Meißen: offene Werkstatt jeden Donnerstag ab 16 Uhr."


def is_loopback(url: str) -> bool:
    """A request this machine answers itself: the ``*.localhost`` site hosts, loopback
    addresses, and the browser's own ``data:``/``blob:`` URLs."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome-extension"):
        return True
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refuse_outside_requests(page) -> list[str]:
    """Every request of the page to another host is aborted and recorded: an admin page must
    load nothing from outside (no Gravatar, no fonts, no scripts). Assert the list is empty."""
    outside = []

    def check(route):
        url = route.request.url
        if is_loopback(url):
            route.continue_()
        else:
            outside.append(f"{page.url} -> {url}")
            route.abort()

    page.route("**/*", check)
    return outside


def sign_in(page, site_url, username):
    page.goto(site_url("meissen", "/admin/"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(username)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(site_url("meissen", "/admin/"))


def open_footer_actions(page):
    page.get_by_role("navigation", name="Aktionen (Fußzeile)").get_by_role(
        "button", name="Mehr Aktionen"
    ).click()


@pytest.mark.mutates_content
@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_editor_submits_moderator_publishes_visitor_sees_it(
    settings, new_page, browser_page, site_url, viewport
):
    settings.DEBUG = True  # the demo accounts sign in only with DEBUG on
    home_id = site_for_key("meissen").root_page_id
    edit_path = f"/admin/pages/{home_id}/edit/"
    visitor = browser_page
    visitor.goto(site_url("meissen", "/de/"))
    expect(visitor.locator(".page-header .lead")).not_to_have_text(NEW_INTRO)

    editor = new_page()
    editor_outside = refuse_outside_requests(editor)
    sign_in(editor, site_url, "meissen-editor")
    editor.goto(site_url("meissen", edit_path))
    editor.get_by_role("textbox", name="Einleitung").fill(NEW_INTRO)
    open_footer_actions(editor)
    expect(editor.get_by_role("button", name="Veröffentlichen")).to_have_count(0)  # editors may not
    editor.locator("button[name='action-submit']").click()
    expect(editor.locator(".messages")).to_contain_text("zur Moderation eingereicht")
    screenshot(editor, viewport, "admin-editor-submitted")

    visitor.reload()
    expect(visitor.locator(".page-header .lead")).not_to_have_text(NEW_INTRO)

    moderator = new_page()
    moderator_outside = refuse_outside_requests(moderator)
    sign_in(moderator, site_url, "meissen")
    awaiting = moderator.locator("section", has_text="Ihre Überprüfung steht aus")
    awaiting.get_by_role("link", name="CIMIS Hub Meißen").first.click()
    expect(moderator).to_have_url(site_url("meissen", edit_path))
    expect(moderator.get_by_role("textbox", name="Einleitung")).to_have_value(NEW_INTRO)
    open_footer_actions(moderator)
    moderator.get_by_role("button", name="Freigeben und Veröffentlichen", exact=True).click()
    expect(moderator.locator(".messages")).to_contain_text("wurde aktualisiert")

    visitor.reload()
    expect(visitor.locator(".page-header .lead")).to_have_text(NEW_INTRO)

    assert editor_outside == [] and moderator_outside == [], [*editor_outside, *moderator_outside]


def test_a_request_to_an_outside_host_is_caught():
    assert not is_loopback("https://www.gravatar.com/avatar/0?s=50&d=mp")
    assert not is_loopback("http://93.184.216.34/x.png")
    assert is_loopback("http://meissen.localhost:8123/admin/")
    assert is_loopback("http://127.0.0.1:8000/static/x.css")
    assert is_loopback("data:image/png;base64,AAAA")
