"""Bulk look-ups for a page of API results, so the number of queries does not grow with the
number of items.

``Resolver.prepare(items, serializer_class)`` walks the fields the serializer will output:

- foreign keys (hero images, related snippets, ``alias_of``) are collected across all items
  and fetched once per related model, images together with their renditions;
- child relations and many-to-many fields are prefetched, then walked the same way;
- StreamFields and rich text are read *raw*, so every chooser block and every internal link
  of every item is collected before anything is fetched;
- each item's locale comes from one table of locales, its translations from one query.

What is fetched obeys the API's rules: pages must be public (``cms.api.queries``), draftable
snippets live, documents outside restricted collections. A reference to anything else
resolves to ``None``, so it never leaks through a relation either.
"""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey, Prefetch, prefetch_related_objects

from wagtail.api.conf import get_model_field
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

from .content import RENDITIONS, image_format_spec
from .kinds import field_kind
from .queries import is_visible, locales, public_pages_q, visible
from .serializers import nested_serializer_class


def _as_pk(value):
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def api_foreign_keys(model) -> list[str]:
    """The names of the model's foreign keys among its ``api_fields``."""
    names = {getattr(field, "name", field) for field in getattr(model, "api_fields", [])}
    return [f.name for f in model._meta.concrete_fields if isinstance(f, ForeignKey) and f.name in names]


def model_fields(model, names):
    """(name, model field) of those of ``names`` that are model fields, not properties."""
    for name in names:
        try:
            yield name, get_model_field(model, name)
        except FieldDoesNotExist:
            continue


def translation_root(obj):
    """The model whose rows hold ``obj`` and its translations."""
    return Page if isinstance(obj, Page) else type(obj)._meta.concrete_model


