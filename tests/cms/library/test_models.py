"""The library's named queries, validation, search and GeoJSON: what pages and the API call."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from wagtail.models import Locale

import pytest

from cms.core.sites import site_for_key
from cms.library import factories
from cms.library import models as library
from cms.library.models import AITool, InnovationSpace, MethodCard, Person, Phase

pytestmark = pytest.mark.django_db


def test_live_leaves_out_drafts():
    live = factories.MethodCardFactory()
    draft = factories.MethodCardFactory(live=False)
    cards = MethodCard.objects.live()
    assert live in cards
    assert draft not in cards


def test_in_locale_takes_a_locale_or_a_language_code(locale_en):
    by_code = set(MethodCard.objects.in_locale("en"))
    assert by_code == set(MethodCard.objects.in_locale(locale_en))
    assert len(by_code) == 12
    assert {card.locale for card in by_code} == {locale_en}
    assert not MethodCard.objects.in_locale("fr").exists()


def test_localized_stands_in_the_german_item_until_its_translation_is_live(locale_de, locale_en):
    untranslated = factories.AIToolFactory(name="Nur auf Deutsch")
    english = set(AITool.objects.live().localized(locale_en))
    assert untranslated in english
    assert len(english) == 11
    assert {tool.locale for tool in english} == {locale_en, locale_de}
    assert AITool.objects.get(slug="deepl", locale=locale_de) not in english
    assert set(AITool.objects.live().localized("de")) == set(AITool.objects.live().in_locale(locale_de))


def test_in_phase_order_runs_from_understand_to_test():
    phases = list(MethodCard.objects.live().in_locale("de").in_phase_order().values_list("phase", flat=True))
    assert phases == [phase for phase in Phase.values for _ in range(2)]


def test_with_overall_score_sorts_by_the_mean_rating_in_the_database():
    middling = factories.AIToolFactory(usefulness=3, ease_of_use=3, data_protection=3, cost=3)
    best = factories.AIToolFactory(usefulness=5, ease_of_use=5, data_protection=4, cost=5)
    worst = factories.AIToolFactory(usefulness=1, ease_of_use=2, data_protection=1, cost=1)
    tools = AITool.objects.filter(pk__in=[middling.pk, best.pk, worst.pk]).with_overall_score()
    ordered = list(tools.order_by("-overall_score"))
    assert ordered == [best, middling, worst]
    assert [tool.overall_score for tool in ordered] == [4.75, 3.0, 1.25]
    assert list(tools.filter(overall_score__gte=3).order_by("overall_score")) == [middling, best]


def test_overall_score_without_the_annotation_is_the_same_mean():
    tool = factories.AIToolFactory(usefulness=5, ease_of_use=4, data_protection=2, cost=4)
    assert AITool.objects.get(pk=tool.pk).overall_score == 3.75
    assert AITool.objects.with_overall_score().get(pk=tool.pk).overall_score == 3.75


def test_the_database_refuses_ratings_outside_one_to_five():
    tool = factories.AIToolFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AITool.objects.filter(pk=tool.pk).update(cost=9)


@pytest.mark.parametrize("field, value", [("latitude", Decimal("90.1")), ("longitude", Decimal("-180.5"))])
def test_coordinates_out_of_range_fail_validation(field, value):
    space = factories.InnovationSpaceFactory.build(**{field: value}, image=None)
    with pytest.raises(ValidationError) as error:
        space.full_clean()
    assert field in error.value.message_dict


def test_a_space_in_the_platforms_region_fails_validation():
    space = factories.InnovationSpaceFactory.build(region=site_for_key("platform"), image=None)
    with pytest.raises(ValidationError) as error:
        space.full_clean()
    assert "region" in error.value.message_dict


def test_slugs_are_unique_per_language(locale_en):
    factories.MethodCardFactory(slug="fuenf-warum")
    with pytest.raises(ValidationError) as error:
        factories.MethodCardFactory.build(slug="fuenf-warum", image=None).full_clean()
    assert "__all__" in error.value.message_dict
    factories.MethodCardFactory.build(slug="fuenf-warum", image=None, locale=locale_en).full_clean()


def test_a_testimonial_needs_a_person_or_a_name():
    with pytest.raises(ValidationError) as error:
        factories.TestimonialFactory.build(author_name="", person=None).full_clean()
    assert "author_name" in error.value.message_dict


def test_a_testimonial_by_a_person_takes_their_name_role_and_portrait():
    partner = factories.PartnerFactory(name="Bäckerei Sonnenschein")
    person = factories.PersonFactory(name="Erika Beispiel", job_title="Inhaberin", organisation=partner)
    testimonial = factories.TestimonialFactory(person=person, author_name="", author_role="")
    assert testimonial.author == "Erika Beispiel"
    assert testimonial.role == "Inhaberin, Bäckerei Sonnenschein"
    assert testimonial.picture == person.portrait
    assert str(testimonial).endswith("– Erika Beispiel")


def test_a_person_cannot_belong_to_an_organisation_in_another_language(locale_en):
    english_partner = factories.PartnerFactory(locale=locale_en)
    with pytest.raises(ValidationError) as error:
        factories.PersonFactory.build(organisation=english_partner, portrait=None).full_clean()
    assert "organisation" in error.value.message_dict


def test_an_english_person_links_to_the_english_organisation(locale_en):
    english = Person.objects.get(name="Katrin Böhme", locale=locale_en)
    assert english.organisation.locale == locale_en
    assert english.organisation.translation_key == (
        Person.objects.get(name="Katrin Böhme", locale=Locale.get_default()).organisation.translation_key
    )


def test_a_space_is_a_geojson_point_with_longitude_first():
    space = factories.InnovationSpaceFactory(name="Digitallabor Aue", city="Aue-Bad Schlema")
    feature = space.geojson_feature()
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [13.0039, 50.5796]}
    assert feature["properties"]["name"] == "Digitallabor Aue"
    assert feature["properties"]["kind"] == "makerspace"
    assert feature["properties"]["region"] == "CIMIS Hub Erzgebirge"
    assert feature["properties"]["address"] == "Markt 1, 09456 Aue-Bad Schlema"


def test_a_hubs_spaces_make_a_feature_collection():
    spaces = InnovationSpace.objects.live().in_locale("de").for_region(site_for_key("meissen"))
    collection = library.feature_collection(spaces.select_related("region", "locale"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 4
    for feature in collection["features"]:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert 50.1 < latitude < 51.7  # in Saxony
        assert 11.8 < longitude < 15.1


def test_search_finds_a_method_by_the_text_of_a_step():
    results = MethodCard.objects.live().in_locale("de").search("Strichfiguren")
    assert [card.slug for card in results] == ["storyboard"]


def test_search_filters_by_phase_and_language():
    results = MethodCard.objects.live().in_locale("en").filter(phase=Phase.TEST).search("prototype")
    assert {card.slug for card in results} == {"feedback-capture-grid", "think-aloud-test"}


def test_search_finds_a_tool_by_vendor_and_a_space_by_town():
    assert [tool.name for tool in AITool.objects.live().in_locale("de").search("LanguageTooler")] == [
        "LanguageTool"
    ]
    spaces = InnovationSpace.objects.live().in_locale("de").filter(kind="makerspace").search("Görlitz")
    assert [space.city for space in spaces] == ["Görlitz"]


def test_search_leaves_out_drafts():
    factories.AIToolFactory(name="Geheimwerkzeug", live=False)
    assert list(AITool.objects.live().search("Geheimwerkzeug")) == []
    assert [tool.name for tool in AITool.objects.search("Geheimwerkzeug")] == ["Geheimwerkzeug"]
