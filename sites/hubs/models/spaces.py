import math

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from cms.core import request_memo
from cms.core.models import BasePage
from cms.library.models import InnovationSpace
from cms.library.models.spaces import feature_collection

#: The schematic map's drawing area (SVG user units), the margin kept free at its edges, the
#: band at the top for the region's label, and how far the outline stays from the places.
MAP_WIDTH, MAP_HEIGHT, MAP_MARGIN, MAP_LABEL_BAND, OUTLINE_PADDING = 560, 420, 12, 38, 40
#: Places closer together than this (degrees of latitude, about 22 km) are not spread further
#: apart: one space, or several in one town, sit in the middle at a sensible scale.
MIN_SPAN = 0.2
MIN_MAP_HEIGHT = 300
#: Sizes in SVG units: on a phone the map is about 360 px wide, so a label is about 13 px high.
MARKER_RADIUS, LABEL_SIZE = 16, 18


def _number(value: float) -> str:
    """A coordinate for SVG: always a dot as the decimal mark, whatever the active language."""
    return f"{value:.1f}"


def _hull(points):
    """The convex hull (Andrew's monotone chain), counter-clockwise in screen coordinates."""
    points = sorted(set(points))
    if len(points) <= 2:
        return points

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _rounded_outline(points, padding: float, corners: int = 24):
    """The outline around the places: their convex hull grown by ``padding`` on every side
    (straight edges, round corners), as a polygon: the hull of a circle round each place."""
    circle = [
        (padding * math.cos(2 * math.pi * i / corners), padding * math.sin(2 * math.pi * i / corners))
        for i in range(corners)
    ]
    return _hull([(round(x + dx, 1), round(y + dy, 1)) for x, y in set(points) for dx, dy in circle])


SIDES = (
    "right", "left", "below", "above",
    "below-right", "above-right", "below-left", "above-left",
    "right-high", "right-low", "left-high", "left-low",
)  # fmt: skip


def _label_box(x, y, text, side):
    """The box a marker's label takes up on ``side`` of the marker at (x, y)."""
    # Measured for a bold sans-serif with its white halo (DejaVu Sans Bold: 0.8 em a letter).
    width, height = 0.8 * LABEL_SIZE * len(text) + 4, LABEL_SIZE + 8
    gap = MARKER_RADIUS + 8
    if side.startswith("right"):
        left = x + gap
    elif side.startswith("left"):
        left = x - gap - width
    elif side.endswith("right"):
        left = x + MARKER_RADIUS * 0.7
    elif side.endswith("left"):
        left = x - MARKER_RADIUS * 0.7 - width
    else:
        left = x - width / 2
    if side in ("right", "left"):
        top = y - height / 2
    elif side.endswith("high"):
        top = y - height
    elif side.endswith("low"):
        top = y
    elif side.startswith("below"):
        top = y + gap - 6
    else:
        top = y - gap + 2 - height
    return (left, top, left + width, top + height)


def _overlap(a, b) -> float:
    """The area two boxes share."""
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


def _outside(box, height) -> float:
    """How much of the box is off the map (or in the region label's band at the top)."""
    inner = (MAP_MARGIN / 2, MAP_LABEL_BAND, MAP_WIDTH - MAP_MARGIN / 2, height - MAP_MARGIN / 2)
    return (box[2] - box[0]) * (box[3] - box[1]) - _overlap(box, inner)


def _place_labels(markers, height, passes: int = 12):
    """Put each label beside its marker where it stays on the map and covers no other marker
    or label: first each on its first free side (right, left, below, above, then the
    corners), then, marker by marker, moved to the side that covers least until nothing
    improves. Where no side is free, the label goes where it covers least."""
    circles = [
        (m["x"] - MARKER_RADIUS, m["y"] - MARKER_RADIUS, m["x"] + MARKER_RADIUS, m["y"] + MARKER_RADIUS)
        for m in markers
    ]
    boxes = {}

    def cost(index, side):
        marker = markers[index]
        box = _label_box(marker["x"], marker["y"], marker["label"], side)
        others = [c for i, c in enumerate(circles) if i != index]
        others += [b for i, b in boxes.items() if i != index]
        return 10 * _outside(box, height) + sum(_overlap(box, other) for other in others)

    sides = {}
    for index in range(len(markers)):
        sides[index] = min(SIDES, key=lambda side, index=index: cost(index, side))
        marker = markers[index]
        boxes[index] = _label_box(marker["x"], marker["y"], marker["label"], sides[index])
    for _pass in range(passes):
        improved = False
        for index, marker in enumerate(markers):
            best = min(SIDES, key=lambda side, index=index: cost(index, side))
            if cost(index, best) < cost(index, sides[index]):
                sides[index], improved = best, True
                boxes[index] = _label_box(marker["x"], marker["y"], marker["label"], best)
        if not improved:
            break
    # Where labels still cover something, the worst one is left out (its marker keeps its
    # number, its title and its entry in the list) until the rest are clear.
    while boxes:
        worst = max(boxes, key=lambda index: cost(index, sides[index]))
        if cost(worst, sides[worst]) == 0:
            break
        del boxes[worst]
    for index, marker in enumerate(markers):
        marker["label_shown"] = index in boxes
        if index not in boxes:
            continue
        side, box = sides[index], boxes[index]
        marker["label_box"] = box
        # SVG text: anchored at its start, end or middle, on its baseline.
        if "right" in side:
            marker["label_anchor"], marker["label_x"] = "start", box[0] + 2
        elif "left" in side:
            marker["label_anchor"], marker["label_x"] = "end", box[2] - 2
        else:
            marker["label_anchor"], marker["label_x"] = "middle", marker["x"]
        marker["label_y"] = box[3] - 9


