"""The API router: ``/api/v2/`` and its endpoints; a library added later is one line in
``LIBRARY_ENDPOINTS``."""

from django.apps import apps

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint, SnippetEndpoint

#: endpoint name → (model, options of ``SnippetEndpoint.for_model``)
LIBRARY_ENDPOINTS = {
    "methods": ("library.MethodCard", {}),
    "tools": (
        "library.AITool",
        {"queryset_method": "with_overall_score", "extra_order_fields": ("overall_score",)},
    ),
    "partners": ("library.Partner", {}),
    "people": ("library.Person", {}),
    "spaces": ("library.InnovationSpace", {}),
    "testimonials": ("library.Testimonial", {}),
}


#: endpoint name → endpoint class: what ``/api/v2/`` serves, the index and the schema list.
endpoints = {
    "pages": PagesEndpoint,
    "images": ImagesEndpoint,
    "documents": DocumentsEndpoint,
    **{
        name: SnippetEndpoint.for_model(name, apps.get_model(label), **options)
        for name, (label, options) in LIBRARY_ENDPOINTS.items()
    },
}

api_router = WagtailAPIRouter("wagtailapi")
for name, endpoint in endpoints.items():
    api_router.register_endpoint(name, endpoint)
