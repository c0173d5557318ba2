"""The innovation-spaces map in both languages: a schematic SVG map that is drawn the same in
German and English (coordinates are never written with decimal commas), the OpenStreetMap links,
the GeoJSON, and the interactive map that loads tiles only after the visitor's consent."""

import json
import re
from urllib.parse import parse_qs, urlsplit

from django.test import override_settings

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from cms.library.models import InnovationSpace
from sites.hubs.models import InnovationSpacePage

pytestmark = pytest.mark.django_db

HUBS = ["meissen", "lausitz", "erzgebirge"]
LANGUAGES = ["de", "en"]
NUMBER = r"-?\d+(?:\.\d+)?"
TRANSLATE = re.compile(rf"^translate\(({NUMBER})[ ,]\s*({NUMBER})\)$")


def spaces_page(sites, key, language):
    page = InnovationSpacePage.objects.descendant_of(sites[key].root_page).get(locale__language_code="de")
    return page if language == "de" else page.get_translation(Locale.objects.get(language_code=language))


def get_page(client, sites, key, language, path=""):
    page = spaces_page(sites, key, language)
    response = client.get(page.get_url() + path, HTTP_HOST=sites[key].hostname)
    assert response.status_code == 200
    return response


def soup_of(client, sites, key, language):
    return BeautifulSoup(get_page(client, sites, key, language).content, "html.parser")


def region_spaces(sites, key, language):
    return InnovationSpace.objects.live().filter(region=sites[key], locale__language_code=language)


def view_box(svg):
    x, y, width, height = (float(v) for v in svg["viewbox"].split())
    return x, y, width, height


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", HUBS)
def test_markers_have_dot_decimals_and_lie_inside_the_view_box(client, sites, key, language):
    soup = soup_of(client, sites, key, language)
    svg = soup.select_one(".spaces__map svg")
    left, top, width, height = view_box(svg)
    markers = svg.select(".spaces__marker")
    assert len(markers) == region_spaces(sites, key, language).count() == 4
    positions = []
    for marker in markers:
        match = TRANSLATE.match(marker["transform"])
        assert match, f"not a dot-decimal translate(): {marker['transform']!r}"
        x, y = float(match[1]), float(match[2])
        assert left + 10 <= x <= left + width - 10
        assert top + 10 <= y <= top + height - 10
        positions.append((x, y))
    # Spread over the map, not piled up in a corner.
    xs, ys = zip(*positions, strict=True)
    assert max(xs) - min(xs) > width / 4 or max(ys) - min(ys) > height / 4


