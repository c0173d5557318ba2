"""A hub editor's admin is their hub: the explorer opens there and lists nothing else, other
hubs' pages cannot be opened by URL, search and reports find only what they may edit, the
dashboard counts their pages, and choosers hide other hubs' drafts."""

import json
import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile

import pytest

from cms.core.models import StandardPage

from .conftest import HUB_KEYS, allowed

pytestmark = pytest.mark.django_db


def own_pages(sites, key, locale_en):
    home = sites[key].root_page
    return Page.objects.descendant_of(home, inclusive=True) | Page.objects.descendant_of(
        home.get_translation(locale_en), inclusive=True
    )


def sidebar_explorer_start(response) -> int:
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', response.content.decode(), re.S)
    for module in json.loads(props.group(1))["modules"]:
        for item in module["_args"][0] if module["_type"].endswith("MainMenuModule") else []:
            if item["_type"].endswith("PageExplorerMenuItem"):
                return item["_args"][1]
    raise AssertionError("no page explorer in the menu")


@pytest.mark.parametrize("username", ["meissen", "meissen-editor"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_explorer_opens_at_the_editors_hub_in_the_admin_language(
    login, sites, locale_en, username, language
):
    client = login(username)
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()
    home = sites["meissen"].root_page
    expected = home if language == "de" else home.get_translation(locale_en)
    assert sidebar_explorer_start(client.get("/admin/")) == expected.pk


@pytest.mark.parametrize("key", HUB_KEYS)
def test_the_explorer_root_lists_only_the_hubs_own_home_pages(login, sites, locale_en, key):
    response = login(key).get(reverse("wagtailadmin_explore_root"))
    listed = {page.pk for page in response.context["object_list"]}
    home = sites[key].root_page
    assert listed == {home.pk, home.get_translation(locale_en).pk}


@pytest.mark.parametrize("key", HUB_KEYS)
def test_other_sites_pages_cannot_be_explored_by_url(login, sites, locale_en, key):
    client = login(f"{key}-editor")
    for other, site in sites.items():
        for page in (site.root_page, Page.objects.child_of(site.root_page).first()):
            assert allowed(client.get(reverse("wagtailadmin_explore", args=[page.pk]))) == (other == key)


def test_admin_search_finds_only_pages_the_editor_may_edit(login, sites, locale_en):
    response = login("meissen-editor").get(reverse("wagtailadmin_pages:search"), {"q": "Impressum"})
    found = {page.pk for page in response.context["object_list"]}
    assert found
    assert found <= set(own_pages(sites, "meissen", locale_en).values_list("pk", flat=True))


def test_the_dashboard_counts_the_hubs_pages_not_every_sites(login, sites, locale_en):
    html = " ".join(login("meissen").get("/admin/").content.decode().split())
    count = own_pages(sites, "meissen", locale_en).count()
    explore_home = reverse("wagtailadmin_explore", args=[sites["meissen"].root_page_id])
    assert f'<a href="{explore_home}"> {count} Seiten' in html


def test_the_page_chooser_hides_other_hubs_drafts(login, sites):
    lausitz_home = sites["lausitz"].root_page
    draft = lausitz_home.add_child(instance=StandardPage(title="Entwurf Lausitz", slug="entwurf", live=False))
    choose = reverse("wagtailadmin_choose_page_child", args=[lausitz_home.pk])
    assert "Entwurf Lausitz" not in login("meissen").get(choose).json()["html"]
    assert "Entwurf Lausitz" in login("lausitz").get(choose).json()["html"]
    assert draft.pk


def test_reports_show_only_the_hubs_own_pages(login, sites):
    lausitz_imprint = Page.objects.child_of(sites["lausitz"].root_page).get(slug="impressum")
    login("lausitz").post(reverse("wagtailadmin_pages:lock", args=[lausitz_imprint.pk]))
    PageLogEntry.objects.log_action(lausitz_imprint, "wagtail.edit", user=None)
    meissen = login("meissen")
    for report in ("wagtailadmin_reports:locked_pages", "wagtailadmin_reports:site_history"):
        html = meissen.get(reverse(report)).content.decode()
        assert (
            "CIMIS Hub Lausitz" not in html
            and reverse("wagtailadmin_pages:edit", args=[lausitz_imprint.pk]) not in html
        )
