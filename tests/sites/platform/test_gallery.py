"""The prototype gallery: the matches of all hubs, filterable, linking to the hub pages."""

import pytest
from bs4 import BeautifulSoup

from sites.hubs.models import MatchPage
from sites.platform.models import PrototypeGalleryPage

pytestmark = pytest.mark.django_db
HOST = "lernplattform.localhost"


@pytest.fixture
def gallery(db):
    return PrototypeGalleryPage.objects.get(locale__language_code="de")


def cards(client, url):
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in soup.select(".card__title a")]


def test_gallery_shows_the_matches_of_all_three_hubs_linking_to_their_sites(client, gallery):
    found = cards(client, gallery.url)
    assert len(found) == 9
    hosts = {href.split("/")[2] for _title, href in found}
    assert hosts == {"meissen.localhost", "lausitz.localhost", "erzgebirge.localhost"}


def test_gallery_filters_by_region(client, gallery, sites):
    found = cards(client, gallery.url + "?region=lausitz")
    assert len(found) == 3
    assert all(href.startswith("http://lausitz.localhost/de/") for _title, href in found)


def test_gallery_filters_by_region_and_category(client, gallery):
    found = cards(client, gallery.url + "?region=erzgebirge&category=online_shop")
    assert [title for title, _href in found] == ["Möbel aus dem Erzgebirge im Netz"]


def test_gallery_in_english_shows_english_matches(client, gallery, locale_en):
    english = gallery.get_translation(locale_en)
    found = cards(client, english.url)
    assert len(found) == 9
    assert all("/en/" in href for _title, href in found)


def test_gallery_leaves_out_unpublished_matches_and_bad_filters(client, gallery):
    match = MatchPage.objects.filter(locale__language_code="de").first()
    match.unpublish()
    found = cards(client, gallery.url + "?region=nowhere&category=<b>")
    assert len(found) == 8
    assert match.title not in [title for title, _href in found]


def test_gallery_paginates(client, gallery, monkeypatch):
    monkeypatch.setattr(PrototypeGalleryPage, "per_page", 4)
    response = client.get(gallery.url, HTTP_HOST=HOST)
    assert response.context["matches_page"].paginator.num_pages == 3
    last = client.get(gallery.url + "?page=3", HTTP_HOST=HOST)
    assert len(last.context["matches_page"]) == 1
