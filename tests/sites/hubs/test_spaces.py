"""The innovation-spaces page: the region's spaces on a map, and as GeoJSON."""

import json

import pytest
from bs4 import BeautifulSoup

from cms.library.models import InnovationSpace
from sites.hubs.models import InnovationSpacePage

pytestmark = pytest.mark.django_db


def page_of(sites, key):
    return InnovationSpacePage.objects.descendant_of(sites[key].root_page).get()


def test_page_lists_only_its_regions_spaces_with_a_numbered_map(client, sites):
    page = page_of(sites, "lausitz")
    soup = BeautifulSoup(client.get(page.get_url(), HTTP_HOST="lausitz.localhost").content, "html.parser")
    names = [h.get_text(strip=True) for h in soup.select(".spaces__list h2")]
    expected = InnovationSpace.objects.live().filter(region=sites["lausitz"], locale__language_code="de")
    assert sorted(names) == sorted(expected.values_list("name", flat=True))
    assert len(names) == 4
    markers = soup.select(".spaces__marker")
    assert [m.text.strip() for m in markers] == ["1", "2", "3", "4"]
    assert soup.select_one("svg title").get_text()


def test_geojson_is_a_valid_feature_collection_of_the_region(client, sites):
    page = page_of(sites, "erzgebirge")
    response = client.get(page.get_url() + "geojson/", HTTP_HOST="erzgebirge.localhost")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 4
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        # Inside Saxony, longitude first (RFC 7946).
        assert 11.8 < longitude < 15.1
        assert 50.1 < latitude < 51.7
        assert feature["properties"]["name"]


def test_english_geojson_speaks_english(client, sites, locale_en):
    page = page_of(sites, "meissen").get_translation(locale_en)
    data = json.loads(client.get(page.get_url() + "geojson/", HTTP_HOST="meissen.localhost").content)
    kinds = {feature["properties"]["kind_label"] for feature in data["features"]}
    assert kinds <= {"Makerspace", "Co-working space", "Digital lab"}
    assert {feature["properties"]["locale"] for feature in data["features"]} == {"en"}


def test_a_draft_space_is_not_on_the_map(client, sites):
    page = page_of(sites, "meissen")
    space = InnovationSpace.objects.live().filter(region=sites["meissen"], locale__language_code="de").first()
    space.unpublish()
    data = json.loads(client.get(page.get_url() + "geojson/", HTTP_HOST="meissen.localhost").content)
    assert space.name not in [feature["properties"]["name"] for feature in data["features"]]
