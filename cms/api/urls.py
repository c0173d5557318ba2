from django.http import JsonResponse
from django.urls import path, re_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from . import preview, router, views
from .errors import read_only
from .router import api_router


@csrf_exempt
def unknown_endpoint(request, rest=""):
    """Anything else under /api/: a JSON 404, like the endpoints' own."""
    return JsonResponse({"message": _("unknown endpoint")}, status=404)


@read_only
def index(request):
    """/api/: where everything is."""
    endpoints = {name: request.build_absolute_uri(f"/api/v2/{name}/") for name in router.endpoints}
    return JsonResponse(
        {
            "endpoints": endpoints,
            "schema": request.build_absolute_uri("/api/schema/"),
            "docs": request.build_absolute_uri("/api/docs/"),
        }
    )


urlpatterns = [
    path("", index, name="api_index"),
    path("v2/preview/", preview.preview, name="api_preview"),
    path("v2/", api_router.urls),
    path("schema/", views.schema, name="api_schema"),
    path("docs/", views.docs, name="api_docs"),
    # Only paths ending in a slash, so CommonMiddleware still adds a missing one.
    re_path(r"^(?P<rest>.+/)$", unknown_endpoint),
]