def schematic_map(spaces) -> dict:
    """A map drawn from the coordinates alone, with no tiles, so nothing is loaded from a map
    provider: a numbered, labelled marker per space and the outline of the area they cover
    (their convex hull, grown by a margin: schematic, not a district boundary).

    Longitude is scaled by cos(latitude) to keep distances. Every number is written with a
    dot as the decimal mark (``tx``, ``ty``, ``outline``), so the SVG is the same in every
    language; German formatting turned 110.2 into "110,2" and piled the markers in a corner."""
    base = {
        "width": MAP_WIDTH,
        "height": MAP_HEIGHT,
        "radius": MARKER_RADIUS,
        "label_size": LABEL_SIZE,
        "markers": [],
        "outline": "",
    }
    if not spaces:
        return base
    lats = [float(s.latitude) for s in spaces]
    lons = [float(s.longitude) for s in spaces]
    scale_x = math.cos(math.radians(sum(lats) / len(lats)))
    xs = [lon * scale_x for lon in lons]
    span_x = max(max(xs) - min(xs), MIN_SPAN)
    span_y = max(max(lats) - min(lats), MIN_SPAN)
    inset = MAP_MARGIN + OUTLINE_PADDING
    box_width = MAP_WIDTH - 2 * inset
    box_height = MAP_HEIGHT - 2 * inset - MAP_LABEL_BAND
    factor = min(box_width / span_x, box_height / span_y)
    # A region that is wide and flat gets a lower map, not empty bands above and below.
    drawn_height = (max(lats) - min(lats)) * factor
    height = round(min(MAP_HEIGHT, max(MIN_MAP_HEIGHT, drawn_height + 2 * inset + MAP_LABEL_BAND)))
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(lats) + min(lats)) / 2
    centre_x, centre_y = MAP_WIDTH / 2, MAP_LABEL_BAND + (height - MAP_LABEL_BAND) / 2

    markers = []
    for number, (space, x, lat) in enumerate(zip(spaces, xs, lats, strict=True), start=1):
        markers.append(
            {
                "number": number,
                "space": space,
                "label": space.city,
                "x": round(centre_x + (x - middle_x) * factor, 1),
                "y": round(centre_y - (lat - middle_y) * factor, 1),
            }
        )
    _place_labels(markers, height)
    for marker in markers:
        marker["tx"], marker["ty"] = _number(marker["x"]), _number(marker["y"])
        if marker["label_shown"]:
            marker["lx"], marker["ly"] = _number(marker["label_x"]), _number(marker["label_y"])
    outline = _rounded_outline([(m["x"], m["y"]) for m in markers], OUTLINE_PADDING)
    return {
        **base,
        "height": height,
        "markers": markers,
        "outline": "M" + " L".join(f"{_number(x)},{_number(y)}" for x, y in outline) + " Z",
        # The region's label sits in the band above the outline, over its middle.
        "label_x": _number((min(x for x, _y in outline) + max(x for x, _y in outline)) / 2),
        "label_y": _number(MAP_LABEL_BAND - 8),
    }


def tile_settings() -> dict:
    """Where the interactive map's tiles come from (settings ``CIMIS_MAP_TILE_*``)."""
    return {"url": settings.CIMIS_MAP_TILE_URL, "attribution": settings.CIMIS_MAP_TILE_ATTRIBUTION}


class InnovationSpacePage(RoutablePageMixin, BasePage):
    """The makerspaces, co-working spaces and digital labs of a hub's region, on a map;
    their data is also served as GeoJSON."""

    parent_page_types = ["hubs.HubHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("innovation spaces page")
        verbose_name_plural = _("innovation spaces pages")

    def spaces(self):
        return list(
            InnovationSpace.objects.live()
            .localized(self.locale)
            .filter(region_id=request_memo.site_id_of(self))
            .select_related("region", "locale", "image")
            .order_by("city", "name")
        )

    def map_data(self, spaces) -> dict:
        """What the interactive map needs (rendered with ``json_script``): the tile server and
        the spaces as GeoJSON, numbered as on the schematic map and in the list."""
        with translation.override(self.locale.language_code):
            data = feature_collection(spaces)
        for number, (feature, space) in enumerate(zip(data["features"], spaces, strict=True), start=1):
            feature["properties"].update(number=number, anchor=f"space-{space.pk}")
        return {"tiles": tile_settings(), "spaces": data}

    def privacy_page(self):
        """The site's privacy policy in this page's language, if it is live."""
        site_settings = request_memo.site_settings_of(request_memo.site_id_of(self))
        if site_settings is None or site_settings.privacy_page_id is None:
            return None
        versions = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site_settings.privacy_page_id).values(
                "translation_key"
            )
        )
        page = next((version for version in versions if version.locale_id == self.locale_id), None)
        page = page or next(
            (version for version in versions if version.pk == site_settings.privacy_page_id), None
        )
        return page if page is not None and page.live else None

    @path("")
    def index(self, request):
        spaces = self.spaces()
        site_settings = request_memo.site_settings_of(request_memo.site_id_of(self))
        return self.render(
            request,
            context_overrides={
                "spaces": spaces,
                "map": schematic_map(spaces),
                "map_data": self.map_data(spaces),
                "map_provider": settings.CIMIS_MAP_TILE_PROVIDER,
                "privacy_page": self.privacy_page(),
                "region_name": site_settings.localized_display_name,
            },
        )

    @path("geojson/", name="geojson")
    def geojson(self, request):
        with translation.override(self.locale.language_code):
            data = feature_collection(self.spaces())
        return JsonResponse(
            data, content_type="application/geo+json", json_dumps_params={"ensure_ascii": False}
        )
