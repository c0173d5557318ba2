"""The library endpoints: live items, locale with fallback, filters, order, search."""

from wagtail.models import Locale

import pytest

from cms.library.factories import AIToolFactory, MethodCardFactory
from cms.library.models import AITool, MethodCard, Phase

from .helpers import api_get, ids, items

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "endpoint", ["methods/", "tools/", "partners/", "people/", "spaces/", "testimonials/"]
)
def test_every_library_endpoint_lists_live_items_with_locale_and_translations(client, endpoint):
    data = api_get(client, endpoint, {"fields": "*", "limit": 100}).json()
    assert data["meta"]["total_count"] == len(data["items"]) > 0
    first = data["items"][0]
    assert first["meta"]["locale"] in {"de", "en"}
    assert isinstance(first["meta"]["translations"], list)
    detail = client.get(first["meta"]["detail_url"]).json()
    assert detail["id"] == first["id"]


def test_filter_methods_by_phase(client):
    ideate = items(api_get(client, "methods/", {"phase": "ideate", "fields": "phase", "limit": 100}))
    assert ideate and {item["phase"] for item in ideate} == {"ideate"}
    assert len(ideate) == MethodCard.objects.filter(live=True, phase=Phase.IDEATE).count()


def test_filter_with_search_uses_the_declared_filter_fields(client):
    MethodCardFactory(title="Kamelmethode", phase=Phase.TEST)
    MethodCardFactory(title="Kamelmethode Zwei", phase=Phase.IDEATE)
    found = items(api_get(client, "methods/", {"search": "Kamelmethode", "phase": "test", "fields": "title"}))
    assert [item["title"] for item in found] == ["Kamelmethode"]


def test_tool_catalogue_sorted_by_rating(client):
    AIToolFactory(name="Spitzenwerkzeug", usefulness=5, ease_of_use=5, data_protection=5, cost=5)
    tools = items(
        api_get(client, "tools/", {"order": "-overall_score", "locale": "de", "fields": "name,overall_score"})
    )
    scores = [tool["overall_score"] for tool in tools]
    assert scores == sorted(scores, reverse=True)
    assert tools[0]["name"] == "Spitzenwerkzeug"


def test_english_catalogue_falls_back_to_german_items_with_their_real_locale(client):
    untranslated = MethodCardFactory(title="Nur deutsch")
    english = items(api_get(client, "methods/", {"locale": "en", "limit": 100, "fields": "title"}))
    by_id = {item["id"]: item for item in english}
    assert by_id[untranslated.pk]["meta"]["locale"] == "de"
    # Translated items come in English, never twice.
    translation_keys = MethodCard.objects.filter(pk__in=by_id).values_list("translation_key", flat=True)
    assert len(set(translation_keys)) == len(by_id)
    english_locale = Locale.objects.get(language_code="en")
    assert MethodCard.objects.filter(pk__in=by_id, locale=english_locale).exists()


def test_german_catalogue_has_only_german_items(client):
    german = items(api_get(client, "tools/", {"locale": "de", "limit": 100}))
    assert {item["meta"]["locale"] for item in german} == {"de"}
    assert len(german) == AITool.objects.filter(live=True, locale__language_code="de").count()


def test_filter_spaces_by_region_host_name(client, sites):
    spaces = items(
        api_get(client, "spaces/", {"region": "lausitz.localhost", "fields": "region", "limit": 100})
    )
    assert spaces and {space["region"]["id"] for space in spaces} == {sites["lausitz"].pk}


def test_search_finds_library_items(client):
    tool = AIToolFactory(name="Einhornschreiber")
    assert ids(api_get(client, "tools/", {"search": "Einhornschreiber"})) == [tool.pk]


def test_search_in_the_english_catalogue_includes_untranslated_items(client):
    untranslated = MethodCardFactory(title="Zebrastreifen-Methode")
    found = items(api_get(client, "methods/", {"locale": "en", "search": "Zebrastreifen", "fields": "title"}))
    assert [(item["id"], item["meta"]["locale"]) for item in found] == [(untranslated.pk, "de")]
    english = items(api_get(client, "methods/", {"locale": "en", "search": "interview", "limit": 100}))
    assert english and {item["meta"]["locale"] for item in english} <= {"en", "de"}
