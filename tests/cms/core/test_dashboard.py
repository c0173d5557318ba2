"""The hub dashboard (cms.core.dashboard): each panel shows the user's own hub only. Tried as
the real hub roles, with something on another hub in every panel."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from cms.core.sites import site_for_key
from sites.hubs.models import ContactSubmission

pytestmark = pytest.mark.django_db


def child_of(key):
    return site_for_key(key).root_page.get_children().live().first().specific


@pytest.fixture
def activity(db):
    """On Meißen and on Lausitz: a change, a scheduled publication and a contact message."""
    admin = get_user_model().objects.get(username="admin")
    found = {}
    for key, title in (("meissen", "Meißner Dashboardseite"), ("lausitz", "Lausitzer Dashboardseite")):
        page = child_of(key)
        page.title = title
        page.save_revision(user=admin, log_action=True)
        scheduled = child_of(key).get_children().first() or child_of(key)
        scheduled = scheduled.specific
        scheduled.title = f"{title} (geplant)"
        scheduled.go_live_at = timezone.now() + timedelta(days=3)
        scheduled.save_revision(user=admin, approved_go_live_at=scheduled.go_live_at)
        site = site_for_key(key)
        ContactSubmission.objects.create(
            site=site,
            site_name=site.site_name,
            name=f"Absender {key}",
            email="a@example.org",
            message="Hallo",
        )
        found[key] = page
    return found


def dashboard(username, settings):
    settings.DEBUG = True
    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("username", ["meissen", "meissen-editor"])
def test_the_panels_show_the_own_hub_only(activity, settings, username):
    html = dashboard(username, settings)
    assert 'id="cimis-recent-changes' in html
    assert "Meißner Dashboardseite" in html
    assert 'id="cimis-scheduled' in html
    assert "Meißner Dashboardseite (geplant)" in html
    assert "Lausitzer Dashboardseite" not in html
    assert "Absender lausitz" not in html


def test_moderators_see_their_hubs_new_contact_messages(activity, settings):
    html = dashboard("meissen", settings)
    assert 'id="cimis-contact-messages' in html
    assert "Absender meissen" in html
    assert "Absender lausitz" not in html


def test_editors_see_no_contact_messages(activity, settings):
    html = dashboard("meissen-editor", settings)
    assert "Absender meissen" not in html


def test_the_translation_backlog_lists_the_own_hubs_pages(activity, settings):
    html = dashboard("meissen-editor", settings)
    assert 'id="cimis-translation-backlog' in html
    lausitz_titles = {page.title for page in site_for_key("lausitz").root_page.get_descendants()}
    meissen_titles = {page.title for page in site_for_key("meissen").root_page.get_descendants()}
    panel = html.split('id="cimis-translation-backlog', 1)[1].split("</section>", 1)[0]
    assert not any(title in panel for title in lausitz_titles - meissen_titles)
