"""The API's own pages: the OpenAPI document and its browsable documentation."""

from django.http import JsonResponse
from django.template.response import TemplateResponse

from .errors import read_only
from .schema import openapi_document

#: The documentation page runs only our own and the pinned Swagger UI's files.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@read_only
def schema(request):
    """The OpenAPI 3 document of /api/v2/."""
    response = JsonResponse(openapi_document(), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=300"
    return response


@read_only
def docs(request):
    """A browsable page for the document (Swagger UI from the pinned drf-spectacular-sidecar
    package, served from our static files; nothing from a CDN, no inline scripts)."""
    response = TemplateResponse(request, "api/docs.html", {})
    response["Content-Security-Policy"] = DOCS_CSP
    return response
