"""Block kinds: one declaration per kind serves the OpenAPI schema and the responses."""

from django.apps import apps
from django.db import models

from wagtail import blocks
from wagtail.fields import StreamField

import pytest
from rest_framework.fields import Field

from cms.api import kinds
from cms.api.router import api_router
from cms.api.schema import SchemaBuilder
from cms.library.models import AITool

from .helpers import api_get


class ColourBlock(blocks.CharBlock):
    """A kind of block the API does not know yet: a colour as ``#rrggbb``."""


class ColourKind(kinds.BlockKind):
    block_class = ColourBlock

    def schema(self, block, builder):
        return {"type": "string", "pattern": "^#[0-9a-f]{6}$"}

    def represent(self, block, raw, resolver, context, locale_id):
        return raw.lower()


STREAM = blocks.StreamBlock([("colour", ColourBlock()), ("text", blocks.CharBlock())])
RAW = [{"type": "colour", "value": "#A0B0C0", "id": "c1"}, {"type": "text", "value": "Hallo", "id": "t1"}]


def value_schemas(stream_block):
    schema = SchemaBuilder(api_router).block_schema(stream_block)
    return {
        variant["properties"]["type"]["enum"][0]: variant["properties"]["value"]
        for variant in schema["items"]["anyOf"]
    }


def test_without_its_own_kind_a_block_is_described_and_answered_as_its_parent_kind():
    assert value_schemas(STREAM)["colour"] == {"type": "string", "nullable": True}
    assert kinds.represent(STREAM, RAW, None, {}, None)[0]["value"] == "#A0B0C0"


def test_a_new_block_kind_is_one_entry_that_changes_schema_and_response_together(monkeypatch):
    monkeypatch.setattr(kinds, "BLOCK_KINDS", [ColourKind(), *kinds.BLOCK_KINDS])  # the one edit
    assert value_schemas(STREAM) == {
        "colour": {"type": "string", "pattern": "^#[0-9a-f]{6}$"},
        "text": {"type": "string", "nullable": True},
    }
    assert kinds.represent(STREAM, RAW, None, {}, None) == [
        {"type": "colour", "value": "#a0b0c0", "id": "c1"},
        {"type": "text", "value": "Hallo", "id": "t1"},
    ]


def _blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _blocks(child)
    if isinstance(block, blocks.ListBlock):
        yield from _blocks(block.child_block)


@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_models() if any(isinstance(f, StreamField) for f in m._meta.get_fields())],
    ids=lambda m: m._meta.label,
)
def test_every_block_the_content_uses_has_a_kind(model):
    """A block of a kind the API does not know would be answered by its own representation
    and described as ``{}``: add its kind to ``BLOCK_KINDS``."""
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            unknown = {
                type(b).__name__ for b in _blocks(field.stream_block) if kinds.kind_of(b) is kinds.OTHER
            }
            assert not unknown, (model._meta.label, field.name, unknown)


class LinkField(Field):
    """A web address as a link object."""

    def to_representation(self, value):
        return {"href": value, "external": True}


class LinkKind(kinds.FieldKind):
    """A kind of field the API does not know yet: web addresses as link objects."""

    field_class = models.URLField
    serializer_field = LinkField

    def schema(self, field, builder):
        return {"type": "object", "properties": {"href": {"type": "string"}, "external": {"type": "boolean"}}}


@pytest.mark.django_db
def test_a_new_field_kind_is_one_entry_that_changes_schema_and_response_together(
    monkeypatch, client, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    builder = SchemaBuilder(api_router)
    tool = AITool.objects.filter(live=True).exclude(url="").order_by("pk").first()
    assert builder.field_schema(AITool, "url")["type"] == "string"
    assert api_get(client, f"tools/{tool.pk}/", {"fields": "url"}).json()["url"] == tool.url

    monkeypatch.setattr(kinds, "FIELD_KINDS", [LinkKind(), *kinds.FIELD_KINDS])  # the one edit
    assert builder.field_schema(AITool, "url")["properties"]["href"] == {"type": "string"}
    answered = api_get(client, f"tools/{tool.pk}/", {"fields": "name,url"}).json()["url"]
    assert answered == {"href": tool.url, "external": True}
