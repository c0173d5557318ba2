"""Field and block kinds: for each kind of model field and of StreamField block, in one
place, its OpenAPI schema, the references it holds (collected for the bulk look-up) and how
it is answered.

The schema (``cms.api.schema``), the bulk look-up (``cms.api.resolver``) and the serializers
all ask ``field_kind(field)`` or ``kind_of(block)``, so a new kind is one entry in
``FIELD_KINDS`` or ``BLOCK_KINDS``, and a kind cannot be described one way and answered
another.
"""

from django.db import models
from django.db.models import prefetch_related_objects
from django.db.models.fields.related import ForeignObjectRel

from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.blocks.field_block import ChooserBlock
from wagtail.fields import RichTextField, StreamField

from rest_framework.fields import Field

from .content import InItemLanguage, rich_text_representation, stream_raw_data

RICH_TEXT_DESCRIPTION = "HTML, internal links and images as absolute URLs."


class BlockKind:
    """A kind of block whose value is plain data: its own ``get_api_representation``."""

    block_class = blocks.Block

    def __init__(self, block_class=None, schema=None):
        self.block_class = block_class or self.block_class
        self.fixed_schema = schema if schema is not None else {}

    def schema(self, block, builder) -> dict:
        return dict(self.fixed_schema)

    def collect(self, block, raw, resolver) -> None:
        """Register with the resolver every object the raw value refers to."""

    def represent(self, block, raw, resolver, context, locale_id):
        return block.get_api_representation(block.to_python(raw), context)


class ContainerKind(BlockKind):
    """A block of blocks, walked one way for collecting and answering: ``children(block,
    raw)`` gives (key, child block, child's raw value), ``assemble`` the block's JSON from
    (key, child's JSON) — unless its class brings its own API representation."""

    def collect(self, block, raw, resolver):
        for _key, child_block, child_raw in self.children(block, raw):
            collect_references(child_block, child_raw, resolver)

    def represent(self, block, raw, resolver, context, locale_id):
        if type(block).get_api_representation is not self.block_class.get_api_representation:
            return super().represent(block, raw, resolver, context, locale_id)
        return self.assemble(
            (key, represent(child_block, child_raw, resolver, context, locale_id))
            for key, child_block, child_raw in self.children(block, raw)
        )


class StreamKind(ContainerKind):
    block_class = blocks.StreamBlock

    def schema(self, block, builder):
        variants = [
            {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": [name]},
                    "value": block_schema(child, builder),
                    "id": {"type": "string", "nullable": True},
                },
                "required": ["type", "value"],
            }
            for name, child in block.child_blocks.items()
        ]
        return {"type": "array", "items": {"anyOf": variants} if variants else {}}

    def children(self, block, raw):
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:  # else a block type since removed from the model
                yield child, child_block, child.get("value")

    def assemble(self, children):
        return [{"type": child["type"], "value": value, "id": child.get("id")} for child, value in children]


class StructKind(ContainerKind):
    block_class = blocks.StructBlock

    def schema(self, block, builder):
        return {
            "type": "object",
            "properties": {name: block_schema(child, builder) for name, child in block.child_blocks.items()},
        }

    def children(self, block, raw):
        raw = raw if isinstance(raw, dict) else {}
        for name, child_block in block.child_blocks.items():
            yield (
                name,
                child_block,
                raw[name] if name in raw else child_block.get_prep_value(child_block.get_default()),
            )

    def assemble(self, children):
        return dict(children)


class ListKind(ContainerKind):
    block_class = blocks.ListBlock

    def schema(self, block, builder):
        return {"type": "array", "items": block_schema(block.child_block, builder)}

    def children(self, block, raw):
        for item in raw or []:
            # ``{"type": "item", "value", "id"}`` since Wagtail 2.16, bare values before.
            is_wrapped = isinstance(item, dict) and "id" in item and "value" in item
            yield None, block.child_block, item["value"] if is_wrapped else item

    def assemble(self, children):
        return [value for _key, value in children]


class ChooserKind(BlockKind):
    """A chosen page, image, document or snippet, nested as the API nests it."""

    block_class = ChooserBlock

    def schema(self, block, builder):
        return {**builder.nested_schema(block.model_class), "nullable": True}

    def collect(self, block, raw, resolver):
        resolver.want(block.model_class, raw)

    def represent(self, block, raw, resolver, context, locale_id):
        return resolver.nested_representation(block.model_class, raw, locale_id, context)


class RichTextKind(BlockKind):
    block_class = blocks.RichTextBlock

    def schema(self, block, builder):
        return {"type": "string", "description": RICH_TEXT_DESCRIPTION}

    def collect(self, block, raw, resolver):
        resolver.want_rich_text(raw)

    def represent(self, block, raw, resolver, context, locale_id):
        return rich_text_representation(raw or "", resolver, locale_id, context["rich_text_format"])


#: The kinds, most specific first; the first whose class the block is an instance of applies.
BLOCK_KINDS = [
    StreamKind(),
    StructKind(),
    ListKind(),
    ChooserKind(),
    RichTextKind(),
    BlockKind(blocks.BooleanBlock, {"type": "boolean"}),
    BlockKind(blocks.IntegerBlock, {"type": "integer", "nullable": True}),
    BlockKind(blocks.FloatBlock, {"type": "number", "nullable": True}),
    BlockKind(blocks.DecimalBlock, {"type": "number", "nullable": True}),
    BlockKind(blocks.DateBlock, {"type": "string", "format": "date", "nullable": True}),
    BlockKind(blocks.DateTimeBlock, {"type": "string", "format": "date-time", "nullable": True}),
    BlockKind(blocks.CharBlock, {"type": "string", "nullable": True}),
    BlockKind(blocks.TextBlock, {"type": "string", "nullable": True}),
    BlockKind(blocks.URLBlock, {"type": "string", "nullable": True}),
    BlockKind(blocks.ChoiceBlock, {"type": "string", "nullable": True}),
]
#: Any other block: its own representation, undescribed.
OTHER = BlockKind()


