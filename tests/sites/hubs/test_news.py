"""Hub news: newest first, paginated, each item renders in both languages."""

import datetime

import pytest

from sites.hubs.models import NewsIndexPage, NewsPage
from sites.hubs.models.news import NEWS_PER_PAGE

pytestmark = pytest.mark.django_db


def test_news_index_lists_newest_first(client, sites):
    index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get()
    response = client.get(index.get_url(), HTTP_HOST="meissen.localhost")
    dates = [item.date for item in response.context["news_page"]]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == 2


def test_news_index_paginates(client, sites):
    index = NewsIndexPage.objects.descendant_of(sites["lausitz"].root_page).get()
    for number in range(NEWS_PER_PAGE):
        index.add_child(instance=NewsPage(title=f"Meldung {number}", slug=f"meldung-{number}",
                                          date=datetime.date(2026, 1, 1 + number)))  # fmt: skip
    first = client.get(index.get_url(), HTTP_HOST="lausitz.localhost")
    second = client.get(index.get_url() + "?page=2", HTTP_HOST="lausitz.localhost")
    assert len(first.context["news_page"]) == NEWS_PER_PAGE
    assert len(second.context["news_page"]) == 2
    assert 'rel="next"' in first.content.decode()
    # A page number that is not a number or out of range shows a valid page, not an error.
    assert client.get(index.get_url() + "?page=abc", HTTP_HOST="lausitz.localhost").status_code == 200
    assert client.get(index.get_url() + "?page=999", HTTP_HOST="lausitz.localhost").status_code == 200


def test_news_item_renders_in_both_languages(client, sites, locale_en):
    item = NewsPage.objects.descendant_of(sites["erzgebirge"].root_page).get(
        slug="rueckblick-abschlussveranstaltung"
    )
    german = client.get(item.get_url(), HTTP_HOST="erzgebirge.localhost").content.decode()
    english = client.get(
        item.get_translation(locale_en).get_url(), HTTP_HOST="erzgebirge.localhost"
    ).content.decode()
    assert "Rückblick auf die Abschlussveranstaltung" in german
    assert "22. April 2025" in german
    assert "Looking back at the closing event" in english
    assert "22 April 2025" in english
