"""Slugs spell German letters out ("Meißen" → "meissen"), in the browser and on the server,
and a changed slug of a live page leaves a redirect on its own site, in either language."""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from cms.core.slugs import german_slugify
from sites.hubs.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

TITLE = "Neue Tandems im Landkreis Meißen gesucht"


@pytest.fixture
def login(debug_on):
    def client_for(username):
        client = Client(HTTP_HOST="lernplattform.localhost")
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return client_for


@pytest.fixture
def news_index(sites):
    return NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get(locale__language_code="de")


def create_news(client, parent, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["hubs", "newspage", parent.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["title"] = title
    data["slug"] = slug
    data["date"] = datetime.date.today().isoformat()
    for field in NewsPage._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")  # built by the admin's JavaScript
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return NewsPage.objects.child_of(parent).get(title=title)


def test_german_letters_are_spelt_out():
    assert german_slugify("Größe, Übung & Straße: Ärger") == "groesse-uebung-strasse-aerger"


def test_a_page_created_without_a_slug_gets_a_transliterated_one(login, news_index):
    page = create_news(login("meissen-editor"), news_index, TITLE, "")
    assert page.slug == "neue-tandems-im-landkreis-meissen-gesucht"


def test_a_unicode_slug_from_the_browser_is_transliterated(login, news_index):
    page = create_news(login("meissen-editor"), news_index, TITLE, "neue-tandems-im-landkreis-meißen-gesucht")
    assert page.slug == "neue-tandems-im-landkreis-meissen-gesucht"


def test_the_slug_input_transliterates_in_the_browser(login, news_index):
    url = reverse("wagtailadmin_pages:add", args=["hubs", "newspage", news_index.pk])
    html = login("meissen-editor").get(url).content.decode()
    # WAGTAIL_ALLOW_UNICODE_SLUGS off: Django leaves a False attribute out; the controller's default is off.
    assert "data-w-slug-allow-unicode-value" not in html
    assert "data-w-slug-formatters-value=" in html
    assert "&quot;ss&quot;" in html and "&quot;ae&quot;" in html


def test_a_changed_english_slug_leaves_a_redirect_on_its_own_site(
    login, sites, news_index, django_capture_on_commit_callbacks
):
    english_index = news_index.get_translation(Locale.objects.get(language_code="en"))
    page = NewsPage.objects.child_of(english_index).live().first()
    assert page is not None
    old_url = page.get_url_parts()[2]
    host = sites["meissen"].hostname
    assert Client().get(old_url, HTTP_HOST=host).status_code == 200

    page.slug = "renamed-in-english"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail sends page_slug_changed on commit
        page.save_revision(user=get_user_model().objects.get(username="meissen")).publish()

    response = Client().get(old_url, HTTP_HOST=host)
    assert response.status_code == 301
    assert response["Location"].endswith(f"{english_index.get_url_parts()[2]}renamed-in-english/")
    # Only on its own site: the same path on Lausitz (its own news page, same slug) is untouched.
    assert Client().get(old_url, HTTP_HOST=sites["lausitz"].hostname).status_code != 301
