"""The method cards as one PDF per language, built from the library on request: a cover with
the funding notice and credits, then one page per live card with all its details; it follows
every published change of a card."""

import io
from urllib.parse import urlparse

from django.core.cache import cache

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from cms.core.models.site_settings import FUNDING_NOTICE_DE, FUNDING_NOTICE_EN
from cms.library.models import MethodCard
from sites.platform.models import MaterialsPage, MethodLibraryPage

pytestmark = pytest.mark.django_db
HOST = "lernplattform.localhost"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def library(language):
    return MethodLibraryPage.objects.get(locale__language_code=language)


def pdf_url(language):
    """The path of the PDF (as the pages link it: the host is the platform's)."""
    return f"{urlparse(library(language).url).path}pdf/"


def fetch(client, url, **headers):
    response = client.get(url, HTTP_HOST=HOST, **headers)
    return response


def read(response) -> PdfReader:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    return PdfReader(io.BytesIO(response.content))


def page_texts(reader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def live_cards(language):
    return list(MethodCard.objects.live().filter(locale__language_code=language).in_phase_order())


def test_the_german_pdf_has_a_cover_and_one_page_per_live_card_with_its_details(client):
    response = fetch(client, pdf_url("de"))
    reader = read(response)
    cards = live_cards("de")
    assert len(cards) == 12
    assert len(reader.pages) == len(cards) + 1, "a cover, then one page per card"
    texts = page_texts(reader)
    cover = texts[0]
    assert " ".join(FUNDING_NOTICE_DE.split()) in cover
    assert "WIR GESTALTEN DRESDEN" in cover and "Kreativ Kreis Meißen e.V." in cover
    for number, card in enumerate(cards, start=2):
        page = texts[number - 1]
        assert card.title in page, f"card {card.title} on page {number}"
        assert card.title in cover, "the contents list every card"
        assert card.get_phase_display() in page
        assert f"{card.duration_minutes} Minuten" in page
        assert "Schwierigkeit" in page and "Gruppengröße" in page
        for item in card.materials_list:
            assert " ".join(item.split()) in page
        for step in card.steps:
            assert " ".join(step.value["title"].split()) in page
    assert 'filename="methodenkarten.pdf"' in response["Content-Disposition"]


def test_the_english_pdf_has_the_english_titles(client):
    reader = read(fetch(client, pdf_url("en")))
    cards = live_cards("en")
    assert len(cards) == 12
    text = " ".join(page_texts(reader))
    for card in cards:
        assert card.title in text
    german_only = {c.title for c in live_cards("de")} - {c.title for c in cards}
    assert german_only, "the demo has titles that differ between the languages"
    assert not any(title in text for title in german_only)
    assert " ".join(FUNDING_NOTICE_EN.split()) in page_texts(reader)[0]
    assert "Difficulty" in text and "Group size" in text


def test_the_pdf_follows_a_published_title_change_and_unchanged_answers_304(client):
    first = fetch(client, pdf_url("de"))
    etag = first["ETag"]
    assert fetch(client, pdf_url("de"), HTTP_IF_NONE_MATCH=etag).status_code == 304

    card = MethodCard.objects.get(locale__language_code="de", slug="persona")
    card.title = "Persona (überarbeitet)"
    card.save_revision().publish()

    second = fetch(client, pdf_url("de"), HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 200, "the old version is not confirmed as current"
    assert second["ETag"] != etag
    text = " ".join(page_texts(read(second)))
    assert "Persona (überarbeitet)" in text


def test_a_draft_change_and_an_unpublished_card_stay_out_of_the_pdf(client):
    card = MethodCard.objects.get(locale__language_code="de", slug="persona")
    title = card.title
    card.title = "Entwurfstitel"
    card.save_revision()
    text = " ".join(page_texts(read(fetch(client, pdf_url("de")))))
    assert "Entwurfstitel" not in text and title in text

    card.refresh_from_db()
    card.unpublish()
    reader = read(fetch(client, pdf_url("de")))
    assert len(reader.pages) == 12, "cover and the eleven live cards"
    assert " ".join(card.summary.split()) not in " ".join(page_texts(reader))


def test_a_character_outside_latin_1_does_not_break_the_pdf(client):
    card = MethodCard.objects.get(locale__language_code="de", slug="persona")
    card.title = "Persona → Zielgruppe ✓ 😀"
    card.save_revision().publish()
    text = " ".join(page_texts(read(fetch(client, pdf_url("de")))))
    assert "Persona → Zielgruppe" in text


def test_the_english_pdf_is_saved_under_an_english_name(client):
    response = fetch(client, pdf_url("en"))
    assert 'filename="method-cards.pdf"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("inline")


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_method_library_and_the_materials_page_link_to_the_pdf(client, language):
    soup = BeautifulSoup(fetch(client, urlparse(library(language).url).path).content, "html.parser")
    assert soup.select_one(f'a[href="{pdf_url(language)}"]'), "the method library links to it"

    materials = MaterialsPage.objects.get(locale__language_code=language)
    response = fetch(client, urlparse(materials.url).path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f'a[href="{pdf_url(language)}"]'), "the materials page links to it"
    assert "(Sammlung)" not in response.content.decode(), "no stub PDF of six phase names"
