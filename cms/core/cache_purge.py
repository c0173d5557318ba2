"""Purging the page cache (``cms.core.page_cache``) when content changes: exactly the entries
that show what changed, at once, in every process and on every node.

A change gives new generations to its tags (``cms.core.cache_tags``); every entry stored with
an older generation of one of them is dead. Each change also renews ``any``, which the
answers that do not say what they show depend on (the API, search, sitemap).

- A page published, unpublished, saved live, translated or deleted: the page in every
  language, its site's listings of its type, the learning platform's listings of its type
  when it is a hub's page, and the pages and items that name it (the reference index). Its
  site's frame as well when the page is in the frame: a site's home or top-level page, a page
  in the menu, a page with children (breadcrumbs) or one that the settings name (imprint,
  privacy). A site's home is named by every site's footer, and the hubs link the platform's
  top-level pages (its method library, its gallery): for those, everything.
- A page moved: the frames of the sites it left and joined; everything if it has children.
- A library item (methods, tools, partners, people, spaces, testimonials), an image or a
  document: the library model's listings and, through Wagtail's reference index, every page
  and item that names it or one of its translations, and what names those items in turn.
- A site's settings: its own site when only fields that its own pages show changed (contact,
  imprint, funding notice, legal pages); else, and for the platform's (they stand in for the
  hubs'), everything.
- A site, a locale or a view restriction: everything.

Scheduled publishing goes through ``publish`` and so through ``page_published``. Each purge
happens at once and again when the transaction commits, so a page rendered from the old
state between the two is dead as well. The front-end (CDN) purge of the API
(``cms.notify.purge``) is separate and unchanged.
"""

import logging
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core import cache_tags
from cms.core.cache_tags import ALL, ANY, hub_pages_tag, label, model_tag, page_tag, pages_tag, site_tag
from cms.core.page_cache import bump
from cms.core.request_memo import site_id_of

logger = logging.getLogger(__name__)

#: Hops through the reference index: an image → a person → a testimonial → a page.
REFERENCE_HOPS = 3
#: Fields Wagtail fills in on a file's first use (``get_file_size``, ``get_file_hash``), while
#: a page that shows it is being rendered: nothing a visitor sees changes.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})
#: Fields of a page that saving a draft writes: the live page is unchanged.
DRAFT_FIELDS = frozenset(
    {"latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes"}
)
#: Site settings that only the site's own pages show (contact, imprint, legal pages).
OWN_SITE_SETTINGS = frozenset(
    {
        "contact_email",
        "contact_phone",
        "contact_address",
        "representative",
        "register_kind",
        "register_court",
        "register_number",
        "vat_id",
        "content_responsible",
        "funding_notice",
        "funding_notice_en",
        "imprint_page",
        "privacy_page",
        "accessibility_page",
        "collection",
    }
)


def purge(tags) -> None:
    """Renew ``tags`` and ``any`` now and after the commit. Never raises: a cache that cannot
    be reached must not fail the editor's action (entries then expire after
    PAGE_CACHE_SECONDS)."""
    tags = tuple(dict.fromkeys([ANY, *sorted(tags)]))

    def run():
        try:
            bump(tags)
        except Exception:
            logger.exception("Page cache: could not purge %s", tags)

    run()
    transaction.on_commit(run)


# --- what a change touches ------------------------------------------------------------------


def platform_site_ids() -> set[int]:
    from cms.core.models import SiteSettings

    return set(SiteSettings.objects.filter(key="platform").values_list("site_id", flat=True))


def listing_tags(page, site_id) -> set[str]:
    """The page itself and the listings that show pages of its type."""
    type_label = label(page.specific_class or type(page))
    tags = {page_tag(page), pages_tag(site_id, type_label)}
    if site_id not in platform_site_ids():
        tags.add(hub_pages_tag(type_label))
    return tags


def in_the_frame(page, site_id) -> bool:
    """Whether every page of the site shows ``page``: a home or top-level page (menu,
    footer), a page in the menu, a page with children (breadcrumbs), one the settings name."""
    from cms.core.models import SiteSettings

    root = next((r for r in Site.get_site_root_paths() if r.site_id == site_id), None)
    root_depth = root.root_path.count("/") - 1 if root else 0
    if page.depth <= root_depth + 1 or page.show_in_menus or page.numchild:
        return True
    named = SiteSettings.objects.filter(site_id=site_id)
    return any(
        page.pk in (row.imprint_page_id, row.privacy_page_id, row.accessibility_page_id) for row in named
    )


def is_site_root(page) -> bool:
    return any(page.url_path == root.root_path for root in Site.get_site_root_paths())


def page_change_tags(page) -> set[str]:
    site_id = site_id_of(page)
    if site_id is None or is_site_root(page):
        return {ALL}
    tags = listing_tags(page, site_id)
    if in_the_frame(page, site_id):
        # The hubs link the platform's top-level pages (the method library, the gallery).
        tags.add(ALL if site_id in platform_site_ids() else site_tag(site_id))
    return tags | referrer_tags([page])


