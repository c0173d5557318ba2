"""The platform's other pages: home, guides, interviews and materials, in both languages."""

import pytest
from bs4 import BeautifulSoup

from sites.platform.models import GuideIndexPage, HowToGuidePage, InterviewPage, MaterialsPage

pytestmark = pytest.mark.django_db
HOST = "lernplattform.localhost"


def soup_of(client, url):
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_platform_page_type_is_in_the_navigation(client):
    soup = soup_of(client, "/de/")
    menu = {a.get_text(strip=True) for a in soup.select(".site-nav a")}
    assert {"Prototypen", "Methoden", "KI-Werkzeuge", "Anleitungen und Erfahrungen", "Materialien"} <= menu


def test_platform_home_shows_prototypes_and_top_tools(client):
    soup = soup_of(client, "/en/")
    hubs = soup.select(".hub-overview")
    assert len(hubs) == 3  # each hub with its latest prototypes (tests/cms/core/test_network.py)
    assert all(len(hub.select(".hub-overview__matches .card")) == 3 for hub in hubs)
    assert len(soup.select("#home-tools ~ .cards .card")) == 3


def test_guides_and_interviews_render_in_both_languages(client, locale_en):
    assert HowToGuidePage.objects.filter(locale__language_code="de").count() == 2
    assert InterviewPage.objects.filter(locale__language_code="de").count() == 2
    for page in [
        *HowToGuidePage.objects.filter(locale__language_code="de"),
        *InterviewPage.objects.filter(locale__language_code="de"),
    ]:
        german = soup_of(client, page.url)
        english_page = page.get_translation(locale_en)
        english = soup_of(client, english_page.url)
        assert german.select_one("h1").get_text(strip=True) == page.title
        assert english.select_one("h1").get_text(strip=True) == english_page.title != page.title


def test_how_to_guide_shows_steps_and_links_methods_to_their_pages(client):
    guide = HowToGuidePage.objects.get(locale__language_code="de", slug="erster-prototyp")
    soup = soup_of(client, guide.url)
    assert len(soup.select(".guide-steps > li")) == 5
    links = [a["href"] for a in soup.select(".tags a")]
    assert "/de/methoden/persona/" in links
    assert soup_of(client, "/de/methoden/persona/").select_one("h1")


def test_guide_index_lists_guides_and_stories(client):
    index = GuideIndexPage.objects.get(locale__language_code="de")
    soup = soup_of(client, index.url)
    assert len(soup.select("#guides ~ .cards .card")) == 2
    assert len(soup.select("#stories ~ .cards .card")) == 2


def test_materials_list_documents_with_type_size_and_language_and_filter(client):
    page = MaterialsPage.objects.get(locale__language_code="de")
    soup = soup_of(client, page.url)
    items = soup.select(".downloads li")
    generated = [li for li in items if li.a.get("type") == "application/pdf"]
    documents = [li for li in items if li.a.get("type") != "application/pdf"]
    # The method-card PDFs (made from the library) in both languages, then the documents.
    assert [li.a["hreflang"] for li in generated] == ["de", "en"]
    assert len(documents) == 4
    assert "PDF" in documents[0].select_one(".meta").get_text()
    download = client.get(documents[0].a["href"], HTTP_HOST=HOST)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")
    assert len(soup_of(client, page.url + "?language=en").select(".downloads li a")) == 2
    assert len(soup_of(client, page.url + "?kind=template").select(".downloads li a")) == 2
    assert len(soup_of(client, page.url + "?kind=worksheet&language=en").select(".downloads li a")) == 0
