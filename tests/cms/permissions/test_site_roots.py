"""A site cannot be wiped by one click: site and language roots are out of reach of every
role but the administrator, big deletions need the typed confirmation, the audit log keeps
every deleted page, and the confirmation lists what links to the doomed pages."""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import Page, PageLogEntry, Site
from wagtail.rich_text import RichText

import pytest

from cms.core.factories import StandardPageFactory
from cms.core.models import SiteSettings
from sites.hubs.models import MatchIndexPage

from .conftest import SITE_KEYS, USERNAMES, is_admin, on_site

pytestmark = pytest.mark.django_db

ROLES = [username for username in USERNAMES if not is_admin(username)]


def login_user(username):
    return get_user_model().objects.get(username=username)


def delete(client, page, **data):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), data)


def own_site(username):
    return next(key for key in SITE_KEYS if on_site(username, key))


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_role_deletes_its_own_site_root(login, sites, locale_en, username, language):
    site = sites[own_site(username)]
    root = site.root_page if language == "de" else site.root_page.get_translation(locale_en)
    pages_before = Page.objects.count()
    client = login(username)

    delete(client, root, confirm_site_name="CIMIS")
    bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    client.post(f"{bulk}?id={root.pk}", {"confirm_site_name": "CIMIS"})

    assert Page.objects.filter(pk=root.pk).exists()
    assert Site.objects.filter(pk=site.pk, root_page=site.root_page).exists()
    assert SiteSettings.objects.filter(site=site).exists()
    assert Page.objects.count() == pages_before
    assert not root.specific.permissions_for_user(login_user(username)).can_delete()


@pytest.mark.parametrize("username", ["platform", "meissen"])
def test_no_role_moves_a_site_or_language_root(login, sites, locale_en, username):
    site = sites[own_site(username)]
    client = login(username)
    for root in (site.root_page, site.root_page.get_translation(locale_en)):
        # Under one of its own pages would be refused as a cycle; under a sibling site's
        # tree it is refused by the destination rules. The own legal page is a plain target.
        target = SiteSettings.for_site(site).imprint_page.get_translation(root.locale)
        path = root.path
        client.post(reverse("wagtailadmin_pages:move_confirm", args=[root.pk, target.pk]))
        bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "move"))
        client.post(f"{bulk}?id={root.pk}", {"chooser": target.pk})
        root.refresh_from_db()
        assert root.path == path
        assert not root.permissions_for_user(login_user(username)).can_move()


def test_the_administrator_is_told_to_detach_a_site_before_deleting_its_root(login, sites):
    site = sites["meissen"]
    response = delete(login("admin"), site.root_page, confirm_site_name="CIMIS")

    assert response.status_code == 302
    assert Page.objects.filter(pk=site.root_page.pk).exists()
    assert Site.objects.filter(pk=site.pk).exists()
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Settings → Sites" in message or "Einstellungen" in message for message in messages), messages


def match_index(sites):
    return MatchIndexPage.objects.descendant_of(sites["meissen"].root_page).get()


def test_a_big_deletion_needs_the_typed_confirmation_even_without_the_field(login, sites):
    index = match_index(sites)
    doomed = Page.objects.filter(translation_key=index.translation_key)
    doomed_ids = set()
    for version in doomed:
        doomed_ids |= set(Page.objects.descendant_of(version, inclusive=True).values_list("pk", flat=True))
    assert len(doomed_ids) >= 5
    client = login("meissen")

    refused = delete(client, index)  # Wagtail's own check passes when the field is left out
    assert refused.status_code == 302
    assert refused["Location"] == reverse("wagtailadmin_pages:delete", args=[index.pk])
    assert Page.objects.filter(pk__in=doomed_ids).count() == len(doomed_ids)

    delete(client, index, confirm_site_name="wrong")
    assert Page.objects.filter(pk__in=doomed_ids).count() == len(doomed_ids)

    delete(client, index, confirm_site_name="CIMIS")
    assert not Page.objects.filter(pk__in=doomed_ids).exists()
    logged = set(
        PageLogEntry.objects.filter(
            action="wagtail.delete", user__username="meissen", page_id__in=doomed_ids
        ).values_list("page_id", flat=True)
    )
    assert logged == doomed_ids, "every deleted page, translations and subpages, is in the audit log"


def test_a_small_deletion_needs_no_typed_confirmation(login, sites):
    page = StandardPageFactory(parent=sites["meissen"].root_page, title="Kurz", slug="kurz")
    delete(login("meissen"), page)
    assert not Page.objects.filter(pk=page.pk).exists()


def test_the_confirmation_lists_the_pages_that_link_to_the_doomed_ones(
    login, sites, django_capture_on_commit_callbacks
):
    index = match_index(sites)
    match = index.get_children().first()
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail indexes references on commit
        linking = StandardPageFactory(
            parent=sites["meissen"].root_page,
            title="Unsere Lieblingsmatches",
            slug="lieblinge",
            body=[("text", RichText(f'<p><a linktype="page" id="{match.pk}">Match</a></p>'))],
        )
    unrelated = StandardPageFactory(parent=sites["meissen"].root_page, title="Ohne Links", slug="ohne")

    client = login("meissen")
    response = client.get(reverse("wagtailadmin_pages:delete", args=[index.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Unsere Lieblingsmatches" in text
    assert reverse("wagtailadmin_pages:edit", args=[linking.pk]) in text

    quiet = client.get(reverse("wagtailadmin_pages:delete", args=[unrelated.pk]))
    assert "Unsere Lieblingsmatches" not in quiet.content.decode()
