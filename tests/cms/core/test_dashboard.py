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


def panel_of(html, panel_id):
    return html.split(f'id="{panel_id}', 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize("username", ["meissen", "meissen-editor"])
def test_create_offers_the_own_hubs_listings_only(settings, username):
    from sites.hubs.models import EventIndexPage, MatchIndexPage, NewsIndexPage

    panel = panel_of(dashboard(username, settings), "cimis-quick-create")
    meissen = site_for_key("meissen").root_page
    for index_model, child in (
        (NewsIndexPage, "newspage"),
        (EventIndexPage, "eventpage"),
        (MatchIndexPage, "matchpage"),
    ):
        own = index_model.objects.descendant_of(meissen).get(locale=meissen.locale)
        assert f'href="{reverse("wagtailadmin_pages:add", args=["hubs", child, own.pk])}"' in panel
        for other in index_model.objects.exclude(pk=own.pk):
            assert f"/{other.pk}/" not in panel  # not another hub's, nor the English listing
    assert panel.count("<li") == 3


def test_create_shows_nothing_to_someone_who_may_add_no_page(settings, django_user_model):
    settings.DEBUG = True
    user = django_user_model.objects.create_user("leser", password="x")  # noqa: S106
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="cimis-quick-create' not in html


def test_one_click_on_the_backlog_makes_the_translation_and_opens_its_editor(settings):
    from sites.hubs.models import NewsIndexPage, NewsPage

    meissen = site_for_key("meissen").root_page
    index = NewsIndexPage.objects.descendant_of(meissen).get(locale=meissen.locale)
    editor = get_user_model().objects.get(username="meissen-editor")
    news = index.add_child(instance=NewsPage(title="Frisch aus der Werkstatt", live=False))
    news.save_revision(user=editor)

    panel = panel_of(dashboard("meissen-editor", settings), "cimis-translation-backlog")
    row = panel.split("Frisch aus der Werkstatt", 1)[1].split("</tr>", 1)[0]
    action = row.split('action="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    locale = row.split('name="locales" value="', 1)[1].split('"', 1)[0]
    assert 'name="csrfmiddlewaretoken"' in row

    client = Client(HTTP_HOST="meissen.localhost")
    client.force_login(editor)
    response = client.post(action, {"locales": locale})
    english = NewsPage.objects.get(translation_key=news.translation_key, locale__language_code="en")
    assert english.alias_of_id is None  # a translation of its own, no longer an alias
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert not english.live  # a draft, for review
