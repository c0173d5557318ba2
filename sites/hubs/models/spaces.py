import math

from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.core.models import BasePage
from cms.library.models import InnovationSpace
from cms.library.models.spaces import feature_collection

MAP_WIDTH, MAP_HEIGHT, MAP_PADDING = 640, 420, 40


def schematic_map(spaces) -> dict:
    """Marker positions for an SVG map drawn from the coordinates alone: no tiles, so nothing
    is loaded from a map provider. Longitude is scaled by cos(latitude) to keep distances."""
    if not spaces:
        return {"markers": [], "width": MAP_WIDTH, "height": MAP_HEIGHT}
    lats = [float(s.latitude) for s in spaces]
    lons = [float(s.longitude) for s in spaces]
    scale_x = math.cos(math.radians(sum(lats) / len(lats)))
    span_x = max((max(lons) - min(lons)) * scale_x, 1e-6)
    span_y = max(max(lats) - min(lats), 1e-6)
    factor = min((MAP_WIDTH - 2 * MAP_PADDING) / span_x, (MAP_HEIGHT - 2 * MAP_PADDING) / span_y)
    markers = []
    for number, space in enumerate(spaces, start=1):
        x = MAP_PADDING + (float(space.longitude) - min(lons)) * scale_x * factor
        y = MAP_HEIGHT - MAP_PADDING - (float(space.latitude) - min(lats)) * factor
        markers.append({"number": number, "space": space, "x": round(x, 1), "y": round(y, 1)})
    return {"markers": markers, "width": MAP_WIDTH, "height": MAP_HEIGHT}


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
            .for_region(self.get_site())
            .select_related("region", "locale", "image")
            .order_by("city", "name")
        )

    @path("")
    def index(self, request):
        spaces = self.spaces()
        return self.render(request, context_overrides={"spaces": spaces, "map": schematic_map(spaces)})

    @path("geojson/", name="geojson")
    def geojson(self, request):
        with translation.override(self.locale.language_code):
            data = feature_collection(self.spaces())
        return JsonResponse(
            data, content_type="application/geo+json", json_dumps_params={"ensure_ascii": False}
        )
