"""The page views where Wagtail has had permission bypasses — previews, history, revisions
(view, compare, revert), copy, usage, workflow history, translate (wagtail-localize) — and
the site settings, for every role against every site; and copying or moving a page into
another site."""

from django.urls import reverse

from wagtail.models import Page

import pytest

from cms.core.models import SiteSettings

from .conftest import SITE_KEYS, allowed, matrix, on_site, page_action, role_of
from .forms import edit_form_data

pytestmark = pytest.mark.django_db


def page_views(page):
    revision = page.latest_revision_id
    return {
        "view draft": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        "front-end preview": reverse("api_open_preview", args=["core", "legalpage", page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision]),
        "compare": reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
        "revert": reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "usage": reverse("wagtailadmin_pages:usage", args=[page.pk]),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        "translate": reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
    }


# Every role against every other site (where a bypass would show), and on its own site the
# roles of one hub and of the platform (the other hubs' roles come from the same declaration).
CASES = [
    case
    for case in matrix(SITE_KEYS)
    if on_site(*case.values) is False
    or case.values[0] in ("admin", "meissen", "meissen-editor", "platform", "platform-editor")
]


@pytest.mark.parametrize(("username", "site_key"), CASES)
def test_page_views_and_site_settings_follow_the_role(login, sites, username, site_key):
    client = login(username)
    role = role_of(username)
    own = role is None or role.site.key == site_key
    imprint = SiteSettings.for_site(sites[site_key]).imprint_page
    for view, url in page_views(imprint).items():
        assert allowed(client.get(url)) == (own and (role is None or "change" in role.kind.page_actions)), (
            view
        )
    settings_url = reverse("wagtailsettings:edit", args=["core", "sitesettings", sites[site_key].pk])
    may_settings = own and (role is None or "change" in role.kind.settings_actions)
    assert allowed(client.get(settings_url)) == may_settings, "site settings"


def test_a_moderator_cannot_copy_or_move_a_page_into_another_hub(login, sites):
    client = login("meissen")
    imprint = SiteSettings.for_site(sites["meissen"]).imprint_page
    lausitz_home = sites["lausitz"].root_page
    client.post(
        reverse("wagtailadmin_pages:copy", args=[imprint.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": lausitz_home.pk},
    )
    assert not Page.objects.child_of(lausitz_home).filter(slug="kopie").exists()
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[imprint.pk, lausitz_home.pk]))
    assert not Page.objects.get(pk=imprint.pk).is_descendant_of(lausitz_home)


def test_a_moderator_cannot_move_the_site_collection_of_the_site_settings(login, sites):
    """Which collection is a site's decides who edits which media."""
    client = login("meissen")
    form = client.get(reverse("wagtailsettings:edit", args=["core", "sitesettings", sites["meissen"].pk]))
    assert "collection" not in form.context["form"].fields


@pytest.mark.parametrize(("username", "site_key"), matrix(["meissen", "lausitz"]))
def test_posting_a_preview_follows_the_role(login, sites, username, site_key):
    """The preview of unsaved changes: a POST of the edit form, answered with whether it is
    valid, then shown to whoever posted it."""
    imprint = SiteSettings.for_site(sites[site_key]).imprint_page.specific
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[imprint.pk])
    data = edit_form_data(login("admin").get(reverse("wagtailadmin_pages:edit", args=[imprint.pk])), imprint)
    data["title"] = "Vorschau von außen"

    response = login(username).post(url, data)
    may = page_action(username, site_key, "change")
    assert allowed(response) == may
    if may:
        assert response.json()["is_valid"]


@pytest.mark.parametrize(("username", "site_key"), matrix(["meissen", "lausitz"]))
def test_saving_site_settings_follows_the_role(login, sites, username, site_key):
    site = sites[site_key]
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    before = SiteSettings.objects.get(site=site)
    data = edit_form_data(login("admin").get(url), before, form_id="w-editor-form")
    data["display_name"] = "Übernommen"

    response = login(username).post(url, data)
    role = role_of(username)
    may = role is None or (role.site.key == site_key and "change" in role.kind.settings_actions)
    assert allowed(response) == may
    after = SiteSettings.objects.get(site=site)
    assert (after.display_name == "Übernommen") == may
    if not may:
        assert after.display_name == before.display_name
