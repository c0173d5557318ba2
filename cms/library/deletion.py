"""Deleting a library item: refused while anything uses it, and a source takes its
translations with it.

Why refuse rather than strip the links with a revision: the pages that use a shared library
item belong to the hubs, whose editors and workflows decide what their live pages say. A
curator of the library (the ``platform`` role) may not edit a hub's pages, and a revision
published in their name would bypass the hub's moderation. So the curator sees which pages
use the item, with links, and can unpublish it instead (pages then stop showing it, and
nothing is lost); it can be deleted once no page or library item uses it.

Translations: deleting the source (the item translations are made from) deletes its
translations too, so none is left behind as an orphan with no source; deleting one
translation leaves the source and the other translations alone.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.actions.delete import DeleteAction, DeletePermissionError
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex, TranslatableMixin
from wagtail.snippets.views.snippets import DeleteView
from wagtail_localize.models import TranslationSource

from cms.library.models.base import LibrarySnippet


def is_translation_source(item) -> bool:
    """Whether ``item`` is the source its translations are made from: wagtail-localize's
    TranslationSource for it exists; an item never translated is its own source."""
    if not isinstance(item, TranslatableMixin):
        return True
    if TranslationSource.objects.get_for_instance_or_none(item) is not None:
        return True
    # Not a wagtail-localize source: a translation if a source exists for its object (whose
    # primary key is the translation key).
    return not TranslationSource.objects.filter(object_id=item.translation_key).exists()


def items_deleted_with(item) -> list:
    """``item`` and what goes with it: for a source, its translations."""
    if isinstance(item, TranslatableMixin) and is_translation_source(item):
        return [item, *item.get_translations()]
    return [item]


@dataclass
class Use:
    """An object that refers to an item about to be deleted."""

    object: object
    edit_url: str | None
    live_url: str | None
    is_page: bool
    kind: str
    live: bool | None
    locale: str


def uses_of(items, user, request=None) -> list[Use]:
    """The pages (first) and other objects that refer to any of ``items`` through Wagtail's
    reference index, other than the items themselves."""
    # Library snippets have no multi-table inheritance: their content type is the base one
    # the index stores.
    doomed = {(ContentType.objects.get_for_model(item).pk, str(item.pk)) for item in items}
    references = ReferenceIndex.get_references_to_in_bulk(list(items)).values_list(
        "base_content_type", "object_id"
    )
    ids_by_type: dict[int, set[str]] = {}
    for content_type_id, object_id in references.distinct():
        if (content_type_id, object_id) in doomed:
            continue
        ids_by_type.setdefault(content_type_id, set()).add(object_id)
    finder = AdminURLFinder(user)
    uses = []
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            objects = model.objects.filter(pk__in=ids).specific().select_related("locale")
        else:
            objects = model._default_manager.filter(pk__in=ids)
        for obj in objects:
            is_page = isinstance(obj, Page)
            live = getattr(obj, "live", None)
            uses.append(
                Use(
                    object=obj,
                    edit_url=finder.get_edit_url(obj),
                    live_url=obj.get_url(request) if is_page and live else None,
                    is_page=is_page,
                    kind=str(_("page") if is_page else obj._meta.verbose_name),
                    live=live,
                    locale=obj.locale.get_display_name() if hasattr(obj, "locale") else "",
                )
            )
    uses.sort(key=lambda use: (not use.is_page, not use.live, str(use.object)))
    return uses


class ItemInUse(DeletePermissionError):
    """Deletion refused: something still uses the item."""

    def __init__(self, uses):
        self.uses = uses
        super().__init__(
            ngettext(
                "It is used by %(count)d page or item.",
                "It is used by %(count)d pages or items.",
                len(uses),
            )
            % {"count": len(uses)}
        )


class LibraryDeleteAction(DeleteAction):
    """Deletes a library item with its translations (for a source), in one transaction,
    logging each deletion; refuses (ItemInUse) while anything uses them."""

    def _delete(self):
        with transaction.atomic():
            items = items_deleted_with(self.instance)
            uses = uses_of(items, self.user)
            if uses:
                raise ItemInUse(uses)
            for item in reversed(items):  # translations first, the source last
                if self.log_action:
                    log(instance=item, action=self.log_action, user=self.user, deleted=True)
                item.delete()


@hooks.register("register_actions")
def register_library_delete_action(registry):
    registry.register(LibrarySnippet, LibraryDeleteAction)


class LibraryDeleteView(DeleteView):
    """The delete confirmation of a library item: lists what uses it (and refuses while
    anything does), and names the translations that go with a source."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.items = items_deleted_with(self.object)
        self.uses = uses_of(self.items, request.user, request)

    def run_before_hook(self):
        # Every before_delete_snippet hook but the bulk delete's refusal: this view shows the
        # uses on its own confirmation page.
        for fn in hooks.get_hooks("before_delete_snippet"):
            if fn is refuse_deleting_items_in_use:
                continue
            result = fn(self.request, [self.object])
            if hasattr(result, "status_code"):
                return result
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["uses"] = self.uses
        context["translations"] = [item for item in self.items if item.pk != self.object.pk]
        return context

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ItemInUse as refusal:
            self.uses = refusal.uses
            context = self.get_context_data(form=form)
            context["error"] = _("This item was not deleted: it is still in use.")
            return self.render_to_response(context, status=409)


def refuse_deleting_items_in_use(request, instances):
    """``before_delete_snippet`` of the bulk delete, which deletes through a queryset rather
    than the delete action: while any item is in use, answer with the list of uses instead;
    otherwise note the sources among the items, whose translations go after them."""
    library_items = [item for item in instances if isinstance(item, LibrarySnippet)]
    if not library_items:
        return None
    items = [doomed for item in library_items for doomed in items_deleted_with(item)]
    uses = uses_of(items, request.user, request)
    if uses:
        return TemplateResponse(
            request,
            "library/admin/delete_refused.html",
            {"uses": uses, "items": library_items, "page_title": _("Not deleted")},
            status=409 if request.method == "POST" else 200,
        )
    # Known only before the deletion: wagtail-localize's records of an item's translations
    # go with it.
    request.library_sources_deleted = [
        (type(item), item.translation_key, item.locale_id)
        for item in library_items
        if is_translation_source(item)
    ]
    return None


def delete_translations_of_deleted_sources(request, instances):
    """``after_delete_snippet`` of the bulk delete: the translations of the deleted sources
    go too. (The delete view's action has deleted them already.)"""
    for model, translation_key, locale_id in getattr(request, "library_sources_deleted", ()):
        translations = model._default_manager.filter(translation_key=translation_key).exclude(
            locale_id=locale_id
        )
        for translation in translations:
            log(instance=translation, action="wagtail.delete", user=request.user, deleted=True)
            translation.delete()


hooks.register("before_delete_snippet", refuse_deleting_items_in_use, order=-50)
hooks.register("after_delete_snippet", delete_translations_of_deleted_sources)