def translations(objects) -> list:
    """``objects`` with every translation of each (a page or item names one language's)."""
    by_model = defaultdict(set)
    found = []
    for obj in objects:
        if isinstance(obj, TranslatableMixin) and obj.translation_key:
            by_model[type(obj)].add(obj.translation_key)
        else:
            found.append(obj)
    for model, keys in by_model.items():
        base = Page if issubclass(model, Page) else model
        found.extend(base.objects.filter(translation_key__in=keys))
    return found


def referrer_tags(objects, hops: int = REFERENCE_HOPS) -> set[str]:
    """The tags of every page and item that names one of ``objects`` (in any language),
    following items that are named in turn up to ``hops`` steps."""
    tags: set[str] = set()
    seen: set[tuple[int, str]] = set()
    current = translations(objects)
    for _hop in range(hops):
        if not current:
            break
        sources = defaultdict(set)
        for content_type_id, object_id in ReferenceIndex.get_references_to_in_bulk(current).values_list(
            "content_type_id", "object_id"
        ):
            if (content_type_id, object_id) not in seen:
                seen.add((content_type_id, object_id))
                sources[content_type_id].add(object_id)
        current = []
        for content_type_id, ids in sources.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue
            if issubclass(model, Page):
                for page in Page.objects.filter(pk__in=ids):
                    site_id = site_id_of(page)
                    tags |= listing_tags(page, site_id) if site_id is not None else {ALL}
            elif cache_tags.is_library_model(model):
                tags.add(model_tag(label(model)))
                current.extend(model.objects.filter(pk__in=ids))
            else:
                # Something we do not know how to narrow (site settings name images): all.
                tags.add(ALL)
    return tags


# --- the signal receivers -------------------------------------------------------------------


def on_page_changed(sender, instance, **kwargs):
    purge(page_change_tags(instance))


def on_page_saved(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or not instance.live:
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return  # a draft: the live page is unchanged
    purge(page_change_tags(instance))


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if instance.numchild:
        purge({ALL})
        return
    sites = {site_id_of(parent_page_before), site_id_of(parent_page_after)}
    if None in sites:
        purge({ALL})
        return
    tags = set()
    for site_id in sites:
        tags |= {site_tag(site_id)} | listing_tags(instance, site_id)
    purge(tags | referrer_tags([instance]))


def on_item_changed(sender, instance=None, update_fields=None, **kwargs):
    """A library item, an image or a document."""
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        # Purging here killed the very entry being rendered (the materials page, which shows
        # its documents' sizes, was never stored on its first visits).
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return  # a library item's draft: the live item is unchanged
    tags = {model_tag(label(type(instance)))} if cache_tags.is_library_model(type(instance)) else set()
    purge(tags | referrer_tags([instance]))


def on_everything_changed(sender, **kwargs):
    purge({ALL})


def remember_previous_settings(sender, instance, **kwargs):
    """Before a site's settings are saved: which fields change (``on_site_settings_saved``)."""
    previous = sender.objects.filter(pk=instance.pk).values().first() if instance.pk else None
    instance.cimis_changed_fields = (
        None
        if previous is None
        else {
            field.name
            for field in sender._meta.concrete_fields
            if previous.get(field.attname) != field.value_from_object(instance)
        }
    )


def on_site_settings_saved(sender, instance, **kwargs):
    changed = getattr(instance, "cimis_changed_fields", None)
    own_only = changed is not None and changed <= OWN_SITE_SETTINGS
    if own_only and instance.key != "platform":
        purge({site_tag(instance.site_id)})
    else:
        purge({ALL})


def connect() -> None:
    from django.apps import apps

    from cms.core.models import SiteSettings

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    # Page subclasses send post_save with their own class as sender: one receiver for all.
    post_save.connect(on_page_saved, dispatch_uid="page_cache_page_saved")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    post_delete.connect(on_page_changed, sender=Page, dispatch_uid="page_cache_page_deleted")
    items = [*apps.get_app_config("library").get_models(), get_image_model(), get_document_model()]
    for model in items:
        uid = f"page_cache_{model._meta.label_lower}"
        post_save.connect(on_item_changed, sender=model, dispatch_uid=uid + "_saved")
        post_delete.connect(on_item_changed, sender=model, dispatch_uid=uid + "_deleted")
    for model in (Site, Locale, PageViewRestriction):
        # A view restriction hides a page and its subtree from every listing: at once.
        uid = f"page_cache_{model._meta.label_lower}"
        post_save.connect(on_everything_changed, sender=model, dispatch_uid=uid + "_saved")
        post_delete.connect(on_everything_changed, sender=model, dispatch_uid=uid + "_deleted")
    m2m_changed.connect(
        on_everything_changed, sender=PageViewRestriction.groups.through, dispatch_uid="page_cache_pvr_groups"
    )
    pre_save.connect(remember_previous_settings, sender=SiteSettings, dispatch_uid="page_cache_settings_pre")
    post_save.connect(on_site_settings_saved, sender=SiteSettings, dispatch_uid="page_cache_site_settings")
    post_delete.connect(
        on_everything_changed, sender=SiteSettings, dispatch_uid="page_cache_site_settings_del"
    )


def create_cache_tables(sender, **kwargs) -> None:
    """``migrate`` also makes the database cache's table (CACHE_URL's default), so a fresh
    install needs no extra step. Does nothing for other cache backends."""
    if sender.label != "core":
        return
    from django.core.management import call_command

    call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)
