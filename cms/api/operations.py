"""The operations of the OpenAPI document: query parameters, responses and the listing,
detail, find and preview operations of each endpoint (``SchemaBuilder`` in
``cms.api.schema`` assembles them with the object schemas)."""

from django.conf import settings
from django.db import models

from wagtail.api.conf import get_model_field
from wagtail.models import get_page_models

from .filters import SEARCH_MAX_LENGTH, SEARCH_OPERATORS
from .pagination import DEFAULT_LIMIT, limit_max
from .params import MAX_INTEGER

#: Any string without a NUL byte (which the API refuses in every parameter).
NO_NUL_PATTERN = "^[^\\u0000]*$"
#: ``order``: ``random``, or field names (``-`` for descending), comma-separated; not empty.
ORDER_PATTERN = "^(random|-?[A-Za-z_][A-Za-z0-9_]*(,-?[A-Za-z_][A-Za-z0-9_]*)*)$"


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


class Operations:
    """The parameters and operations; mixed into ``SchemaBuilder``."""

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
