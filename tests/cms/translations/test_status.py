"""The translation status report, and the English tree following German moves and deletes."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

import pytest
from bs4 import BeautifulSoup

from cms.core.factories import StandardPageFactory
from cms.library.models import MethodCard
from sites.hubs.models import NewsPage

pytestmark = pytest.mark.django_db
URL = "/admin/translation-status/"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    return client


def states(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = {}
    for tr in soup.select("table.listing tbody tr"):
        cells = tr.select("td")
        if len(cells) > 2:
            table[cells[0].get_text(strip=True)] = (cells[2]["data-state"], cells[2].a["href"])
    return table


def test_demo_pages_and_library_items_are_all_translated_and_current(admin_client):
    table = states(admin_client, site="meissen")
    assert table
    assert {state for state, _url in table.values()} == {"current"}
    platform = states(admin_client, site="platform")
    assert platform["Persona"][0] == "current"


def test_a_german_change_marks_the_translation_out_of_date(admin_client, sites):
    news = NewsPage.objects.descendant_of(sites["meissen"].root_page).get(slug="matches-gestartet")
    news.intro = "Neu formulierte Einleitung."
    news.save_revision().publish()
    state, url = states(admin_client, site="meissen")[news.title]
    assert state == "outdated"
    assert "/localize/update/" in url
    assert admin_client.get(url).status_code == 200


def test_a_page_without_translation_is_missing_with_a_link_to_translate_it(admin_client, sites):
    page = StandardPageFactory(parent=sites["lausitz"].root_page, title="Nur deutsch", slug="nur-deutsch")
    state, url = states(admin_client, site="lausitz")["Nur deutsch"]
    assert state == "missing"
    assert url == f"/admin/localize/submit/page/{page.pk}/?select_locale=en"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert [locale.language_code for locale in response.context["form"].initial["locales"]] == ["en"]


def test_a_changed_library_item_is_out_of_date(admin_client):
    method = MethodCard.objects.get(locale__language_code="de", slug="persona")
    method.summary = "Geänderte Zusammenfassung."
    method.save_revision().publish()
    assert states(admin_client, site="platform")["Persona"][0] == "outdated"


def test_filter_by_state(admin_client, sites):
    StandardPageFactory(parent=sites["lausitz"].root_page, title="Fehlt noch", slug="fehlt-noch")
    table = states(admin_client, site="lausitz", state="missing")
    assert list(table) == ["Fehlt noch"]


def test_a_hub_editor_sees_only_their_hub(client, django_user_model, sites):
    user = django_user_model.objects.create_user("nur-lausitz", password="x")
    group = Group.objects.create(name="Testgruppe Lausitz")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for root in sites["lausitz"].root_page.get_translations(inclusive=True):
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group, page=root, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    client.force_login(user)
    response = client.get(URL, {"site": "meissen"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [o["value"] for o in soup.select("#ts-site option")] == ["lausitz"]
    titles = set(states(client, site="meissen"))
    assert "Brötchen vorbestellen" in titles
    assert "Wein ab Hof – jetzt auch online" not in titles


def test_anonymous_visitors_are_sent_to_the_login(client):
    assert client.get(URL).status_code == 302


def test_deleting_a_german_page_in_the_admin_deletes_its_translation(admin_client, sites, locale_en):
    news = NewsPage.objects.descendant_of(sites["erzgebirge"].root_page).get(slug="matches-gestartet")
    english_id = news.get_translation(locale_en).pk
    response = admin_client.post(f"/admin/pages/{news.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[news.pk, english_id]).exists()


def test_moving_a_german_page_in_the_admin_moves_its_translation(admin_client, sites, locale_en):
    from cms.core.translation import translate

    home = sites["erzgebirge"].root_page
    moving = StandardPageFactory(parent=home, title="Wandert", slug="wandert")
    target = StandardPageFactory(parent=home, title="Ziel", slug="ziel")
    english_moving = translate(moving, locale_en, {"Wandert": "Moves"})
    english_target = translate(target, locale_en, {"Ziel": "Target"})
    response = admin_client.post(f"/admin/pages/{moving.pk}/move/{target.pk}/confirm/")
    assert response.status_code == 302
    moving.refresh_from_db()
    english_moving.refresh_from_db()
    assert moving.get_parent().pk == target.pk
    assert english_moving.get_parent().pk == english_target.pk
