"""The innovation spaces' map in a browser, in German and English, on a desktop and a phone: the
schematic map before consent (markers inside the map, each labelled), the OpenStreetMap links,
and the interactive Leaflet map after the visitor's consent, with its tiles answered by a stub.
Nothing may leave the machine: any request to a host that is not loopback fails the test."""

import re
import struct
import zlib
from urllib.parse import parse_qs, urlsplit

from django.conf import settings

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from cms.core.sites import site_for_key
from cms.library.models import InnovationSpace
from sites.hubs.models import InnovationSpacePage

from .conftest import VIEWPORTS, csp_violations, screenshot

LOOPBACK = re.compile(r"^(127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost|\[::1\])$")


def png(width: int = 8, height: int = 8, rgb=(232, 238, 226)) -> bytes:
    """A small plain PNG: the stand-in for every map tile."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def tile_pattern() -> re.Pattern:
    """The configured tile URL template as a regular expression."""
    parts = re.split(r"(\{[a-z]\})", settings.CIMIS_MAP_TILE_URL)
    return re.compile(
        "^"
        + "".join(
            r"[a-z0-9-]+"
            if p in ("{s}", "{r}")
            else r"\d+"
            if re.fullmatch(r"\{[xyz]\}", p)
            else re.escape(p)
            for p in parts
        )
        + "$"
    )


class Offline:
    """Routes a page so that loopback requests go through, tile requests get the stub PNG and
    anything else is refused and recorded (the test then fails)."""

    def __init__(self, page):
        self.tiles: list[str] = []
        self.escaped: list[str] = []
        tiles = tile_pattern()
        tile = png()

        def guard(route):
            url = route.request.url
            if tiles.match(url):
                self.tiles.append(url)
                route.fulfill(status=200, content_type="image/png", body=tile)
            elif LOOPBACK.match(urlsplit(url).hostname or ""):
                route.continue_()
            else:
                self.escaped.append(url)
                route.abort("blockedbyclient")

        page.route("**/*", guard)


def _root(key):
    return site_for_key(key).root_page


def spaces_path(key: str, language: str) -> str:
    page = InnovationSpacePage.objects.descendant_of(_root(key)).get(locale__language_code="de")
    if language != "de":
        page = page.get_translation(Locale.objects.get(language_code=language))
    return page.get_url_parts()[2]


def names_in_order(key: str, language: str) -> list[str]:
    region = _root(key).get_site()
    spaces = InnovationSpace.objects.live().filter(region=region, locale__language_code=language)
    return [s.name for s in spaces.order_by("city", "name")]


def inside(box, frame, slack: float = 0.5) -> bool:
    return (
        box["x"] >= frame["x"] - slack
        and box["y"] >= frame["y"] - slack
        and box["x"] + box["width"] <= frame["x"] + frame["width"] + slack
        and box["y"] + box["height"] <= frame["y"] + frame["height"] + slack
    )


def overlap(a, b) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@pytest.mark.parametrize("key", ["meissen", "lausitz", "erzgebirge"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_schematic_map_and_then_the_interactive_map(new_page, site_url, viewport, language, key):
    page = new_page(locale="de-DE" if language == "de" else "en-GB")
    offline = Offline(page)
    page.goto(site_url(key, spaces_path(key, language)))
    expect(page.locator("html")).to_have_attribute("lang", language)
    names = names_in_order(key, language)

    # Before consent: the schematic map, its markers inside it, each with a visible label
    # that overlaps no other label or marker.
    svg = page.locator(".spaces__schematic")
    expect(svg).to_be_visible()
    screenshot(page, viewport, f"spaces-map-{key}-{language}-schematic")
    frame = svg.bounding_box()
    markers = page.locator(".spaces__marker")
    expect(markers).to_have_count(len(names))
    boxes = []
    for index in range(len(names)):
        marker = markers.nth(index).bounding_box()
        label = page.locator(".spaces__label").nth(index)
        expect(label).to_be_visible()
        assert label.text_content().strip()
        assert inside(marker, frame), (marker, frame)
        assert inside(label.bounding_box(), frame), (label.text_content(), label.bounding_box(), frame)
        boxes += [marker, label.bounding_box()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlap(a, b), (a, b)
    expect(page.locator(".spaces__outline")).to_be_visible()
    expect(page.locator(".spaces__region-label")).to_have_text(re.compile(r"\w"))

    # OpenStreetMap links: dot decimals that parse as numbers.
    links = page.locator('.spaces__list a[href^="https://www.openstreetmap.org/"]')
    expect(links).to_have_count(len(names))
    for href in [links.nth(i).get_attribute("href") for i in range(len(names))]:
        query = parse_qs(urlsplit(href).query)
        assert re.fullmatch(r"-?\d+\.\d+", query["mlat"][0]) and re.fullmatch(r"-?\d+\.\d+", query["mlon"][0])
        assert 50 < float(query["mlat"][0]) < 52 and 11 < float(query["mlon"][0]) < 16

    # The consent box names the tile server and links to the privacy policy; no tile yet.
    consent = page.locator(".spaces__consent")
    expect(consent).to_be_visible()
    expect(consent).to_contain_text("OpenStreetMap")
    expect(consent.locator("a.spaces__privacy")).to_have_attribute("href", re.compile(rf"^/{language}/"))
    assert offline.tiles == []

    # After consent: the Leaflet map with the stubbed tiles and a marker per space.
    button = consent.locator("button[data-consent-button]")
    expect(button).to_contain_text("OpenStreetMap")
    button.click()
    leaflet = page.locator(".spaces__leaflet")
    expect(leaflet).to_be_visible()
    expect(svg).to_be_hidden()
    expect(consent).to_have_count(0)
    expect(leaflet.locator("img.leaflet-tile-loaded").first).to_be_visible()
    assert offline.tiles
    pins = leaflet.locator(".leaflet-marker-icon.spaces__pin")
    expect(pins).to_have_count(len(names))
    map_box = leaflet.bounding_box()
    for index in range(len(names)):
        expect(pins.nth(index)).to_have_text(str(index + 1))
        assert inside(pins.nth(index).bounding_box(), map_box)
    expect(leaflet.locator(".leaflet-control-attribution")).to_contain_text("OpenStreetMap")
    pins.first.click()
    expect(leaflet.locator(".leaflet-popup-content")).to_contain_text(names[0])
    screenshot(page, viewport, f"spaces-map-{key}-{language}-interactive")

    assert csp_violations(page) == []
    assert offline.escaped == []


def test_without_javascript_the_schematic_map_is_all_there_is(new_context, site_url, viewport):
    context = new_context(**VIEWPORTS[viewport], locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    offline = Offline(page)
    page.goto(site_url("meissen", spaces_path("meissen", "de")))
    expect(page.locator(".spaces__schematic")).to_be_visible()
    expect(page.locator(".spaces__label")).to_have_count(4)
    expect(page.locator(".spaces__consent")).to_be_hidden()
    # A marker leads to its entry in the list.
    page.locator("a.spaces__place").nth(1).click()
    assert re.search(r"#space-\d+$", page.url)
    expect(page.locator(".spaces__list > li:target h2")).to_be_visible()
    screenshot(page, viewport, "spaces-map-meissen-de-no-javascript")
    assert offline.tiles == [] and offline.escaped == []