def test_german_and_english_maps_are_drawn_alike(client, sites):
    drawn = {}
    for language in LANGUAGES:
        svg = soup_of(client, sites, "lausitz", language).select_one(".spaces__map svg")
        drawn[language] = (
            svg["viewbox"],
            [m["transform"] for m in svg.select(".spaces__marker")],
            svg.select_one(".spaces__outline")["d"],
        )
    assert drawn["de"] == drawn["en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marker_has_a_visible_label_and_links_to_its_entry(client, sites, language):
    soup = soup_of(client, sites, "meissen", language)
    entries = soup.select(".spaces__list > li")
    links = soup.select(".spaces__map svg a.spaces__place")
    assert len(links) == len(entries) == 4
    for number, (link, entry) in enumerate(zip(links, entries, strict=True), start=1):
        assert link.select_one(".spaces__marker text").get_text(strip=True) == str(number)
        label = link.select_one(".spaces__label").get_text(strip=True)
        city = entry.select_one("address").get_text()
        assert label and label in city
        assert link["href"] == f"#{entry['id']}"
        # The list is the legend: its numbers are the markers' numbers.
        assert entry.select_one(".spaces__number").get_text(strip=True) == str(number)
        assert entry.select_one("h2").get_text(strip=True) in link.select_one("title").get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_region_outline_is_drawn_and_labelled(client, sites, language):
    soup = soup_of(client, sites, "erzgebirge", language)
    svg = soup.select_one(".spaces__map svg")
    outline = svg.select_one("path.spaces__outline")
    assert re.fullmatch(rf"M{NUMBER},{NUMBER}(?: L{NUMBER},{NUMBER}){{5,}} Z", outline["d"])
    label = svg.select_one(".spaces__region-label").get_text(strip=True)
    assert "Erzgebirge" in label
    _left, _top, width, height = view_box(svg)
    for pair in re.findall(rf"{NUMBER},{NUMBER}", outline["d"]):
        x, y = (float(v) for v in pair.split(","))
        assert 0 <= x <= width and 0 <= y <= height
    # The caption says what the outline is (no district boundary is pretended).
    assert soup.select_one(".spaces__map figcaption .spaces__key")


@pytest.mark.parametrize("language", LANGUAGES)
def test_openstreetmap_links_have_dot_decimals(client, sites, language):
    soup = soup_of(client, sites, "lausitz", language)
    spaces = {s.name: s for s in region_spaces(sites, "lausitz", language)}
    links = soup.select('.spaces__list a[href^="https://www.openstreetmap.org/"]')
    assert len(links) == 4
    for link in links:
        url = urlsplit(link["href"])
        query = parse_qs(url.query)
        latitude, longitude = float(query["mlat"][0]), float(query["mlon"][0])
        zoom, fragment_lat, fragment_lon = url.fragment.removeprefix("map=").split("/")
        assert (float(fragment_lat), float(fragment_lon)) == (latitude, longitude)
        assert "," not in link["href"]
        space = spaces[link.find_parent("li").select_one("h2").get_text(strip=True)]
        assert (latitude, longitude) == (float(space.latitude), float(space.longitude))


@pytest.mark.parametrize("language", LANGUAGES)
def test_geojson_coordinates_are_numbers(client, sites, language):
    response = get_page(client, sites, "meissen", language, "geojson/")
    assert not re.search(rb"\d,\d", response.content)
    data = json.loads(response.content)
    assert len(data["features"]) == 4
    for feature in data["features"]:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert isinstance(longitude, float) and isinstance(latitude, float)
        assert 11.8 < longitude < 15.1 and 50.1 < latitude < 51.7


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interactive_map_waits_for_consent(client, sites, language):
    soup = soup_of(client, sites, "meissen", language)
    figure = soup.select_one(".spaces__map[data-consent]")
    consent = figure.select_one(".spaces__consent")
    # Hidden until the script shows it: without JavaScript the schematic map is all there is.
    assert consent.has_attr("hidden")
    assert "OpenStreetMap" in consent.get_text()
    privacy = consent.select_one("a.spaces__privacy")
    assert privacy["href"].startswith(f"/{language}/")
    assert client.get(privacy["href"], HTTP_HOST=sites["meissen"].hostname).status_code == 200
    assert consent.select_one("button[data-consent-button]")
    # Nothing from the tile server in the page itself: the tile URL is data for the script.
    assert "tile.openstreetmap.org" not in str(soup.select("img"))
    config = json.loads(soup.select_one("script#spaces-map-config").string)
    assert config["tiles"]["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert "OpenStreetMap" in config["tiles"]["attribution"]
    names = [entry.select_one("h2").get_text(strip=True) for entry in soup.select(".spaces__list > li")]
    features = config["spaces"]["features"]
    assert [f["properties"]["name"] for f in features] == names
    assert [f["properties"]["number"] for f in features] == [1, 2, 3, 4]
    assert all(isinstance(c, float) for f in features for c in f["geometry"]["coordinates"])


def test_no_inline_script_and_leaflet_is_served_from_our_static_files(client, sites):
    soup = soup_of(client, sites, "meissen", "de")
    for script in soup.select("script"):
        assert script.get("src") or script.get("type") == "application/json", script
    sources = [s["src"] for s in soup.select("script[src]")]
    assert any(src.endswith("leaflet-1.9.4/leaflet.js") for src in sources)
    assert all(src.startswith("/static/") for src in sources)
    stylesheets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    assert any(href.endswith("leaflet-1.9.4/leaflet.css") for href in stylesheets)


def test_the_policy_lets_only_the_tile_server_in(client, sites):
    response = get_page(client, sites, "meissen", "de")
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip()
    )
    assert "https://tile.openstreetmap.org" in policy["img-src"].split()
    assert "openstreetmap" not in policy["script-src"] + policy["connect-src"]


@override_settings(
    CIMIS_MAP_TILE_URL="https://tiles.example.org/osm/{z}/{x}/{y}.png",
    CIMIS_MAP_TILE_ATTRIBUTION="Tiles: Example",
    CIMIS_MAP_TILE_PROVIDER="Example Tiles",
    PAGE_CACHE_SECONDS=0,  # not the page an earlier test had rendered with the default tiles
)
def test_the_tile_server_is_configurable(client, sites):
    soup = soup_of(client, sites, "meissen", "en")
    config = json.loads(soup.select_one("script#spaces-map-config").string)
    assert config["tiles"] == {
        "url": "https://tiles.example.org/osm/{z}/{x}/{y}.png",
        "attribution": "Tiles: Example",
    }
    assert "Example Tiles" in soup.select_one(".spaces__consent").get_text()


def test_a_region_with_one_space_is_still_a_map(client, sites):
    kept = region_spaces(sites, "erzgebirge", "de").order_by("city", "name").first()
    for space in region_spaces(sites, "erzgebirge", "de").exclude(pk=kept.pk):
        space.unpublish()
    svg = soup_of(client, sites, "erzgebirge", "de").select_one(".spaces__map svg")
    _left, _top, width, height = view_box(svg)
    (marker,) = svg.select(".spaces__marker")
    x, y = (float(v) for v in TRANSLATE.match(marker["transform"]).groups())
    assert abs(x - width / 2) < width / 4 and abs(y - height / 2) < height / 4
    assert svg.select_one("path.spaces__outline")


@pytest.mark.parametrize("language", LANGUAGES)
def test_api_space_coordinates_are_locale_independent(client, sites, language):
    response = client.get(
        "/api/v2/spaces/",
        {"locale": language, "fields": "latitude,longitude", "limit": 100},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert items
    for item in items:
        for value in (item["latitude"], item["longitude"]):
            assert re.fullmatch(NUMBER, str(value)), value
            assert 11 < float(value) < 52


def test_labels_never_cover_each_other_or_leave_the_map():
    """Twelve places crowded into a few towns: every label that is drawn stays on the map and
    covers no marker and no other label; the rest keep their number (and the list)."""
    from types import SimpleNamespace

    from sites.hubs.models.spaces import MARKER_RADIUS, _overlap, schematic_map

    towns = [
        ("Annaberg-Buchholz", 50.58, 13.00),
        ("Aue-Bad Schlema", 50.59, 12.70),
        ("Zwönitz", 50.63, 12.81),
    ]
    spaces = [
        SimpleNamespace(city=name, latitude=lat + i * 0.004, longitude=lon + (i % 2) * 0.01)
        for i in range(4)
        for name, lat, lon in towns
    ]
    drawn = schematic_map(spaces)
    assert [m["number"] for m in drawn["markers"]] == list(range(1, 13))
    circles = [
        (m["x"] - MARKER_RADIUS, m["y"] - MARKER_RADIUS, m["x"] + MARKER_RADIUS, m["y"] + MARKER_RADIUS)
        for m in drawn["markers"]
    ]
    shown = [m for m in drawn["markers"] if m["label_shown"]]
    assert len(shown) >= 3
    boxes = []
    for marker in shown:
        left, top, right, bottom = box = marker["label_box"]
        assert left >= 0 and right <= drawn["width"] and top >= 0 and bottom <= drawn["height"]
        assert marker["lx"] == f"{marker['label_x']:.1f}"
        own = drawn["markers"].index(marker)
        assert all(_overlap(box, c) == 0 for i, c in enumerate(circles) if i != own)
        assert all(_overlap(box, other) == 0 for other in boxes)
        boxes.append(box)
