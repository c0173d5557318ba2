"""The OpenAPI 3 document of ``/api/v2/``, generated from the router's endpoints.

drf-spectacular cannot describe Wagtail's v2 viewsets (they build serializers per request
from ``?fields=`` and need the router on the request: Wagtail issue 6209), so the document is
generated here from what the endpoints declare: their ``schema_parameters``, filterable
fields, each model's ``api_fields`` and each field's and block's kind (``cms.api.kinds``).
A page type or library model added later appears in the document without changes here.
"""

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from wagtail.api.conf import get_model_field
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Page, get_page_models

from .content import RENDITIONS
from .filters import DEFAULT_LIMIT, MAX_INTEGER, SEARCH_MAX_LENGTH, SEARCH_OPERATORS, limit_max
from .kinds import block_schema, field_kind
from .views import description

#: Any string without a NUL byte (which the API refuses in every parameter).
NO_NUL_PATTERN = "^[^\\u0000]*$"
#: ``order``: ``random``, or field names (``-`` for descending), comma-separated; not empty.
ORDER_PATTERN = "^(random|-?[A-Za-z_][A-Za-z0-9_]*(,-?[A-Za-z_][A-Za-z0-9_]*)*)$"
ID = {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER}
URI = {"type": "string", "format": "uri"}
NULLABLE_URI = {**URI, "nullable": True}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def error_responses(descriptions=None) -> dict:
    descriptions = descriptions or {400: "Bad input", 404: "Not found"}
    error = {"application/json": {"schema": ref("Error")}}
    return {str(status): {"description": text, "content": error} for status, text in descriptions.items()}


def query(name, schema, description, **extra) -> dict:
    if schema.get("type") == "string" and not {"enum", "pattern", "format"} & schema.keys():
        schema = {**schema, "pattern": NO_NUL_PATTERN}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
        **extra,
    }


def parameter(name: str, endpoint_class=None) -> dict:
    """A query parameter, by name; ``locale`` described by the endpoint."""
    languages = [code for code, _name in settings.LANGUAGES]
    page_or_root = {"oneOf": [ID, {"type": "string", "enum": ["root"]}]}
    declared = {
        "limit": (
            {"type": "integer", "minimum": 0, "maximum": limit_max(), "default": DEFAULT_LIMIT},
            "How many items to return.",
        ),
        "offset": ({"type": "integer", "minimum": 0, "maximum": MAX_INTEGER}, "How many items to skip."),
        "fields": ({"type": "string"}, "Fields to include: `*`, `_`, `a,b`, `-a`, `a(b,c)`."),
        "order": (
            {"type": "string", "pattern": ORDER_PATTERN},
            "Fields to sort by, comma-separated, `-` for descending, or `random`; not empty.",
        ),
        "search": ({"type": "string", "maxLength": SEARCH_MAX_LENGTH}, "Full-text search."),
        "search_operator": ({"type": "string", "enum": list(SEARCH_OPERATORS)}, "How search words combine."),
        "rich_text_format": (
            {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
            "Format of rich text (default html).",
        ),
        "site": (
            {"type": "string", "example": "lausitz.localhost"},
            "A site's host name (default: the host the request is sent to).",
        ),
        "locale": (
            {"type": "string", "enum": languages},
            getattr(endpoint_class, "locale_description", ""),
        ),
        "type": (
            {"type": "string", "enum": sorted(model._meta.label for model in get_page_models())},
            "A page type: its pages, with its fields.",
        ),
        "child_of": (page_or_root, "Children of a page."),
        "descendant_of": (page_or_root, "Below a page."),
        "ancestor_of": (ID, "Ancestors of a page."),
        "translation_of": (page_or_root, "Translations."),
        "html_path": ({"type": "string", "example": "/en/matches/"}, "A site address."),
        "id": (ID, "An id."),
    }
    return query(name, *declared[name])


def filter_parameters(endpoint_class, model, builder) -> list[dict]:
    params = []
    for name in sorted(endpoint_class().get_filterable_fields(model)):
        schema = builder.field_schema(model, name)
        if isinstance(get_model_field(model, name), models.ForeignKey):
            schema = {"type": "string", "description": "An id (a site also by host name)."}
        elif "enum" in schema:
            schema = {
                "type": schema.get("type", "string"),
                "enum": [v for v in schema["enum"] if v is not None],
            }
        else:
            schema = {key: value for key, value in schema.items() if key in {"type", "format"}}
        params.append(query(name, schema, f"Only items whose {name} equals this."))
    return params


IF_NONE_MATCH = {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}}


