"""The browser suite: Playwright driving Debian's Chromium against pytest-django's live server.

``live_server`` needs a transactional database, and pytest-django flushes every table after a
transactional test: the demo, loaded once per session by ``django_db_setup``, would be gone for
the next test. Restoring it after each flush, measured on the 2-core machine: 2.8 s a test with
``serialized_rollback`` (which also needs wagtail-localize's LocaleSynchronization signal
switched off, as it ignores raw saves), 24 s a test with ``load_demo`` (not counting the rows
of data migrations that the flush removes too), 4 ms with SQLite's backup API (SQLite only). So ``transactional_db``
is overridden below: the browser tests commit straight into the session's demo database and
nothing is flushed. Hence the suite runs in its own pytest process (``make e2e``; ``make test``
runs it after the rest; plain ``pytest`` leaves tests/e2e out), where what it commits reaches no
other test, and the one journey that changes content (``mutates_content``) runs last.
"""

import os
import shutil
from pathlib import Path

from django.conf import settings

import pytest

# Playwright's sync API runs an event loop in the main thread; Django would refuse the ORM calls
# the tests make there (SynchronousOnlyOperation). Only this process sees it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CIMIS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container: the setuid sandbox is not available
    # No network beyond loopback here and in CI: nothing that phones home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "mutates_content: changes the demo; runs after the other browser tests"
    )
    # *.localhost resolves to 127.0.0.1 in Chromium; bind the server there, not to "localhost".
    if not config.getoption("liveserver", default=None) and not os.environ.get(
        "DJANGO_LIVE_TEST_SERVER_ADDRESS"
    ):
        config.option.liveserver = "127.0.0.1"


def pytest_collection_modifyitems(config, items):
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(reason=f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
        for item in items:
            if "tests/e2e/" in item.nodeid:
                item.add_marker(skip)
        return
    items.sort(key=lambda item: item.get_closest_marker("mutates_content") is not None)


@pytest.fixture(scope="session", autouse=True)
def _clean_screenshots():
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)


@pytest.fixture(scope="session")
def base_url():
    """No base URL: every site has its own host name (see ``site_url``). Also keeps
    pytest-playwright's own fallback fixture, deprecated in pytest 9, from running."""
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def transactional_db(django_db_setup, django_db_blocker):
    """Database access that commits into the session's demo database and is never flushed
    (see the module docstring); the live server thread sees every commit."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker, live_server):
    """The live server, with the four Wagtail sites moved to its port so that links between
    sites (the platform's gallery links to the hubs' match pages) stay on it."""
    from wagtail.models import Site

    port = live_server.thread.port
    with django_db_blocker.unblock():
        for site in Site.objects.all():
            site.port = port
            site.save(update_fields=["port"])
    return live_server


@pytest.fixture(scope="session")
def site_url(demo_server):
    """``site_url("meissen", "/de/")``: an absolute URL on a site's own host name."""
    from cms.core.sites import site_config

    port = demo_server.thread.port

    def url(key: str, path: str = "/") -> str:
        return f"http://{site_config(key).hostname}:{port}{path}"

    return url


@pytest.fixture(params=list(VIEWPORTS), scope="module")
def viewport(request):
    return request.param


#: Records every Content-Security-Policy violation of a document (the event fires for what the
#: policy blocked: a script, style, frame or image from elsewhere, inline code, eval).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} `
        + `(${event.sourceFile || document.URL}:${event.lineNumber})`
    );
});
"""
_csp_console: dict[int, list[str]] = {}


def csp_violations(page) -> list[str]:
    """The Content-Security-Policy violations of the page's current document, and those Chromium
    reported on the console since the page was opened."""
    page.wait_for_load_state("load")
    reported = page.evaluate("window.__cspViolations || []")
    return reported + _csp_console.get(id(page), [])


@pytest.fixture
def new_page(new_context, viewport, demo_server):
    """``new_page(locale="de-DE")``: a page in a browser context of its own (own cookies, so
    its own sign-in) at the parametrised viewport, asking for ``locale``'s language. Every page
    records Content-Security-Policy violations (``csp_violations(page)``)."""

    def open_page(locale: str = "de-DE"):
        context = new_context(**VIEWPORTS[viewport], locale=locale, accept_downloads=True)
        context.set_default_timeout(10_000)
        context.add_init_script(CSP_LISTENER)
        page = context.new_page()
        console = _csp_console.setdefault(id(page), [])
        page.on(
            "console",
            lambda message: (
                console.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        return page

    yield open_page
    _csp_console.clear()


@pytest.fixture
def browser_page(new_page):
    """A German-speaking visitor's page."""
    return new_page()


def screenshot(page, viewport: str, name: str) -> Path:
    """Save a full-page screenshot for the reviewer: artifacts/screenshots/<viewport>/<name>.png."""
    path = SCREENSHOTS / viewport / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=True, animations="disabled", scale="css")
    return path
