"""What an edit form may point to, checked on the server (issue 10, M1).

The admin's choosers offer each user only what that user may choose, but a form posts plain
ids, and Wagtail saves whatever id it is given. This module applies the choosers' rules again
to the submitted form, so a hand-made POST cannot do what the choosers would not:

- pages: any live page, drafts only of pages the user may explore (the page chooser's rule,
  ``hide_other_sites_drafts`` in ``cms.core.wagtail_hooks``); a site setting's page link
  (imprint, privacy, accessibility statement) only to a page of that setting's own site, in
  any of its languages;
- images and documents: those of the collections the user has the "choose" permission on
  (Wagtail's collection permission policy, as its choosers ask it);
- library items and other snippets: ``cms.core.permissions.choosable`` (the snippet
  choosers' rule).

Every reference is checked: plain foreign keys and many-to-many fields, the same in the rows
of inline panels (child formsets), and references inside StreamFields and rich text, found
with Wagtail's public ``extract_references`` (the API its reference index uses).

What is checked, and what not: only NEW references. A reference the object already holds
(in any of its fields or child rows, in its stored latest version) is left alone even where
the user could not choose it now, e.g. an image an administrator picked, or a page that was
unpublished since it was linked: refusing it would make the object uneditable for everyone
but its original author. The baseline is the instance the form was opened on (for a page or a
library item: its latest revision). Superusers are not restricted, and a form used without a
user (code, not a person choosing) is not checked.

A refusal is an error on the field that holds the reference; nothing is saved. A refused
foreign key is also removed from the re-rendered form, so the form does not show back the
title and thumbnail of something the user may not see.
"""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.permissions import policy_registry

from cms.core.sites import site_pages_q
from cms.core.slugs import GermanSlugFormMixin

PAGE, IMAGE, DOCUMENT, SNIPPET = "page", "image", "document", "snippet"

REFUSED = {
    PAGE: _("You may not choose this page."),
    IMAGE: _("You may not choose this image."),
    DOCUMENT: _("You may not choose this document."),
}
REFUSED_ITEM = _("You may not choose this item (%(kind)s).")
MISSING = {
    PAGE: _("The chosen page does not exist."),
    IMAGE: _("The chosen image does not exist."),
    DOCUMENT: _("The chosen document does not exist."),
}
MISSING_ITEM = _("The chosen item (%(kind)s) does not exist.")
OTHER_SITE = _("Choose a page of this site.")


def kind_of(model) -> str | None:
    """Which chooser rule governs references to ``model``; None for models without a chooser
    (a site, a collection, a locale), which this module leaves to their own checks."""
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return PAGE
    if issubclass(model, AbstractImage):
        return IMAGE
    if issubclass(model, AbstractDocument):
        return DOCUMENT
    if model in get_snippet_models():
        return SNIPPET
    return None


def _target(model):
    """The model whose ids a reference names: every page type shares the ids of Page."""
    return Page if issubclass(model, Page) else model


def references_in(model_field, value) -> list[tuple[type, str]]:
    """The (model, id) pairs a value of ``model_field`` refers to, for governed models only.
    Ids are strings, as rich text and the reference index give them."""
    if value is None:
        return []
    found = []
    if hasattr(model_field, "extract_references"):  # StreamField, RichTextField
        found = [(model, object_id) for model, object_id, *_paths in model_field.extract_references(value)]
    elif model_field.many_to_many:
        found = [(model_field.related_model, getattr(item, "pk", item)) for item in value]
    elif model_field.many_to_one or model_field.one_to_one:
        found = [(model_field.related_model, getattr(value, "pk", value))]
    return [(_target(model), str(object_id)) for model, object_id in found if kind_of(model) is not None]


