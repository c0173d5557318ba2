"""Shared fixtures: every test database starts with the full demo (four sites, German and
English), loaded through the real ``load_demo`` command once per version of the code."""

import shutil

from django.conf import settings
from django.db import reset_queries

from wagtail.models import Locale

import pytest

from cms.core.sites import site_for_key


def pytest_configure(config):
    """Switching DEBUG in a test (demo accounts sign in only with DEBUG on: ``debug_on``)
    makes Django throw away its template engines, so that every template is compiled again,
    twice per such test: about a twentieth of the suite's time. The templates do not depend on
    DEBUG (it only adds debugging details to template errors), so here a change of DEBUG keeps
    them; a change of TEMPLATES or INSTALLED_APPS still resets them as before."""
    from django.core.signals import setting_changed
    from django.test.signals import reset_template_engines

    def reset_template_engines_unless_debug(*, setting, **kwargs):
        if setting != "DEBUG":
            reset_template_engines(setting=setting, **kwargs)

    if setting_changed.disconnect(reset_template_engines):
        setting_changed.connect(reset_template_engines_unless_debug, weak=False)


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """pytest-django's test database, with the demo in it (``tests/demo_database.py``: a copy
    that an earlier process of the same code kept, else migrated and loaded here)."""
    from django.test.utils import teardown_databases

    from tests.demo_database import prepare_test_database

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        config = prepare_test_database(verbosity)
    # The demo ran with DEBUG on, which fills the connection's query log to its limit (9,000).
    # Query counts are differences of that log's length, so a full log counts every query
    # pin as 0: empty it.
    reset_queries()
    yield
    # As pytest-django's own fixture: a database still in use at the very end (PostgreSQL
    # refuses to drop it) is a warning, not an error of the last test.
    with django_db_blocker.unblock():
        try:
            teardown_databases(config, verbosity=verbosity)
        except Exception as error:  # noqa: BLE001
            request.node.warn(pytest.PytestWarning(f"the test database was not dropped: {error!r}"))


@pytest.fixture(autouse=True)
def cache_rolls_back_with_the_database():
    """Each test's database changes are rolled back; its cache entries go with them, or a page
    cached in one test would be served in the next with content that no longer exists."""
    yield
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()


def pytest_sessionfinish(session, exitstatus):
    if "cimis-test-media-" in str(settings.MEDIA_ROOT):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def sites(db):
    """The four sites by key."""
    return {key: site_for_key(key) for key in ("platform", "meissen", "lausitz", "erzgebirge")}


@pytest.fixture
def locale_de(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def debug_on(settings):
    """Demo accounts may only sign in with DEBUG on."""
    settings.DEBUG = True
    return settings


def host_of(sites, key):
    return sites[key].hostname


@pytest.fixture(autouse=True)
def empty_query_log():
    """A test that ran thousands of queries with DEBUG on (a demo load) must not leave the
    next test's query pins counting against a full log."""
    reset_queries()
