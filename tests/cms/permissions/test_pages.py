"""Every role against every site's pages, in both language trees, through the admin: open
in the explorer, open the editor, publish, delete."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from cms.core.models import SiteSettings, StandardPage

from .conftest import SITE_KEYS, allowed, matrix, on_site, page_action

pytestmark = pytest.mark.django_db


def bulk_publish(client, page):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    return client.post(f"{url}?id={page.pk}")


@pytest.mark.parametrize(("username", "site_key"), matrix(SITE_KEYS))
def test_page_rights_follow_the_role(login, sites, locale_en, username, site_key):
    client = login(username)
    # The imprint: a live leaf page with a light editor, in both language trees.
    imprint = SiteSettings.for_site(sites[site_key]).imprint_page
    imprint_en = imprint.get_translation(locale_en)

    explore = client.get(reverse("wagtailadmin_explore", args=[imprint_en.pk]))
    assert allowed(explore) == on_site(username, site_key), "explore"
    for page in (imprint, imprint_en):
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert allowed(edit) == page_action(username, site_key, "change"), f"edit {page.locale}"

    bulk_publish(client, imprint_en)
    published = PageLogEntry.objects.filter(
        page=imprint_en, action="wagtail.publish", user__username=username
    )
    assert published.exists() == page_action(username, site_key, "publish"), "publish"

    # Deleting a live page takes the right to publish (Wagtail's rule for editors).
    client.post(reverse("wagtailadmin_pages:delete", args=[imprint.pk]))
    deleted = not Page.objects.filter(pk=imprint.pk).exists()
    assert deleted == page_action(username, site_key, "publish"), "delete"


# Every role against one hub's pages and another's: the foreign hub is where a bypass would
# show, the own hub shows the rule is not a blanket refusal.
HUB_CASES = matrix(["meissen", "lausitz"])


def about_page(site):
    """A live standard page below the site's home (from the demo), in the source language."""
    return StandardPage.objects.child_of(site.root_page).get(slug="ueber-cimis")


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["core", "standardpage", parent.pk])


@pytest.mark.parametrize(("username", "site_key"), HUB_CASES)
def test_adding_a_page_follows_the_role(login, sites, username, site_key):
    client = login(username)
    home = sites[site_key].root_page
    may = page_action(username, site_key, "add")

    assert allowed(client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk]))) == may, (
        "choose type"
    )
    assert allowed(client.get(add_url(home))) == may, "add form"

    slug = f"neu-{username}"
    data = querydict_from_html(login("admin").get(add_url(home)).content.decode(), form_id="page-edit-form")
    data.update({"title": f"Neu {username}", "slug": slug, "body-count": "0"})
    response = client.post(add_url(home), data)
    assert allowed(response) == may, "save"
    assert Page.objects.child_of(home).filter(slug=slug).exists() == may, "page created"


@pytest.mark.parametrize(("username", "site_key"), HUB_CASES)
def test_unpublishing_follows_the_role(login, sites, username, site_key):
    client = login(username)
    page = about_page(sites[site_key])
    may = page_action(username, site_key, "publish")
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])

    assert allowed(client.get(url)) == may, "confirm"
    client.post(url)
    page.refresh_from_db()
    assert (not page.live) == may, "unpublished"


@pytest.mark.parametrize(("username", "site_key"), HUB_CASES)
def test_unscheduling_a_revision_follows_the_role(login, sites, username, site_key):
    page = about_page(sites[site_key])
    page.go_live_at = timezone.now() + timedelta(days=7)
    revision = page.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    client = login(username)
    may = page_action(username, site_key, "publish")
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])
    assert allowed(client.get(url)) == may, "confirm"
    client.post(url)
    revision.refresh_from_db()
    assert (revision.approved_go_live_at is None) == may, "unscheduled"


@pytest.mark.parametrize(("username", "site_key"), HUB_CASES)
def test_workflow_history_detail_follows_the_role(login, sites, username, site_key):
    page = about_page(sites[site_key])
    workflow_state = page.get_workflow().start(page, get_user_model().objects.get(username="admin"))

    url = reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, workflow_state.pk])
    response = login(username).get(url)
    assert allowed(response) == page_action(username, site_key, "change")
