"""Serializers of the API: Wagtail API v2's, with references taken from the request's
``Resolver`` (see ``cms.api.resolver``) instead of being fetched item by item."""

from functools import cache

from django.core.exceptions import FieldDoesNotExist

from wagtail.api.v2.serializers import (
    BaseSerializer,
    ChildRelationField,
    PageLocaleField,
    PageParentField,
    PageSerializer,
    RelatedField,
    get_serializer_class,
)
from wagtail.models import Page

from rest_framework.fields import Field, SkipField

from . import kinds
from .content import RENDITIONS, InItemLanguage, absolute_url
from .queries import locales


def nested_serializer_class(endpoint, model):
    """The serializer of ``model`` as ``endpoint`` nests it (its nested default fields)."""
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


def detail_url(context, obj) -> str | None:
    """The object's address in this API, on the host the request came to, from one
    ``reverse()`` per model (stock v2 also asks the database which site that is)."""
    prefix = detail_path_prefix(context["router"], type(obj))
    path = f"{prefix}{obj.pk}/" if prefix else context["router"].get_object_detail_urlpath(type(obj), obj.pk)
    return absolute_url(context["request"], path) if path else None


class ObjectField(Field):
    """A read-only field computed from the whole object."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance


class DetailUrlField(ObjectField):
    def get_attribute(self, instance):
        url = detail_url(self.context, instance)
        if url is None:
            raise SkipField
        return url

    def to_representation(self, url):
        return url


class HtmlUrlField(ObjectField):
    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class DownloadUrlField(ObjectField):
    """The original file (a document's through its serve view)."""

    def to_representation(self, obj):
        return absolute_url(self.context["request"], obj.url if hasattr(obj, "url") else obj.file.url)


class ParentField(PageParentField):
    """The parent page, if it is public and on a site (a site's home has none)."""

    def get_attribute(self, instance):
        parent = instance.get_parent()
        if parent is not None and self.context["base_queryset"].filter(pk=parent.pk).exists():
            return parent
        return None


class TranslationsField(ObjectField):
    """``[{"id", "locale", "title", "detail_url", "html_url"}]`` (``html_url`` for pages)."""

    def to_representation(self, instance):
        request = self.context["request"]
        result = []
        for obj in self.context["resolver"].translations_of(instance) or []:
            entry = {
                "id": obj.pk,
                "locale": obj.locale.language_code,
                "title": getattr(obj, "title", None) or str(obj),
                "detail_url": detail_url(self.context, obj),
            }
            if isinstance(obj, Page):
                entry["html_url"] = obj.get_full_url(request)
            result.append(entry)
        return result


class ImageAltField(ObjectField):
    """Alt text in the language of the item the image belongs to (English where an English
    alt text exists, else the German one); on the images endpoint, in ``?locale=``."""

    def to_representation(self, image):
        locale = locales().get(self.context.get("item_locale_id"))
        if locale is not None and locale.language_code == "en" and getattr(image, "description_en", ""):
            return image.description_en
        return image.default_alt_text


class RenditionsField(ObjectField):
    """``{"thumbnail": {"url", "width", "height"}, …}``."""

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


def nested_serializer(field, context):
    """The field's serializer for the language of ``context``: one for all items (stock v2
    builds a new serializer, fields and all, for every value)."""
    if not hasattr(field, "nested_serializers"):
        field.nested_serializers = {}
    key = context.get("item_locale_id")
    if key not in field.nested_serializers:
        field.nested_serializers[key] = field.serializer_class(context=context)
    return field.nested_serializers[key]


class NestedField(InItemLanguage, RelatedField):
    """A related object, in the language of the object it belongs to."""

    def represent(self, context, value):
        return nested_serializer(self, context).to_representation(value)


class NestedChildrenField(InItemLanguage, ChildRelationField):
    """Inline child objects (a ParentalKey relation), in the language of their parent."""

    represent_missing = True

    def represent(self, context, value):
        serializer = nested_serializer(self, context)
        return [serializer.to_representation(child) for child in value.all()]


class KindsMixin:
    """Fields answered by their kind (``kinds.FIELD_KINDS``), else as in Wagtail."""

    serializer_related_field = NestedField

    def build_standard_field(self, field_name, model_field):
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


class ApiSerializer(KindsMixin, BaseSerializer):
    detail_url = DetailUrlField()
    locale = PageLocaleField(read_only=True)
    translations = TranslationsField()


class ApiPageSerializer(KindsMixin, PageSerializer):
    detail_url = DetailUrlField()
    html_url = HtmlUrlField()
    parent = ParentField(read_only=True)
    translations = TranslationsField()

    def build_relational_field(self, field_name, relation_info):
        field_class, field_kwargs = super().build_relational_field(field_name, relation_info)
        return NestedChildrenField if field_class is ChildRelationField else field_class, field_kwargs


class ApiImageSerializer(ApiSerializer):
    alt = ImageAltField()
    renditions = RenditionsField()
    download_url = DownloadUrlField()


class BlankAsNullField(Field):
    """A choice a document may leave open (its language): ``null``, never the empty string."""

    def to_representation(self, value):
        return value or None


class ApiDocumentSerializer(ApiSerializer):
    download_url = DownloadUrlField()
    language = BlankAsNullField(read_only=True)
