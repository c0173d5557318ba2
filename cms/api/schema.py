"""The OpenAPI 3 document of ``/api/v2/``, generated from the router's endpoints.

drf-spectacular cannot describe Wagtail's v2 viewsets (they build serializers per request
from ``?fields=`` and need the router on the request: Wagtail issue 6209), so the document is
generated here from what the endpoints themselves declare: their query parameters, their
filterable and orderable fields, each model's ``api_fields`` and each StreamField's blocks.
A page type or library model added later appears in the document without changes here.
"""

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from wagtail.api.conf import get_model_field
from wagtail.models import Page, get_page_models

from .filters import SEARCH_MAX_LENGTH, SEARCH_OPERATORS
from .kinds import block_schema, field_kind
from .pagination import DEFAULT_LIMIT, limit_max
from .params import MAX_INTEGER
from .resolver import RENDITIONS

API_PREFIX = "/api/v2/"
#: Any string without a NUL byte (which the API refuses in every parameter).
NO_NUL_PATTERN = "^[^\\u0000]*$"
#: ``order``: ``random``, or field names (``-`` for descending), comma-separated; not empty.
ORDER_PATTERN = "^(random|-?[A-Za-z_][A-Za-z0-9_]*(,-?[A-Za-z_][A-Za-z0-9_]*)*)$"

DESCRIPTION = """
Read-only JSON API of the CIMIS hub platform: the four sites (learning platform and the hubs
Meißen, Lausitz, Erzgebirge), in German and English, and the shared libraries. It follows
the conventions of Wagtail's API v2.

**Conventions.** Listings answer `{"meta": {"total_count"}, "items": [...]}`. `limit`
(default %(default_limit)d, at most %(limit_max)d) and `offset` page through them; `fields` chooses the fields
(`fields=*` all, `fields=title,hero_image`, `fields=-slug`, `fields=hero_image(title)`);
`order=field,-other` sorts (`order=random` too); `search` searches (`search_operator=and|or`,
`"quoted phrases"`); any other parameter named like a field filters on it.

**Examples.** The Lausitz hub's English match pages with their images and the methods they
used: `/api/v2/pages/?site=lausitz.localhost&locale=en&type=hubs.MatchPage&fields=hero_image,gallery,method_links`.
The tool catalogue, best rated first: `/api/v2/tools/?order=-overall_score&fields=name,overall_score,category`.
A page by its address: `/api/v2/pages/find/?site=lausitz.localhost&html_path=/en/matches/`.

**Pages.** `site=<host name>` (default: the host you ask) and `locale=de|en` narrow the pages;
`type=hubs.MatchPage` switches to a page type and its fields; `child_of`, `descendant_of`,
`ancestor_of` and `translation_of` take a page id (`child_of=root` is the site's home in
`locale`). `pages/find/?site=…&html_path=/en/matches/…` redirects to the page at a site
address, in either language. StreamFields come as `[{"type", "value", "id"}]`, with images,
pages, documents and snippets inline; rich text is HTML with internal links and images
expanded to absolute URLs. Images come with `alt` (in the page's language), `credit`, and
renditions %(renditions)s, each with its `url`, `width` and `height`. Every page and library item has
`meta.locale` and `meta.translations`.

**Not yet translated.** A page created in German gets an English *alias* until it is
translated: it appears in the English tree (`locale=en`, `/en/…` address) with the German
text and `meta.alias_of` pointing at the German page — show it, and mark it as German if you
like. A library item without a live English translation appears in English listings
(`?locale=en`) as its German original, with `meta.locale: "de"`: an app always gets the
complete catalogue and can tell which entries are still German.

**Documents.** `documents/` lists a document once published content uses it: it must be in a
collection without a view restriction *and* be used (linked in rich text, chosen in a block or
a field) by at least one live, public page of a site or one live library item, as Wagtail's
reference index records it. A fresh upload, a document only a draft or a private page uses,
and one whose last page was unpublished are not listed and their detail answers 404. Files
are downloaded from `meta.download_url` (`/documents/<id>/<name>`): PDFs and plain text
inline, everything else as an attachment. `language` is `null` when the editor gave none.

**What never appears.** Drafts, unpublished changes, library items that are not live, and
pages with a view restriction (password, login or group) together with all their
descendants — in listings, counts, search, `find`, details, translations, relations and
links alike, whoever asks.

**Errors.** Bad input (an unknown parameter, field, locale, site or type, a `limit` that is
not a number or above %(limit_max)d, a negative offset, an unpaired `"` in `search`, a NUL byte …)
answers `400 {"message": "…"}`; an unknown id or path `404 {"message": "…"}`.

**Caching.** Answers carry an `ETag`; send it back as `If-None-Match` to get `304 Not
Modified`. `Cache-Control` is `public, max-age=…` for anonymous requests and
`private, no-cache` for signed-in ones. Cross-origin requests are allowed from the
configured origins.
""".strip()