def kind_of(block) -> BlockKind:
    return next((kind for kind in BLOCK_KINDS if isinstance(block, kind.block_class)), OTHER)


def block_schema(block, builder) -> dict:
    return kind_of(block).schema(block, builder)


def collect_references(block, raw, resolver) -> None:
    if raw is not None:
        kind_of(block).collect(block, raw, resolver)


def represent(block, raw, resolver, context, locale_id):
    """The JSON of a block's raw value, with references taken from the resolver."""
    return kind_of(block).represent(block, raw, resolver, context, locale_id)


# --- field kinds --------------------------------------------------------------------------


class ApiStreamField(InItemLanguage, Field):
    """A StreamField as structured JSON: ``[{"type", "value", "id"}, …]``, with images,
    pages, documents and snippets inline and rich text expanded to real URLs."""

    represent_missing = True  # as [], not null

    def represent(self, context, value):
        if value is None:
            return []
        raw = stream_raw_data(value)
        return represent(value.stream_block, raw, context["resolver"], context, context.get("item_locale_id"))


class ApiRichTextField(InItemLanguage, Field):
    """Rich text as HTML with internal links and images expanded to real URLs
    (``?rich_text_format=`` chooses another of Wagtail's formats)."""

    def represent(self, context, value):
        resolver, locale_id = context["resolver"], context.get("item_locale_id")
        return rich_text_representation(str(value), resolver, locale_id, context["rich_text_format"])


class SortedTagsField(Field):
    """Tags as a sorted list of names, from the prefetched tags (stock re-queries them)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


#: OpenAPI types of plain model fields, most specific first.
SCALARS = [
    (models.BooleanField, {"type": "boolean"}),
    (models.DateTimeField, {"type": "string", "format": "date-time"}),
    (models.DateField, {"type": "string", "format": "date"}),
    (models.TimeField, {"type": "string", "format": "time"}),
    (models.DecimalField, {"type": "string", "format": "decimal"}),
    (models.FloatField, {"type": "number"}),
    (models.IntegerField, {"type": "integer"}),
    (models.AutoField, {"type": "integer"}),
    (models.URLField, {"type": "string"}),
    (models.EmailField, {"type": "string"}),
    (models.UUIDField, {"type": "string", "format": "uuid"}),
    (models.CharField, {"type": "string"}),
    (models.TextField, {"type": "string"}),
]


class FieldKind:
    """A plain model field (text, number, date, choice …): Wagtail's own serializer field."""

    field_class = models.Field
    #: The serializer field that answers it (None: Wagtail's and DRF's own).
    serializer_field = None

    def matches(self, field) -> bool:
        return isinstance(field, self.field_class)

    def schema(self, field, builder) -> dict:
        schema = next((dict(s) for cls, s in SCALARS if isinstance(field, cls)), {})
        if field.choices:
            schema["enum"] = [choice for choice, _label in field.flatchoices] + ([None] if field.null else [])
        if field.null:
            schema["nullable"] = True
        if getattr(field, "verbose_name", None):
            schema["description"] = str(field.verbose_name)
        return schema

    def collect(self, items, name, field, resolver, child_serializer_class) -> None:
        """Fetch or register in bulk what the field of ``items`` refers to."""


class StreamFieldKind(FieldKind):
    field_class = StreamField
    serializer_field = ApiStreamField

    def schema(self, field, builder):
        return block_schema(field.stream_block, builder)

    def collect(self, items, name, field, resolver, child_serializer_class):
        for item in items:
            value = getattr(item, field.attname)
            if value is not None:
                collect_references(field.stream_block, stream_raw_data(value), resolver)


class RichTextFieldKind(FieldKind):
    field_class = RichTextField
    serializer_field = ApiRichTextField

    def schema(self, field, builder):
        return {"type": "string", "description": RICH_TEXT_DESCRIPTION}

    def collect(self, items, name, field, resolver, child_serializer_class):
        for item in items:
            resolver.want_rich_text(getattr(item, field.attname))


class TagsKind(FieldKind):
    field_class = TaggableManager
    serializer_field = SortedTagsField

    def schema(self, field, builder):
        return {"type": "array", "items": {"type": "string"}}

    def collect(self, items, name, field, resolver, child_serializer_class):
        prefetch_related_objects(items, name)


class ForeignKeyKind(FieldKind):
    """A related object, nested as the API nests it."""

    field_class = models.ForeignKey

    def schema(self, field, builder):
        return {**builder.nested_schema(field.related_model), "nullable": True}

    def collect(self, items, name, field, resolver, child_serializer_class):
        resolver.collect_foreign_key(items, field)


class ManyKind(FieldKind):
    """Inline children (a ParentalKey relation) and many-to-many relations."""

    def matches(self, field):
        return isinstance(field, ForeignObjectRel) or bool(field.many_to_many)

    def schema(self, field, builder):
        return {"type": "array", "items": builder.child_schema(field.related_model)}

    def collect(self, items, name, field, resolver, child_serializer_class):
        resolver.prefetch_many(items, name, field, child_serializer_class)


#: The kinds, most specific first (tags are many-to-many too); the first that matches applies.
FIELD_KINDS = [StreamFieldKind(), RichTextFieldKind(), TagsKind(), ForeignKeyKind(), ManyKind()]
PLAIN_FIELD = FieldKind()


def field_kind(field) -> FieldKind:
    return next((kind for kind in FIELD_KINDS if kind.matches(field)), PLAIN_FIELD)
