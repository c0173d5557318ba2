"""What every library snippet shares: translation, drafts, revisions, locking, preview,
search, and the named queries the pages, the API and the tests all call."""

from django.db import models
from django.db.models import Q
from django.utils import translation

from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from cms.core.chooser_rules import ChooserRulesModelForm
from cms.core.sites import configured_sites


def hub_sites() -> Q:
    """The sites of kind "hub" in CIMIS_SITES: the regions a library item can belong to.

    A callable, so a hub added to the configuration is offered without a migration."""
    return Q(sitesettings__key__in=[config.key for config in configured_sites() if config.is_hub])


class LibraryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Named queries shared by every library snippet."""

    def live(self):
        """Published items only: never drafts."""
        return self.filter(live=True)

    def in_locale(self, locale):
        """Items in one language; ``locale`` is a Locale or a language code (an unknown code
        gives no items). Filters on the locale itself, so search can filter the same way."""
        if not isinstance(locale, Locale):
            locale = Locale.objects.filter(language_code=locale).first()
            if locale is None:
                return self.none()
        return self.filter(locale=locale)

    def localized(self, locale):
        """Items in ``locale``, plus source-language items that have no live translation into
        it yet (the source language stands in). Chain after ``live()``."""
        from cms.core import request_memo

        if not isinstance(locale, Locale):
            locale = request_memo.locales().get(locale) or Locale.objects.get(language_code=locale)
        default = request_memo.default_locale()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        translated = self.model._default_manager.filter(locale=locale, live=True).values("translation_key")
        return self.filter(Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated)))

    def for_region(self, site):
        """Items of one hub region (a Wagtail Site)."""
        return self.filter(region=site)


class LibrarySnippet(
    TranslatableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """Abstract base of the library snippets: a curator prepares a change as a draft, with
    revisions and a lock, previews it, and publishes it when it is ready, or submits it for
    review (the workflows of cms.core.roles)."""

    #: The template of the preview, which is also the item's detail view on the platform.
    preview_template = ""
    #: The name under which the template finds the item (besides ``object``).
    context_object_name = "object"
    #: Checks on the server what the choosers offer (cms.core.chooser_rules).
    base_form_class = ChooserRulesModelForm

    search_fields = [
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context[self.context_object_name] = self
        return context

    def serve_preview(self, request, mode_name):
        # Rendered in the item's own language, as a visitor of that language would see it,
        # whatever the curator's admin language is.
        response = super().serve_preview(request, mode_name)
        with translation.override(self.locale.language_code):
            response.render()
        return response