def _checked_field(model, name):
    """The model field behind a form field, if it can hold a governed reference."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if hasattr(field, "extract_references"):
        return field
    relation = getattr(field, "is_relation", False) and getattr(field, "concrete", False)
    if relation and (field.many_to_one or field.one_to_one or field.many_to_many):
        return field if kind_of(field.related_model) else None
    return None


def _stored_value(instance, model_field):
    if model_field.many_to_many:
        try:
            return list(getattr(instance, model_field.name).all())
        except ValueError:  # a plain many-to-many of an unsaved object
            return []
    if model_field.many_to_one or model_field.one_to_one:
        return getattr(instance, model_field.attname)
    return getattr(instance, model_field.name)


class ChooserRules:
    """What one user may choose. ``refusals`` answers for many references at once, with one
    query per model."""

    def __init__(self, user):
        self.user = user

    def refusals(self, references, *, site=None) -> dict[tuple[type, str], str]:
        """The refused references among ``references`` (model, id), each with its message.
        With ``site``, pages must also belong to that site (in any language)."""
        by_model = defaultdict(set)
        for model, object_id in references:
            by_model[model].add(object_id)
        refused = {}
        for model, ids in by_model.items():
            kind = kind_of(model)
            valid = {}
            for object_id in ids:
                try:
                    value = model._meta.pk.to_python(object_id)
                    model._meta.pk.run_validators(value)  # e.g. an id no database column can hold
                    valid[object_id] = value
                except ValidationError:
                    refused[(model, object_id)] = self._missing(model, kind)
            if not valid:
                continue
            existing = {
                str(pk)
                for pk in model._default_manager.filter(pk__in=valid.values()).values_list("pk", flat=True)
            }
            allowed = {
                str(pk)
                for pk in self.choosable(model, kind, site=site)
                .filter(pk__in=valid.values())
                .values_list("pk", flat=True)
            }
            for object_id in valid:
                if object_id not in existing:
                    refused[(model, object_id)] = self._missing(model, kind)
                elif object_id not in allowed:
                    if (
                        site is not None
                        and kind == PAGE
                        and self.choosable(model, kind).filter(pk=valid[object_id]).exists()
                    ):
                        refused[(model, object_id)] = OTHER_SITE
                    else:
                        refused[(model, object_id)] = self._refused(model, kind)
        return refused

    def choosable(self, model, kind, *, site=None):
        """The queryset of ``model`` this user may choose."""
        from cms.core.permissions import choosable, choosable_pages

        if kind == PAGE:
            pages = choosable_pages(self.user)
            if site is not None:
                pages = pages.filter(site_pages_q(site))
            return pages
        if self.user.is_superuser:
            return model._default_manager.all()
        if kind in (IMAGE, DOCUMENT):
            return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
                self.user, ["choose"]
            )
        return choosable(self.user, model)

    @staticmethod
    def _refused(model, kind):
        return REFUSED.get(kind) or REFUSED_ITEM % {"kind": model._meta.verbose_name}

    @staticmethod
    def _missing(model, kind):
        return MISSING.get(kind) or MISSING_ITEM % {"kind": model._meta.verbose_name}


class ChooserRulesFormMixin:
    """For an admin model form (``WagtailAdminModelForm``): refuses new references the user
    could not have chosen, with an error on the field that holds them."""

    def page_links_site(self):
        """The site whose pages this form's page links (foreign keys to pages) must belong to;
        None for no such restriction."""
        return None

    def clean(self):
        cleaned_data = super().clean()
        self.check_chosen_references()
        return cleaned_data

    def check_chosen_references(self):
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return
        entries = list(self._submitted_references())
        if not any(references for *_field, references, _site in entries):
            return
        rules = ChooserRules(user)
        refused = {}
        for site in {site for *_field, _refs, site in entries}:
            refs = {
                ref for *_field, references, ref_site in entries if ref_site == site for ref in references
            }
            refused[site] = rules.refusals(refs, site=site)
        if not any(refused.values()):
            return
        already = self._stored_references()
        for form, name, model_field, references, site in entries:
            messages = sorted(
                {str(refused[site][ref]) for ref in references if ref in refused[site] and ref not in already}
            )
            if messages:
                self._refuse(form, name, model_field, " ".join(messages))

    def _submitted_references(self):
        """(form, field name, model field, references, site) for every checked field of this
        form and of the rows of its inline panels."""
        site = self.page_links_site()
        for name, model_field in self._checked_fields(self._meta.model, self.fields):
            if name in self.cleaned_data:
                references = references_in(model_field, self.cleaned_data[name])
                links_site = (
                    site if model_field.is_relation and issubclass(model_field.related_model, Page) else None
                )
                yield self, name, model_field, references, links_site
        for formset in getattr(self, "formsets", {}).values():
            fields = self._checked_fields(formset.model, formset.form.base_fields)
            if not fields:
                continue
            formset.is_valid()  # cleans the rows (ClusterForm would do so right after this form)
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get("DELETE"):
                    continue
                for name, model_field in fields:
                    if name in data:
                        yield form, name, model_field, references_in(model_field, data[name]), None

    def _stored_references(self) -> set:
        """Every reference the object holds now, in the fields and rows this form edits."""
        instance = self.instance
        found = set()
        for _name, model_field in self._checked_fields(self._meta.model, self.fields):
            found.update(references_in(model_field, _stored_value(instance, model_field)))
        for relation, formset in getattr(self, "formsets", {}).items():
            fields = self._checked_fields(formset.model, formset.form.base_fields)
            manager = getattr(instance, relation, None)
            if not fields or manager is None:
                continue
            for child in manager.all():
                for _name, model_field in fields:
                    found.update(references_in(model_field, _stored_value(child, model_field)))
        return found

    @staticmethod
    def _checked_fields(model, names):
        return [(name, field) for name in names if (field := _checked_field(model, name)) is not None]

    @staticmethod
    def _refuse(form, name, model_field, message):
        form.add_error(name, ValidationError(message, code="not_choosable"))
        if (model_field.many_to_one or model_field.one_to_one) and hasattr(form.data, "copy"):
            # Shown back empty: the chooser widget would render the refused object's title
            # and thumbnail from the posted id.
            form.data = form.data.copy()
            form.data[form.add_prefix(name)] = ""


class ChooserRulesPageForm(GermanSlugFormMixin, ChooserRulesFormMixin, WagtailAdminPageForm):
    """The base form of every page type of the project (``BasePage.base_form_class``); its
    slugs spell German letters out (``cms.core.slugs``)."""


class ChooserRulesModelForm(ChooserRulesFormMixin, WagtailAdminModelForm):
    """The base form of the library snippets (``LibrarySnippet.base_form_class``)."""


class SiteSettingsForm(ChooserRulesModelForm):
    """The form of a site's settings: its page links must be pages of that site."""

    def page_links_site(self):
        return self.instance.site if self.instance.site_id else None


__all__ = [
    "ChooserRules",
    "ChooserRulesFormMixin",
    "ChooserRulesModelForm",
    "ChooserRulesPageForm",
    "SiteSettingsForm",
]
