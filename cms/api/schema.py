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

from wagtail.api.conf import get_model_field
from wagtail.models import Page, get_page_models

from .kinds import block_schema, field_kind
from .operations import Operations, ref
from .pagination import DEFAULT_LIMIT, limit_max
from .resolver import RENDITIONS

API_PREFIX = "/api/v2/"

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


class SchemaBuilder(Operations):
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