class Resolver:
    """The bulk look-up tables of one API request."""

    def __init__(self, request, router):
        self.request = request
        self.router = router
        self.wanted = defaultdict(set)  # model → ids
        self.objects = defaultdict(dict)  # model → {id: object}
        self.page_refs = set()  # pages referenced from rich text and chooser blocks
        self.pages_by_id = {}
        self.pages_by_translation = {}
        self.rendition_specs = set(RENDITIONS.values())
        self._fk_assignments = []
        self._translation_items = []
        self._rendition_images = []
        self._nested_serializers = {}
        self.translations = {}  # (root model, id) → published translations

    # --- collecting -----------------------------------------------------------------------

    def want(self, model, pk, *, exact=False) -> None:
        """Register a reference. Pages referenced from content are fetched as plain pages and
        localized; a foreign key (``exact``) gets an object of its own model."""
        pk = _as_pk(pk)
        if pk is None:
            return
        if issubclass(model, Page) and not exact:
            self.page_refs.add(pk)
        else:
            self.wanted[model].add(pk)

    def want_rich_text(self, html) -> None:
        """Every internal link and embedded image of database HTML."""
        if not html:
            return
        links = LinkRewriter().extract_tags(str(html))
        for tag_type, model in (("page", Page), ("document", get_document_model())):
            for match in links.get(tag_type, []):
                self.want(model, match.attrs.get("id"))
        for match in EmbedRewriter().extract_tags(str(html)).get("image", []):
            self.want(get_image_model(), match.attrs.get("id"))
            if spec := image_format_spec(match.attrs.get("format")):
                self.rendition_specs.add(spec)

    def prepare(self, items, serializer_class) -> None:
        """Fetch everything the serializer will need for ``items``, in bulk."""
        items = [item for item in items if item is not None]
        if not items:
            return
        self._collect(items, serializer_class)
        self._fetch()
        self._assign()

    def optimise(self, queryset, serializer_class):
        """Join the serializer's foreign keys into the listing query (``select_related``);
        what the join brings that the API may not show is hidden in ``collect_foreign_key``."""
        names = []
        for name, field in model_fields(queryset.model, serializer_class.Meta.fields):
            if isinstance(field, ForeignKey):
                # One level further, for properties of the related object that read its own
                # foreign keys (a testimonial's role reads its person's organisation).
                names += [name, *(f"{name}__{fk}" for fk in api_foreign_keys(field.related_model))]
        return queryset.select_related(*names) if names else queryset

    def _collect(self, items, serializer_class) -> None:
        model = serializer_class.Meta.model
        fields = list(serializer_class.Meta.fields)
        self._prime_locales(items)
        if "translations" in fields:
            self._translation_items.extend(items)
        if model is get_image_model() and "renditions" in fields:
            self._rendition_images.extend(items)
        children = getattr(serializer_class, "child_serializer_classes", {})
        for name, field in model_fields(model, fields):
            field_kind(field).collect(items, name, field, self, children.get(name))

    def collect_foreign_key(self, items, field) -> None:
        pending = []
        for item in items:
            if field.is_cached(item):  # joined by optimise()
                obj = field.get_cached_value(item)
                if obj is None:
                    continue
                if not is_visible(obj):
                    field.set_cached_value(item, None)
                    continue
                self._prime_locales([obj])
                for related_field in obj._meta.concrete_fields:
                    if not related_field.is_relation or not related_field.is_cached(obj):
                        continue
                    related = related_field.get_cached_value(obj)
                    if related is not None and not is_visible(related):
                        related_field.set_cached_value(obj, None)
                    elif related is not None:
                        self._prime_locales([related])
                if isinstance(obj, get_image_model()):
                    self._rendition_images.append(obj)
            else:
                self.want(field.related_model, getattr(item, field.attname), exact=True)
                pending.append(item)
        if pending:
            self._fk_assignments.append((pending, field))

    def prefetch_many(self, items, name, field, child_serializer_class) -> None:
        related_model = field.related_model
        # The model's ordering, then the id: inline children with the same sort_order came
        # in any order on PostgreSQL.
        ordering = [*related_model._meta.ordering, "pk"]
        queryset = visible(related_model, related_model._default_manager.order_by(*ordering))
        if child_serializer_class is not None:
            queryset = self.optimise(queryset, child_serializer_class)
        try:
            prefetch_related_objects(items, Prefetch(name, queryset=queryset))
        except (AttributeError, ValueError, TypeError):
            return  # a relation Django cannot prefetch: serialized as stock Wagtail does
        children = [child for item in items for child in getattr(item, name).all()]
        if children and child_serializer_class is not None:
            self._collect(children, child_serializer_class)

    def _prime_locales(self, objects) -> None:
        table = locales()
        for obj in objects:
            if isinstance(obj, TranslatableMixin) and obj.locale_id in table:
                obj._meta.get_field("locale").set_cached_value(obj, table[obj.locale_id])

    def _prefetch_renditions(self, images) -> None:
        images = [image for image in images if not hasattr(image, "prefetched_renditions")]
        if not images:
            return
        rendition_model = get_image_model().get_rendition_model()
        prefetch_related_objects(
            images,
            Prefetch(
                "renditions",
                queryset=rendition_model.objects.filter(filter_spec__in=sorted(self.rendition_specs)),
                to_attr="prefetched_renditions",
            ),
        )

    # --- fetching -------------------------------------------------------------------------

    def _fetch(self) -> None:
        image_model = get_image_model()
        for model, ids in list(self.wanted.items()):
            missing = [pk for pk in ids if pk not in self.objects[model]]
            if not missing:
                continue
            queryset = visible(model, model._default_manager.filter(pk__in=missing))
            found = {obj.pk: obj for obj in queryset}
            self._prime_locales(found.values())
            if model is image_model:
                self._rendition_images.extend(found.values())
            for pk in missing:
                self.objects[model][pk] = found.get(pk)
        missing_pages = [pk for pk in self.page_refs if pk not in self.pages_by_id]
        if missing_pages:
            # The referenced pages and their public translations, in one query: a link in an
            # English page to a German page leads to its English translation where one is live.
            keys = Page.objects.filter(pk__in=missing_pages).values("translation_key")
            pages = list(
                Page.objects.filter(public_pages_q())
                .filter(translation_key__in=keys)
                .select_related("locale")
            )
            for page in pages:
                self.pages_by_id[page.pk] = page
                self.pages_by_translation[(page.translation_key, page.locale_id)] = page
            for pk in missing_pages:
                self.pages_by_id.setdefault(pk, None)
        self._fetch_translations()
        images, self._rendition_images = self._rendition_images, []
        self._prefetch_renditions(images)

    def _fetch_translations(self) -> None:
        items, self._translation_items = self._translation_items, []
        families = defaultdict(list)
        for item in items:
            if isinstance(item, TranslatableMixin):
                families[translation_root(item)].append(item)
        for root, members in families.items():
            keys = {item.translation_key for item in members}
            queryset = visible(root, root._default_manager.filter(translation_key__in=keys))
            if root is Page:
                queryset = queryset.defer_streamfields()
            else:
                # A translation's title may be its str(), which can read a foreign key (a
                # testimonial's author is its person's name): joined here, not one query each.
                joined = api_foreign_keys(root)
                queryset = queryset.select_related(*joined) if joined else queryset
            by_key = defaultdict(list)
            for obj in queryset.order_by("locale_id"):
                by_key[obj.translation_key].append(obj)
            found = [obj for group in by_key.values() for obj in group]
            self._prime_locales(found)
            for item in members:
                self.translations[(root, item.pk)] = [
                    obj for obj in by_key[item.translation_key] if obj.pk != item.pk
                ]

    def _assign(self) -> None:
        assignments, self._fk_assignments = self._fk_assignments, []
        for items, field in assignments:
            for item in items:
                pk = _as_pk(getattr(item, field.attname))
                field.set_cached_value(
                    item, None if pk is None else self.objects[field.related_model].get(pk)
                )

    # --- reading --------------------------------------------------------------------------

    def translations_of(self, item):
        """The published translations of ``item`` fetched by ``prepare`` (else None)."""
        return self.translations.get((translation_root(item), item.pk))

    def get(self, model, pk):
        pk = _as_pk(pk)
        if pk is None:
            return None
        if pk not in self.objects[model]:
            # Not collected beforehand (a custom block, a nested field): fetch it now.
            self.want(model, pk, exact=True)
            self._fetch()
        return self.objects[model].get(pk)

    def page(self, pk, locale_id=None):
        """A public page by id, in ``locale_id`` where it has a public translation there."""
        pk = _as_pk(pk)
        if pk is None:
            return None
        if pk not in self.pages_by_id:
            self.page_refs.add(pk)
            self._fetch()
        page = self.pages_by_id.get(pk)
        if page is None or locale_id is None or page.locale_id == locale_id:
            return page
        return self.pages_by_translation.get((page.translation_key, locale_id), page)

    def nested_representation(self, model, pk, locale_id, context):
        """A chooser block's value: the object as the API nests it, or None."""
        if issubclass(model, Page):
            obj = self.page(pk, locale_id)
            model = Page
        else:
            obj = self.get(model, pk)
        if obj is None:
            return None
        serializer = self._nested_serializers.get((model, locale_id))
        if serializer is None:
            endpoint = self.router.get_model_endpoint(model)
            if endpoint is None:
                return {"id": obj.pk, "title": str(obj)}
            serializer = nested_serializer_class(endpoint[1], model)(context=context)
            self._nested_serializers[(model, locale_id)] = serializer
        return serializer.to_representation(obj)
