"""The demo library (DESIGN §4): 12 method cards, 10 rated AI tools, the partners, people,
testimonials (the project lead's two quotes and four of the demo matches') and 4 innovation
spaces per hub region, in German with live English translations."""

from collections import Counter

from wagtail.models import Revision

import pytest

from cms.core.models import CMSImage, SiteSettings
from cms.library import models as library
from cms.library.models import RATING_FIELDS, AITool, InnovationSpace, MethodCard, Partner, Person, Phase

pytestmark = pytest.mark.django_db

LIBRARY_MODELS = [MethodCard, AITool, Partner, Person, library.Testimonial, InnovationSpace]


def german(model):
    return model.objects.live().in_locale("de")


def test_demo_has_twelve_method_cards_two_in_each_phase():
    cards = german(MethodCard)
    assert cards.count() == 12
    assert Counter(cards.values_list("phase", flat=True)) == dict.fromkeys(Phase.values, 2)
    for card in cards:
        assert len(card.steps) >= 3
        assert card.materials_list
        assert card.image.credit


def test_demo_has_ten_ai_tools_with_every_rating_and_a_verdict():
    tools = german(AITool)
    assert tools.count() == 10
    assert {"ChatGPT", "DeepL", "LanguageTool", "Mistral Le Chat"} <= set(
        tools.values_list("name", flat=True)
    )
    for tool in tools:
        assert all(1 <= getattr(tool, name) <= 5 for name in RATING_FIELDS)
        assert tool.verdict
        assert tool.data_protection_notes
        assert tool.evaluated_on


def test_demo_has_four_innovation_spaces_in_each_hub_region(sites):
    for key in ("meissen", "lausitz", "erzgebirge"):
        assert german(InnovationSpace).for_region(sites[key]).count() == 4
    assert german(InnovationSpace).for_region(sites["platform"]).count() == 0


def test_demo_has_the_leads_quotes_and_match_testimonials_by_people_of_the_library():
    testimonials = german(library.Testimonial)
    assert testimonials.count() == 6
    assert all(testimonial.person_id for testimonial in testimonials)
    lead = testimonials.filter(person__name="Juliane Waidhas")
    assert lead.count() == 2 and not lead.filter(is_example=True).exists()
    assert testimonials.exclude(person__name="Juliane Waidhas").filter(is_example=True).count() == 4


def test_demo_partners_are_the_four_network_partners_and_a_funder(sites):
    partners = german(Partner)
    network = partners.of_kind("network_partner")
    assert set(network.values_list("name", flat=True)) == {
        "WIR GESTALTEN DRESDEN",
        "Kreativ Kreis Meißen e.V.",
        "Kreative Lausitz",
        "Kreatives Erzgebirge",
    }
    assert network.get(name="Kreative Lausitz").region == sites["lausitz"]
    assert partners.of_kind("funder").exists()


def test_demo_has_a_coordinator_in_each_hub_region_and_creatives(sites):
    coordinators = german(Person).with_role("coordinator")
    for key in ("meissen", "lausitz", "erzgebirge"):
        assert coordinators.for_region(sites[key]).exists()
    assert german(Person).with_role("creative").count() >= 3


@pytest.mark.parametrize("model", LIBRARY_MODELS, ids=lambda model: model.__name__)
def test_every_demo_item_has_a_live_english_translation(model, locale_en):
    items = german(model)
    assert items.exists()
    for item in items:
        english = item.get_translation(locale_en)
        assert english.live
        assert not english.has_unpublished_changes


def test_english_translations_carry_english_text(locale_en):
    card = MethodCard.objects.get(slug="nutzerinterview", locale__language_code="de").get_translation(
        locale_en
    )
    assert card.title == "User interview"
    assert card.slug == "user-interview"
    assert card.steps[0].value["title"] == "Write a guide"
    assert card.materials_list[0] == "Interview guide with open questions"
    assert card.phase == Phase.OBSERVE
    tool = AITool.objects.get(slug="deepl", locale__language_code="de").get_translation(locale_en)
    assert tool.verdict.startswith("The first choice")
    assert tool.usefulness == 4


def test_demo_library_images_are_in_the_platforms_collection_with_credit_and_alt_text(sites):
    collection = SiteSettings.for_site(sites["platform"]).collection
    images = CMSImage.objects.filter(
        pk__in=[card.image_id for card in german(MethodCard)] + [tool.logo_id for tool in german(AITool)]
    )
    assert images.count() == 22
    for image in images:
        assert image.collection == collection
        assert image.credit
        assert image.description
        assert image.description_en


def test_demo_items_have_one_published_revision_each():
    for model in LIBRARY_MODELS:
        for item in german(model):
            assert item.live_revision_id == item.latest_revision_id
            assert Revision.objects.for_instance(item).count() == 1
