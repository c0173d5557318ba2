"""A view restriction covers every version of a page: German source, English translation or
alias, and what lies below them, in every place that lists pages; whichever was made first."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from cms.core import restrictions
from sites.hubs.models import EventIndexPage, EventPage, MatchPage, NewsIndexPage, NewsPage
from sites.platform.models import PrototypeGalleryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(db, settings):
    settings.DEBUG = True  # demo accounts sign in only with DEBUG on
    from django.contrib.auth import get_user_model

    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(get_user_model().objects.get(username="meissen"))
    return client


def set_privacy(client, page, restriction_type="password", password="geheim"):  # noqa: S107
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type, "password": password},
    )
    assert response.status_code == 200, response.content[:300]
    assert b"set_privacy_done" in response.content


def visible(client, host, url) -> str:
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def api_ids(client, host, **params):
    response = client.get("/api/v2/pages/", {"site": host, "limit": 100, **params}, HTTP_HOST=host)
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def meissen_news(sites, locale_en):
    index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    page = NewsPage.objects.child_of(index).live().first()
    return page, page.get_translation(locale_en)


def test_a_restriction_set_on_the_german_page_covers_its_english_version_everywhere(
    client, moderator, sites, locale_en
):
    host = sites["meissen"].hostname
    german, english = meissen_news(sites, locale_en)
    english_index = english.get_parent()
    word = english.title.split()[0]
    # Everything that lists the English page shows it before.
    assert english.pk in api_ids(client, host, locale="en")
    assert client.get(f"/api/v2/pages/{english.pk}/", HTTP_HOST=host).status_code == 200
    assert english.title in visible(client, host, english_index.url)
    assert english.url in visible(client, host, "/sitemap.xml")

    set_privacy(moderator, german)

    assert PageViewRestriction.objects.filter(page=english).exists()
    assert english.pk not in api_ids(client, host, locale="en")
    assert english.pk not in api_ids(client, host, search=word)
    assert client.get(f"/api/v2/pages/{english.pk}/", HTTP_HOST=host).status_code == 404
    assert english.title not in visible(client, host, english_index.url)
    assert english.title not in visible(client, host, english_index.get_parent().url)
    assert english.title not in visible(client, host, f"/en/search/?q={word}")
    assert english.url not in visible(client, host, "/sitemap.xml")
    page = client.get(english.url, HTTP_HOST=host)
    assert english.intro not in page.content.decode()


def test_an_english_alias_made_before_the_restriction_is_covered(client, moderator, sites, locale_en):
    host = sites["meissen"].hostname
    index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    german = NewsPage(title="Zebra-Nachricht", slug="zebra", intro="Streng geheim.", date="2025-04-16")
    index.add_child(instance=german)
    german.save_revision().publish()
    english = german.get_translation_or_none(locale_en) or german.copy_for_translation(locale_en, alias=True)
    assert english.alias_of_id == german.pk
    assert english.pk in api_ids(client, host, locale="en")

    set_privacy(moderator, german)

    assert english.pk not in api_ids(client, host, locale="en")
    assert "Zebra-Nachricht" not in visible(client, host, "/en/search/?q=Zebra")
    assert "Zebra-Nachricht" not in visible(client, host, english.get_parent().url)


def test_a_restriction_made_first_reaches_a_translation_made_later(client, moderator, sites, locale_en):
    host = sites["meissen"].hostname
    index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    german = NewsPage(title="Okapi-Nachricht", slug="okapi", intro="Vertraulich.", date="2025-04-16")
    index.add_child(instance=german)
    german.save_revision().publish()
    for version in Page.objects.filter(translation_key=german.translation_key).exclude(pk=german.pk):
        version.delete()
    set_privacy(moderator, german)

    english = german.copy_for_translation(locale_en)
    english.save_revision().publish()

    assert restrictions.restrictions_of(english.pk) == restrictions.restrictions_of(german.pk) != set()
    assert english.pk not in api_ids(client, host, locale="en")


def test_a_restriction_on_the_english_copy_covers_the_german_page_and_removal_follows(
    client, moderator, sites, locale_en
):
    host = sites["meissen"].hostname
    german, english = meissen_news(sites, locale_en)

    set_privacy(moderator, english, "login", "")
    assert german.pk not in api_ids(client, host, locale="de")
    assert {r.restriction_type for r in PageViewRestriction.objects.filter(page=german)} == {"login"}

    set_privacy(moderator, german, "none", "")
    assert not PageViewRestriction.objects.filter(page__in=[german, english]).exists()
    assert english.pk in api_ids(client, host, locale="en")


def test_group_restrictions_copy_their_groups(moderator, sites, locale_en):
    from django.contrib.auth.models import Group

    german, english = meissen_news(sites, locale_en)
    group = Group.objects.create(name="Vertraute")
    restriction = PageViewRestriction.objects.create(page=german, restriction_type="groups")
    restriction.groups.add(group)

    copy = PageViewRestriction.objects.get(page=english)
    assert copy.restriction_type == "groups"
    assert list(copy.groups.all()) == [group]


def test_deleting_the_english_version_keeps_the_german_restriction(sites, locale_en):
    german, english = meissen_news(sites, locale_en)
    PageViewRestriction.objects.create(page=german, restriction_type="login")
    assert PageViewRestriction.objects.filter(page=english).exists()

    english.delete()

    assert PageViewRestriction.objects.filter(page=german, restriction_type="login").exists()


def test_a_restricted_event_leaves_the_english_calendar(client, moderator, sites, locale_en):
    host = sites["meissen"].hostname
    index = EventIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    german = EventPage.objects.child_of(index).live().first()
    english = german.get_translation(locale_en)
    calendar_url = english.get_parent().url + "calendar/"
    assert english.title in visible(client, host, calendar_url).replace("\r\n ", "")

    set_privacy(moderator, german)

    assert english.title not in visible(client, host, calendar_url).replace("\r\n ", "")


def test_a_restricted_match_leaves_the_english_gallery(client, moderator, sites, locale_en):
    platform = sites["platform"].hostname
    german = MatchPage.objects.descendant_of(sites["meissen"].root_page).live().first()
    english = german.get_translation(locale_en)
    gallery = PrototypeGalleryPage.objects.get(locale=locale_en)
    assert english.title in visible(client, platform, gallery.url)

    set_privacy(moderator, german)

    assert english.title not in visible(client, platform, gallery.url)
    assert english.pk not in api_ids(client, sites["meissen"].hostname, locale="en")


def test_a_restricted_section_hides_the_english_pages_below_it(client, moderator, sites, locale_en):
    host = sites["meissen"].hostname
    german_index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    english_news = {page.pk for page in NewsPage.objects.child_of(german_index.get_translation(locale_en))}
    assert english_news and english_news <= api_ids(client, host, locale="en")

    set_privacy(moderator, german_index)

    assert english_news.isdisjoint(api_ids(client, host, locale="en"))


def test_sync_all_repairs_restrictions_made_before_the_rule(sites, locale_en):
    german, english = meissen_news(sites, locale_en)
    # As data from before this rule: a restriction on one version only.
    token = restrictions._syncing.set(True)
    try:
        PageViewRestriction.objects.create(page=german, restriction_type="login")
    finally:
        restrictions._syncing.reset(token)
    assert not PageViewRestriction.objects.filter(page=english).exists()

    assert restrictions.sync_all() == 1
    assert PageViewRestriction.objects.filter(page=english, restriction_type="login").exists()
    assert restrictions.sync_all() == 0
