"""Curators preview library items in the site's layout, in the item's own language; the method
card and tool templates are the detail views the platform will reuse."""

import pytest
from bs4 import BeautifulSoup

from cms.library import factories
from cms.library.models import AITool, InnovationSpace, MethodCard

from .helpers import admin_url, method_form_data

pytestmark = pytest.mark.django_db

HEADLINE = {
    "MethodCard": "title",
    "AITool": "name",
    "Partner": "name",
    "Person": "name",
    "Testimonial": "quote",
    "InnovationSpace": "name",
}
FACTORIES = [
    factories.MethodCardFactory,
    factories.AIToolFactory,
    factories.PartnerFactory,
    factories.PersonFactory,
    factories.TestimonialFactory,
    factories.InnovationSpaceFactory,
]


def preview(client, item) -> BeautifulSoup:
    """The preview of the item's latest revision, as the admin's history shows it."""
    response = client.get(admin_url(type(item), "revisions_view", item.pk, item.latest_revision_id))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def demo(model, locale="de", **lookup):
    return model.objects.get(locale__language_code=locale, **lookup)


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda factory: factory._meta.model.__name__)
def test_each_library_item_previews_in_the_site_layout(curator_client, factory):
    item = factory()
    soup = preview(curator_client, item)
    assert soup.select_one("header.site-header")
    assert "Diese Maßnahme wird mitfinanziert" in soup.select_one("footer").get_text()
    assert getattr(item, HEADLINE[type(item).__name__]) in soup.select_one("main").get_text()


def test_live_preview_shows_unsaved_changes(curator_client):
    method = factories.MethodCardFactory(title="Vor der Änderung")
    url = admin_url(MethodCard, "preview_on_edit", method.pk)
    data = method_form_data(method, title="Im Entwurf geändert")
    assert curator_client.post(url, data).json() == {"is_valid": True, "is_available": True}

    html = curator_client.get(url).content.decode()
    assert "Im Entwurf geändert" in html
    method.refresh_from_db()
    assert method.title == "Vor der Änderung"


def test_method_card_shows_facts_materials_and_steps_in_order(curator_client):
    method = demo(MethodCard, slug="brainwriting-6-3-5")
    soup = preview(curator_client, method)
    article = soup.select_one("article.library-item")
    assert article["lang"] == "de"
    assert article.h1.get_text() == "Brainwriting 6-3-5"
    phase, duration, group_size, difficulty = (
        dd.get_text(" ", strip=True) for dd in article.select("dl.facts dd")
    )
    assert phase == str(method.get_phase_display())
    assert duration.startswith("30 ")
    assert group_size.startswith("6 ")
    assert difficulty == str(method.get_difficulty_display())
    assert [li.get_text() for li in article.select("#method-materials ~ ul li")] == [
        "Ein Formblatt pro Person mit drei Spalten und sechs Zeilen",
        "Stifte",
        "Uhr",
    ]
    assert [h3.get_text() for h3 in article.select("ol.method-steps > li > h3")] == [
        "Frage aufschreiben",
        "Drei Ideen in fünf Minuten",
        "Weitergeben",
        "Auswählen",
    ]
    figure = article.select_one("figure.credited-image")
    assert figure.img["alt"] == method.image.description
    assert figure.select_one(".credited-image__credit").get_text() == method.image.credit


def test_tool_shows_ratings_overall_score_verdict_and_data_protection(curator_client):
    tool = demo(AITool, slug="languagetool")
    soup = preview(curator_client, tool)
    article = soup.select_one("article.library-item")
    assert [meter["value"] for meter in article.select(".ratings meter")] == ["4", "5", "5", "4"]
    assert "4,5" in article.select_one(".rating-overall").get_text()  # German number format
    assert tool.verdict in article.select_one("#tool-verdict").parent.get_text()
    assert tool.data_protection_notes in article.select_one("#tool-data-protection").parent.get_text()
    assert article.select_one("a.button")["href"] == "https://languagetool.org/"
    assert article.select_one("figure.credited-image .credited-image__credit")


def test_english_translation_previews_in_english(curator_client):
    english = demo(MethodCard, "en", slug="brainwriting-6-3-5")
    soup = preview(curator_client, english)
    assert soup.html["lang"] == "en"
    assert soup.select_one("article")["lang"] == "en"
    assert [h3.get_text() for h3 in soup.select("ol.method-steps > li > h3")][0] == "Write down the question"
    assert soup.select_one("figure.credited-image img")["alt"] == english.image.description_en


def test_space_links_to_the_map_with_plain_decimal_coordinates(curator_client):
    space = demo(InnovationSpace, city="Görlitz")
    soup = preview(curator_client, space)
    link = soup.find("a", string="OpenStreetMap")["href"]
    assert "mlat=51.150800&mlon=14.985000" in link
    assert soup.select_one("address").get_text(" ") == f"{space.street} 02826 Görlitz"
    assert space.street.startswith("Musterstraße")  # an invented space has no real address
    assert soup.select_one(".library-item .example-badge")


def test_testimonial_falls_back_to_the_persons_name_and_portrait(curator_client):
    person = factories.PersonFactory(name="Erika Beispiel", job_title="Bäckermeisterin")
    testimonial = factories.TestimonialFactory(person=person, author_name="", author_role="", image=None)
    soup = preview(curator_client, testimonial)
    figure = soup.select_one("figure.testimonial")
    assert figure.select_one(".testimonial__author cite").get_text() == "Erika Beispiel"
    assert figure.select_one(".testimonial__role").get_text() == "Bäckermeisterin"
    assert figure.select_one("img")["alt"] == person.portrait.description
