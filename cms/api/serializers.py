"""Serializers of the API: Wagtail API v2's, with references taken from the request's
``Resolver`` (see ``cms.api.resolver``) instead of being fetched item by item."""

from functools import cache

from django.core.exceptions import FieldDoesNotExist

from wagtail.api.v2.serializers import (
    BaseSerializer,
    ChildRelationField,
    PageParentField,
    PageSerializer,
    RelatedField,
    get_serializer_class,
)
from wagtail.models import Page, TranslatableMixin

from rest_framework.fields import Field, SkipField

from . import kinds
from .content import RENDITIONS, absolute_url


def nested_serializer_class(endpoint, model):
    """The serializer of ``model`` as ``endpoint`` nests it (its nested default fields), built
    with Wagtail's public ``get_serializer_class``."""
    meta_fields = endpoint.get_meta_fields_names(model)
    wanted = set(endpoint.get_nested_default_fields(model))
    fields = [
        name for name in dict.fromkeys(endpoint.get_body_fields_names(model) + meta_fields) if name in wanted
    ]
    overrides = {
        name: serializer
        for name, serializer in endpoint.get_field_serializer_overrides(model).items()
        if name in fields
    }
    return get_serializer_class(
        model,
        fields,
        meta_fields=meta_fields,
        field_serializer_overrides=overrides,
        base=endpoint.base_serializer_class,
    )


@cache
def detail_path_prefix(router, model) -> str | None:
    path = router.get_object_detail_urlpath(model, 0)
    return path[: -len("0/")] if path and path.endswith("/0/") else None


def detail_path(router, model, pk):
    """The API path of an object, from one ``reverse()`` per model (paths do not change
    while the process runs)."""
    prefix = detail_path_prefix(router, model)
    if prefix is None:
        return router.get_object_detail_urlpath(model, pk)
    return f"{prefix}{pk}/"


class DetailUrlField(Field):
    """The object's address in this API, on the host the request came to (stock v2 asks
    the database which site that is, once per request)."""

    def get_attribute(self, instance):
        path = detail_path(self.context["router"], type(instance), instance.pk)
        if path is None:
            raise SkipField
        return absolute_url(self.context["request"], path)

    def to_representation(self, url):
        return url


class LocaleField(Field):
    """The item's language code."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return instance.locale.language_code


class HtmlUrlField(Field):
    """The page's address on its site (absolute)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class ParentField(PageParentField):
    """The parent page, if it is public and on a site (a site's home has none)."""

    def get_attribute(self, instance):
        parent = instance.get_parent()
        if parent is not None and self.context["base_queryset"].filter(pk=parent.pk).exists():
            return parent
        return None


class TranslationsField(Field):
    """The item's published translations: ``[{"id", "locale", "title", "detail_url",
    "html_url"}]`` (``html_url`` for pages)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        translations = self.context["resolver"].translations_of(instance)
        if translations is None:
            return []
        router = self.context["router"]
        request = self.context["request"]
        result = []
        for obj in translations:
            entry = {
                "id": obj.pk,
                "locale": obj.locale.language_code,
                "title": getattr(obj, "title", None) or str(obj),
                "detail_url": absolute_url(request, detail_path(router, type(obj), obj.pk)),
            }
            if isinstance(obj, Page):
                entry["html_url"] = obj.get_full_url(request)
            result.append(entry)
        return result


class ImageAltField(Field):
    """Alt text in the language of the item the image belongs to (English where an English
    alt text exists, else the German one); on the images endpoint, in ``?locale=``."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        language = self.context.get("item_language") or "de"
        if language == "en" and getattr(image, "description_en", ""):
            return image.description_en
        return image.default_alt_text


class RenditionsField(Field):
    """Resized versions of the image: ``{"thumbnail": {"url", "width", "height"}, …}``."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        renditions = image.get_renditions(*RENDITIONS.values())
        request = self.context["request"]
        return {
            name: {
                "url": absolute_url(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        }


class NestedField(RelatedField):
    """A related object, through one nested serializer for all items (stock v2 builds a
    new serializer, fields and all, for every value)."""

    def to_representation(self, value):
        if getattr(self, "nested_serializer", None) is None:
            self.nested_serializer = self.serializer_class(context=self.context)
        return self.nested_serializer.to_representation(value)


class NestedChildrenField(ChildRelationField):
    """Inline child objects (a ParentalKey relation), through one nested serializer."""

    def to_representation(self, value):
        if getattr(self, "nested_serializer", None) is None:
            self.nested_serializer = self.serializer_class(context=self.context)
        return [self.nested_serializer.to_representation(child) for child in value.all()]


class _LocaleContextMixin:
    """Serializes each translatable object with ``item_locale_id``/``item_language`` set in
    the shared context, so nested rich text, links and alt texts follow its language."""

    serializer_related_field = NestedField

    def build_standard_field(self, field_name, model_field):
        """The serializer field of the model field's kind (``kinds.FIELD_KINDS``), else
        Wagtail's. Ours are read-only and take no options from the model field."""
        serializer_field = kinds.field_kind(model_field).serializer_field
        if serializer_field is not None:
            return serializer_field, {}
        return super().build_standard_field(field_name, model_field)

    def build_property_field(self, field_name, model_class):
        # Tags reach DRF as a property of the model; their kind still decides.
        try:
            serializer_field = kinds.field_kind(model_class._meta.get_field(field_name)).serializer_field
        except FieldDoesNotExist:
            serializer_field = None
        if serializer_field is not None:
            return serializer_field, {}
        return super().build_property_field(field_name, model_class)

    def to_representation(self, instance):
        if not isinstance(instance, TranslatableMixin):
            return super().to_representation(instance)
        saved = (self.context.get("item_locale_id"), self.context.get("item_language"))
        self.context["item_locale_id"] = instance.locale_id
        self.context["item_language"] = instance.locale.language_code
        try:
            return super().to_representation(instance)
        finally:
            self.context["item_locale_id"], self.context["item_language"] = saved


class ApiSerializer(_LocaleContextMixin, BaseSerializer):
    detail_url = DetailUrlField(read_only=True)
    locale = LocaleField(read_only=True)
    translations = TranslationsField(read_only=True)


class ApiPageSerializer(_LocaleContextMixin, PageSerializer):
    detail_url = DetailUrlField(read_only=True)
    parent = ParentField(read_only=True)

    def build_relational_field(self, field_name, relation_info):
        field_class, field_kwargs = super().build_relational_field(field_name, relation_info)
        if field_class is ChildRelationField:
            field_class = NestedChildrenField
        return field_class, field_kwargs

    html_url = HtmlUrlField(read_only=True)
    translations = TranslationsField(read_only=True)


class DownloadUrlField(Field):
    """The absolute address of the original file (a document's through its serve view)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, obj):
        url = obj.url if hasattr(obj, "url") else obj.file.url
        return absolute_url(self.context["request"], url)


class ApiImageSerializer(ApiSerializer):
    alt = ImageAltField(read_only=True)
    renditions = RenditionsField(read_only=True)
    download_url = DownloadUrlField(read_only=True)


class BlankAsNullField(Field):
    """A choice a document may leave open (its language): ``null`` when not given, never the
    empty string the database keeps for it."""

    def to_representation(self, value):
        return value or None


class ApiDocumentSerializer(ApiSerializer):
    download_url = DownloadUrlField(read_only=True)
    language = BlankAsNullField(read_only=True)


__all__ = [
    "ApiDocumentSerializer",
    "ApiImageSerializer",
    "ApiPageSerializer",
    "ApiSerializer",
    "get_serializer_class",
]
