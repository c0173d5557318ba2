"""Site search: own pages in the visitor's language plus the shared libraries."""

from django.db import connection

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def results(client, host, query, language="de"):
    response = client.get(
        f"/{language}/{'suche' if language == 'de' else 'search'}/", {"q": query}, HTTP_HOST=host
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in soup.select(".search-results h2 a")]


def test_search_on_a_hub_finds_its_own_pages(client):
    found = results(client, "lausitz.localhost", "Brötchen")
    assert ("Brötchen vorbestellen", "/de/matches/match-1/") in found


def test_search_on_a_hub_never_returns_another_hubs_pages(client):
    for host, own in (
        ("meissen.localhost", "meissen"),
        ("lausitz.localhost", "lausitz"),
        ("erzgebirge.localhost", "erzgebirge"),
    ):
        found = results(client, host, "Kick-off")
        pages = [href for _title, href in found if href.startswith("/")]
        assert pages, host
        for _title, href in found:
            assert href.startswith("/") or "lernplattform.localhost" in href, href
        assert not any(
            other in href
            for other in ("meissen", "lausitz", "erzgebirge")
            if other != own
            for _t, href in found
        )


def test_search_answers_in_the_visitors_language(client):
    german = results(client, "meissen.localhost", "Abschlussveranstaltung")
    english = results(client, "meissen.localhost", "closing", language="en")
    assert german and english
    assert all(href.startswith("/de/") for _title, href in german)
    assert all(href.startswith("/en/") for _title, href in english)


def test_search_includes_library_items_linking_to_the_platform(client):
    found = results(client, "meissen.localhost", "Persona")
    assert ("Persona", "http://lernplattform.localhost/de/methoden/persona/") in found


def test_search_leaves_out_drafts(client):
    from cms.library.models import MethodCard

    MethodCard.objects.get(locale__language_code="de", slug="persona").unpublish()
    found = results(client, "lernplattform.localhost", "Persona")
    assert "/de/methoden/persona/" not in [href for _title, href in found]


@pytest.mark.parametrize("query", ["", "   ", 'a"b', "\x00", "x" * 5000, "(((", "AND OR NOT"])
def test_odd_queries_answer_calmly(client, query):
    response = client.get("/de/suche/", {"q": query}, HTTP_HOST="meissen.localhost")
    assert response.status_code == 200


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="German stemming needs PostgreSQL's text search"
)
def test_german_stemming_on_postgresql(client):
    # "Prototypen" (plural) finds pages that only say "Prototyp".
    found = results(client, "meissen.localhost", "Prototypen")
    assert found