def operation(operation_id, tag, summary, parameters, responses, **extra) -> dict:
    return {
        "get": {
            "operationId": operation_id,
            "tags": [tag],
            "summary": summary,
            "parameters": parameters,
            "responses": responses,
            **extra,
        }
    }


def ok(schema) -> dict:
    headers = {
        "ETag": {"schema": {"type": "string"}, "description": "Send back as If-None-Match."},
        "Cache-Control": {"schema": {"type": "string"}},
    }
    return {
        "200": {"description": "OK", "headers": headers, "content": {"application/json": {"schema": schema}}},
        "304": {"description": "Not modified since the ETag sent in If-None-Match."},
        **error_responses(),
    }


def to_openapi_31(node):
    """Write ``nullable`` the OpenAPI 3.1 (JSON Schema) way: ``null`` as a type."""
    if isinstance(node, list):
        return [to_openapi_31(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_openapi_31(value) for key, value in node.items()}
    if node.pop("nullable", False):
        if "type" in node:
            node["type"] = [node["type"], "null"]
        else:
            description = node.pop("description", None)
            node = {"anyOf": [node, {"type": "null"}]}
            if description:
                node["description"] = description
    return node


def schema_name(model) -> str:
    return f"{model._meta.app_label.title()}{model.__name__}"


def serializer_field_schemas(model) -> dict:
    """The fields our serializers answer themselves (``cms.api.serializers``), by name."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    languages = [code for code, _name in settings.LANGUAGES]
    schemas = {
        "html_url": NULLABLE_URI,
        "download_url": URI,
        "locale": {"type": "string", "enum": languages},
        "translations": {"type": "array", "items": ref("Translation")},
        "parent": {**ref("NestedPage"), "nullable": True},
        "alias_of": {**ref("NestedPage"), "nullable": True},
        "tags": {"type": "array", "items": {"type": "string"}},
    }
    if model is get_image_model():
        schemas |= {
            "alt": {"type": "string"},
            "renditions": ref("Renditions"),
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        }
    if model is get_document_model():
        # Null when the editor gave no language.
        schemas["language"] = {
            "type": "string",
            "enum": [*languages, None],
            "nullable": True,
            "description": "language",
        }
    return schemas


class SchemaBuilder:
    def __init__(self, router):
        from .router import endpoints

        self.router = router
        self.endpoints = endpoints
        self.components = static_components()

    def field_schema(self, model, name: str) -> dict:
        try:
            field = get_model_field(model, name)
        except FieldDoesNotExist:
            return {"description": "A computed value."}
        return field_kind(field).schema(field, self)

    def block_schema(self, block) -> dict:
        return block_schema(block, self)

    def _register(self, name, build) -> dict:
        if name not in self.components:
            self.components[name] = {}  # placeholder against recursion
            self.components[name] = build()
        return ref(name)

    def object_schema(self, model, field_names, endpoint_class) -> dict:
        special = serializer_field_schemas(model)
        meta = {"type": {"type": "string", "enum": [model._meta.label]}}
        meta_names = []
        if endpoint_class is not None:
            meta["detail_url"] = URI
            meta_names = endpoint_class.get_meta_fields_names(model)
        properties = {"id": {"type": "integer"}, "meta": {"type": "object", "properties": meta}}
        for name in meta_names:
            meta.setdefault(name, special.get(name) or self.field_schema(model, name))
        for name in field_names:
            if name not in properties and name not in meta_names:
                properties[name] = special.get(name) or self.field_schema(model, name)
        return {"type": "object", "properties": properties, "required": ["id"]}

    def nested_schema(self, model) -> dict:
        """A related object as the API nests it."""
        if issubclass(model, Page):
            return ref("NestedPage")
        endpoint = self.router.get_model_endpoint(model)
        endpoint_class = endpoint[1] if endpoint else None
        names = endpoint_class.get_nested_default_fields(model) if endpoint_class else ["id"]
        return self._register(
            f"Nested{schema_name(model)}", lambda: self.object_schema(model, names, endpoint_class)
        )

    def child_schema(self, model) -> dict:
        """An inline child object (a ParentalKey relation): all its API fields."""
        if issubclass(model, Page) or self.router.get_model_endpoint(model) is not None:
            return self.nested_schema(model)
        names = BaseAPIViewSet.get_body_fields_names(model)  # "id" and its api_fields
        return self._register(f"Child{schema_name(model)}", lambda: self.object_schema(model, names, None))

    def item_schema(self, model, endpoint_class) -> dict:
        """An object of an endpoint with all its fields (which ``fields`` may narrow)."""
        names = endpoint_class.get_available_fields(model)
        return self._register(schema_name(model), lambda: self.object_schema(model, names, endpoint_class))

    def endpoint_paths(self, name, endpoint_class) -> dict:
        if endpoint_class.model is Page:
            item = {"anyOf": [self.item_schema(model, endpoint_class) for model in get_page_models()]}
        else:
            item = self.item_schema(endpoint_class.model, endpoint_class)
        listing = {
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "properties": {"total_count": {"type": "integer", "minimum": 0}},
                    "required": ["total_count"],
                },
                "items": {"type": "array", "items": item},
            },
            "required": ["meta", "items"],
        }
        described = (
            {"description": endpoint_class.schema_description} if endpoint_class.schema_description else {}
        )
        common = ["limit", "offset", "fields", "order", "search", "search_operator", "rich_text_format"]
        listing_parameters = [
            *[parameter(p, endpoint_class) for p in common + list(endpoint_class.schema_listing_parameters)],
            *filter_parameters(endpoint_class, endpoint_class.model, self),
            IF_NONE_MATCH,
        ]
        detail_parameters = [
            {"name": "id", "in": "path", "required": True, "schema": ID},
            parameter("fields"),
            parameter("rich_text_format"),
            *[parameter(p, endpoint_class) for p in endpoint_class.schema_detail_parameters],
            IF_NONE_MATCH,
        ]
        find_parameters = [parameter(p) for p in ("id", *endpoint_class.schema_find_parameters, "fields")]
        found = {
            "302": {
                "description": "Found: the detail URL is in Location.",
                "headers": {"Location": {"schema": {"type": "string"}}},
            },
            **error_responses(),
        }
        prefix = f"/api/v2/{name}/"
        return {
            prefix: operation(
                f"{name}_list", name, f"List {name}", listing_parameters, ok(listing), **described
            ),
            f"{prefix}{{id}}/": operation(
                f"{name}_detail", name, f"One of {name}", detail_parameters, ok(item), **described
            ),
            f"{prefix}find/": operation(
                f"{name}_find", name, f"Find one of {name}: redirects to its detail", find_parameters, found
            ),
        }

    def preview_paths(self) -> dict:
        """The headless preview: a draft by token (``cms.api.preview``)."""
        items = [self.item_schema(m, self.endpoints["pages"]) for m in get_page_models()]
        for name, endpoint_class in self.endpoints.items():
            if name not in {"pages", "images", "documents"}:
                items.append(self.item_schema(endpoint_class.model, endpoint_class))
        token = {"name": "token", "in": "query", "required": True, "schema": {"type": "string"}}
        responses = {
            "200": {
                "description": "The draft, shaped like its detail endpoint, with meta.preview.",
                "content": {"application/json": {"schema": {"anyOf": items}}},
            },
            **error_responses({400: "Missing or invalid token", 410: "Expired token"}),
        }
        summary = "A draft, by the short-lived token the admin's “Preview in front end” gives"
        return {
            "/api/v2/preview/": operation(
                "preview", "preview", summary, [token, parameter("rich_text_format")], responses
            )
        }

    def build(self) -> dict:
        paths = {}
        for name, endpoint_class in self.endpoints.items():
            paths |= self.endpoint_paths(name, endpoint_class)
        paths |= self.preview_paths()
        return to_openapi_31(
            {
                "openapi": "3.1.0",
                "info": {"title": "CIMIS hub platform API", "version": "2", "description": description()},
                "servers": [{"url": "/"}],
                "paths": paths,
                "components": {"schemas": self.components},
            }
        )


def static_components() -> dict:
    nested_page_meta = {
        "type": {"type": "string"},
        "detail_url": URI,
        "html_url": NULLABLE_URI,
        "locale": {"type": "string"},
    }
    return {
        "Error": {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]},
        "Rendition": {
            "type": "object",
            "properties": {"url": URI, "width": {"type": "integer"}, "height": {"type": "integer"}},
            "required": ["url", "width", "height"],
        },
        "Renditions": {
            "type": "object",
            "properties": {name: ref("Rendition") for name in RENDITIONS},
            "required": list(RENDITIONS),
        },
        "Translation": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "locale": {"type": "string"},
                "title": {"type": "string"},
                "detail_url": URI,
                "html_url": NULLABLE_URI,
            },
            "required": ["id", "locale", "detail_url"],
        },
        "NestedPage": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "meta": {"type": "object", "properties": nested_page_meta},
                "title": {"type": "string"},
            },
            "required": ["id"],
        },
    }


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    from .router import api_router

    return SchemaBuilder(api_router).build()