def rendition_text(spec: str) -> str:
    """``fill-480x320`` → ``480×320, cropped``; ``max-960x960`` → ``within 960×960``."""
    operation, _sep, size = spec.partition("-")
    size = size.replace("x", "×")
    return {"fill": f"{size}, cropped", "max": f"within {size}"}.get(operation, spec)


def description() -> str:
    """The document's introduction, with the limits and renditions the code uses."""
    names = [f"`{name}` ({rendition_text(spec)})" for name, spec in RENDITIONS.items()]
    renditions = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
    return DESCRIPTION % {"default_limit": DEFAULT_LIMIT, "limit_max": limit_max(), "renditions": renditions}


DOCUMENTS_RULE = (
    "Only public documents: in a collection without a view restriction and used by at least "
    "one live, public page or live library item (Wagtail's reference index). An upload nothing "
    "published uses is not listed, and its detail answers 404."
)


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return {**schema, "nullable": True}


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


class SchemaBuilder:
    def __init__(self, router):
        self.router = router
        self.components = {}
        from .router import endpoints

        self.endpoints = endpoints

    # --- field schemas ------------------------------------------------------------------

    def field_schema(self, model, name: str) -> dict:
        try:
            field = get_model_field(model, name)
        except FieldDoesNotExist:
            return {"description": "A computed value."}
        return field_kind(field).schema(field, self)

    def block_schema(self, block) -> dict:
        return block_schema(block, self)

    # --- object schemas -----------------------------------------------------------------

    def endpoint_for(self, model):
        return self.router.get_model_endpoint(model)

    def _register(self, name, builder) -> dict:
        if name not in self.components:
            self.components[name] = {}  # placeholder against recursion
            self.components[name] = builder()
        return ref(name)

    def meta_schema(self, model, endpoint_class) -> dict:
        properties = {"type": {"type": "string", "enum": [model._meta.label]}}
        if endpoint_class is not None:
            properties["detail_url"] = {"type": "string", "format": "uri"}
        if endpoint_class is None:
            return {"type": "object", "properties": properties}
        names = endpoint_class.get_meta_fields_names(model)
        for name in names:
            if name in properties:
                continue
            properties[name] = self.meta_field_schema(model, name)
        return {"type": "object", "properties": properties}

    def meta_field_schema(self, model, name) -> dict:
        special = {
            "html_url": {"type": "string", "format": "uri", "nullable": True},
            "download_url": {"type": "string", "format": "uri"},
            "locale": {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]},
            "translations": {"type": "array", "items": ref("Translation")},
            "parent": nullable(ref("NestedPage")),
            "alias_of": nullable(ref("NestedPage")),
            "tags": {"type": "array", "items": {"type": "string"}},
        }
        if name in special:
            return special[name]
        return self.field_schema(model, name)

    def object_schema(self, model, field_names, endpoint_class) -> dict:
        properties = {"id": {"type": "integer"}, "meta": self.meta_schema(model, endpoint_class)}
        meta_names = set(endpoint_class.get_meta_fields_names(model)) if endpoint_class else set()
        for name in field_names:
            if name in properties or name in meta_names:
                continue
            properties[name] = self.body_field_schema(model, name)
        return {"type": "object", "properties": properties, "required": ["id"]}

    def body_field_schema(self, model, name) -> dict:
        special = {
            "alt": {"type": "string"},
            "renditions": ref("Renditions"),
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        }
        if name in special and model is self.image_model:
            return special[name]
        if name == "language" and model is self.document_model:
            # ``ApiDocumentSerializer``: null when the editor gave no language.
            codes = [code for code, _name in settings.LANGUAGES]
            return {"type": "string", "enum": [*codes, None], "nullable": True, "description": "language"}
        return self.field_schema(model, name)

    @property
    def image_model(self):
        from wagtail.images import get_image_model

        return get_image_model()

    @property
    def document_model(self):
        from wagtail.documents import get_document_model

        return get_document_model()

    def nested_schema(self, model) -> dict:
        """A related object as the API nests it."""
        if issubclass(model, Page):
            return ref("NestedPage")
        endpoint = self.endpoint_for(model)
        endpoint_class = endpoint[1] if endpoint else None

        def build():
            names = endpoint_class.get_nested_default_fields(model) if endpoint_class else ["id"]
            return self.object_schema(model, names, endpoint_class)

        return self._register(f"Nested{schema_name(model)}", build)

    def child_schema(self, model) -> dict:
        """An inline child object (a ParentalKey relation): all its API fields."""

        def build():
            names = ["id", *[getattr(f, "name", f) for f in getattr(model, "api_fields", [])]]
            return self.object_schema(model, names, None)

        if issubclass(model, Page):
            return ref("NestedPage")
        endpoint = self.endpoint_for(model)
        if endpoint is not None:
            return self.nested_schema(model)
        return self._register(f"Child{schema_name(model)}", build)

    def item_schema(self, model, endpoint_class) -> dict:
        """An object of an endpoint with all its fields (which ``fields`` may narrow)."""

        def build():
            return self.object_schema(model, endpoint_class.get_available_fields(model), endpoint_class)

        return self._register(schema_name(model), build)

    # --- parameters ---------------------------------------------------------------------

    @staticmethod
    def query(name, schema, description, **extra) -> dict:
        if schema.get("type") == "string" and not {"enum", "pattern", "format"} & schema.keys():
            # The API refuses a NUL byte in any parameter (``params.reject_nul_bytes``).
            schema = {**schema, "pattern": NO_NUL_PATTERN}
        return {
            "name": name,
            "in": "query",
            "required": False,
            "schema": schema,
            "description": description,
            **extra,
        }

    def common_parameters(self) -> list[dict]:
        return [
            self.query(
                "limit",
                {"type": "integer", "minimum": 0, "maximum": limit_max(), "default": DEFAULT_LIMIT},
                "How many items to return.",
            ),
            self.query(
                "offset", {"type": "integer", "minimum": 0, "maximum": MAX_INTEGER}, "How many items to skip."
            ),
            self.fields_parameter(),
            self.query(
                "order",
                {"type": "string", "pattern": ORDER_PATTERN},
                "Fields to sort by, comma-separated, `-` for descending, or `random`; not empty.",
            ),
            self.query("search", {"type": "string", "maxLength": SEARCH_MAX_LENGTH}, "Full-text search."),
            self.query(
                "search_operator",
                {"type": "string", "enum": list(SEARCH_OPERATORS)},
                "How search words combine.",
            ),
            self.rich_text_parameter(),
        ]

    def fields_parameter(self):
        return self.query("fields", {"type": "string"}, "Fields to include: `*`, `_`, `a,b`, `-a`, `a(b,c)`.")

    def rich_text_parameter(self):
        formats = ["html", "db_html", "markdown", "db_markdown"]
        return self.query(
            "rich_text_format", {"type": "string", "enum": formats}, "Format of rich text (default html)."
        )

    def filter_parameters(self, endpoint_class, model) -> list[dict]:
        params = []
        for name in sorted(endpoint_class().get_filterable_fields(model)):
            schema = self.field_schema(model, name)
            field = get_model_field(model, name)
            if isinstance(field, models.ForeignKey):
                schema = {"type": "string", "description": "An id (a site also by host name)."}
            elif "enum" in schema:
                schema = {
                    "type": schema.get("type", "string"),
                    "enum": [v for v in schema["enum"] if v is not None],
                }
            else:
                schema = {key: value for key, value in schema.items() if key in {"type", "format"}}
            params.append(self.query(name, schema, f"Only items whose {name} equals this."))
        return params

    def site_parameter(self):
        return self.query(
            "site",
            {"type": "string", "example": "lausitz.localhost"},
            "A site's host name (default: the host the request is sent to).",
        )

    def locale_parameter(self, description):
        codes = [code for code, _name in settings.LANGUAGES]
        return self.query("locale", {"type": "string", "enum": codes}, description)

    def page_parameters(self) -> list[dict]:
        page_id = {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER}
        types = sorted(model._meta.label for model in get_page_models())
        return [
            self.site_parameter(),
            self.locale_parameter("Pages of one language."),
            self.query("type", {"type": "string", "enum": types}, "A page type: its pages, with its fields."),
            self.query(
                "child_of", {"oneOf": [page_id, {"type": "string", "enum": ["root"]}]}, "Children of a page."
            ),
            self.query(
                "descendant_of", {"oneOf": [page_id, {"type": "string", "enum": ["root"]}]}, "Below a page."
            ),
            self.query("ancestor_of", page_id, "Ancestors of a page."),
            self.query(
                "translation_of", {"oneOf": [page_id, {"type": "string", "enum": ["root"]}]}, "Translations."
            ),
        ]

    # --- operations ---------------------------------------------------------------------

    def responses(self, ok: dict, *, statuses=(400, 404)) -> dict:
        headers = {
            "ETag": {"schema": {"type": "string"}, "description": "Send back as If-None-Match."},
            "Cache-Control": {"schema": {"type": "string"}},
        }
        responses = {
            "200": {"description": "OK", "headers": headers, "content": {"application/json": {"schema": ok}}},
            "304": {"description": "Not modified since the ETag sent in If-None-Match."},
        }
        for status in statuses:
            responses[str(status)] = {
                "description": {400: "Bad input", 404: "Not found"}[status],
                "content": {"application/json": {"schema": ref("Error")}},
            }
        return responses

    def if_none_match(self):
        return {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}}

    def listing(self, name, endpoint_class, item_schema, extra_params) -> dict:
        model = endpoint_class.model
        return {
            "get": {
                "operationId": f"{name}_list",
                "tags": [name],
                "summary": f"List {name}",
                "parameters": [
                    *self.common_parameters(),
                    *extra_params,
                    *self.filter_parameters(endpoint_class, model),
                    self.if_none_match(),
                ],
                "responses": self.responses(
                    {
                        "type": "object",
                        "properties": {
                            "meta": {
                                "type": "object",
                                "properties": {"total_count": {"type": "integer", "minimum": 0}},
                                "required": ["total_count"],
                            },
                            "items": {"type": "array", "items": item_schema},
                        },
                        "required": ["meta", "items"],
                    }
                ),
            }
        }

    def detail(self, name, item_schema, extra_params) -> dict:
        return {
            "get": {
                "operationId": f"{name}_detail",
                "tags": [name],
                "summary": f"One of {name}",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER},
                    },
                    self.fields_parameter(),
                    self.rich_text_parameter(),
                    *extra_params,
                    self.if_none_match(),
                ],
                "responses": self.responses(item_schema),
            }
        }

    def find(self, name, extra_params) -> dict:
        return {
            "get": {
                "operationId": f"{name}_find",
                "tags": [name],
                "summary": f"Find one of {name}: redirects to its detail",
                "parameters": [
                    self.query("id", {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER}, "An id."),
                    *extra_params,
                    self.fields_parameter(),
                ],
                "responses": {
                    "302": {
                        "description": "Found: the detail URL is in Location.",
                        "headers": {"Location": {"schema": {"type": "string"}}},
                    },
                    "400": {
                        "description": "Bad input",
                        "content": {"application/json": {"schema": ref("Error")}},
                    },
                    "404": {
                        "description": "Not found",
                        "content": {"application/json": {"schema": ref("Error")}},
                    },
                },
            }
        }

    def build(self) -> dict:
        self.components.update(self.static_components())
        paths = {}
        for name, endpoint_class in self.endpoints.items():
            if name == "pages":
                page_items = {"anyOf": [self.item_schema(m, endpoint_class) for m in get_page_models()]}
                params = self.page_parameters()
                paths[f"{API_PREFIX}pages/"] = self.listing(name, endpoint_class, page_items, params)
                paths[f"{API_PREFIX}pages/{{id}}/"] = self.detail(
                    name, page_items, [self.site_parameter(), params[2]]
                )
                html_path = self.query(
                    "html_path", {"type": "string", "example": "/en/matches/"}, "A site address."
                )
                paths[f"{API_PREFIX}pages/find/"] = self.find(name, [html_path, self.site_parameter()])
                continue
            model = endpoint_class.model
            item = self.item_schema(model, endpoint_class)
            extra = []
            if "locale" in endpoint_class.known_query_parameters:
                extra.append(
                    self.locale_parameter(
                        "Alt texts in this language."
                        if name == "images"
                        else "Items in this language, and untranslated German items in their place."
                    )
                )
            paths[f"{API_PREFIX}{name}/"] = self.listing(name, endpoint_class, item, extra)
            paths[f"{API_PREFIX}{name}/{{id}}/"] = self.detail(name, item, [])
            if name == "documents":
                for path in (f"{API_PREFIX}{name}/", f"{API_PREFIX}{name}/{{id}}/"):
                    paths[path]["get"]["description"] = DOCUMENTS_RULE
            paths[f"{API_PREFIX}{name}/find/"] = self.find(name, [])
        paths[f"{API_PREFIX}preview/"] = self.preview_operation()
        return to_openapi_31(
            {
                "openapi": "3.1.0",
                "info": {"title": "CIMIS hub platform API", "version": "2", "description": description()},
                "servers": [{"url": "/"}],
                "paths": paths,
                "components": {"schemas": self.components},
            }
        )

    def preview_operation(self) -> dict:
        """The headless preview: a draft by token (see ``cms.api.preview``)."""
        items = [self.item_schema(m, self.endpoints["pages"]) for m in get_page_models()]
        for name, endpoint_class in self.endpoints.items():
            if name not in {"pages", "images", "documents"}:
                items.append(self.item_schema(endpoint_class.model, endpoint_class))
        error = {"application/json": {"schema": ref("Error")}}
        return {
            "get": {
                "operationId": "preview",
                "tags": ["preview"],
                "summary": "A draft, by the short-lived token the admin's “Preview in front end” gives",
                "parameters": [
                    {"name": "token", "in": "query", "required": True, "schema": {"type": "string"}},
                    self.rich_text_parameter(),
                ],
                "responses": {
                    "200": {
                        "description": "The draft, shaped like its detail endpoint, with meta.preview.",
                        "content": {"application/json": {"schema": {"anyOf": items}}},
                    },
                    "400": {"description": "Missing or invalid token", "content": error},
                    "410": {"description": "Expired token", "content": error},
                },
            }
        }

    def static_components(self) -> dict:
        rendition = {
            "type": "object",
            "properties": {
                "url": {"type": "string", "format": "uri"},
                "width": {"type": "integer"},
                "height": {"type": "integer"},
            },
            "required": ["url", "width", "height"],
        }
        return {
            "Error": {
                "type": "object",
                "properties": {"message": {"type": "string"}},
                "required": ["message"],
            },
            "Rendition": rendition,
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
                    "detail_url": {"type": "string", "format": "uri"},
                    "html_url": {"type": "string", "format": "uri", "nullable": True},
                },
                "required": ["id", "locale", "detail_url"],
            },
            "NestedPage": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "meta": {
                        "type": "object",
                        "properties": {
                            "type": {"type": "string"},
                            "detail_url": {"type": "string", "format": "uri"},
                            "html_url": {"type": "string", "format": "uri", "nullable": True},
                            "locale": {"type": "string"},
                        },
                    },
                    "title": {"type": "string"},
                },
                "required": ["id"],
            },
        }


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    from .router import api_router

    return SchemaBuilder(api_router).build()
