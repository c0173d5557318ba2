"""Purging the page cache (``cms.core.page_cache``) when content changes.

The rule, deliberately coarse so that no listing can be forgotten:
- a page of a hub published, unpublished, saved live or translated: that hub (both languages:
  its pages, indexes, home sections, feeds, sitemap, iCal and GeoJSON), the learning platform
  (its gallery and home show every hub's matches) and the API;
- a page of the learning platform, a page moved or deleted, a library item (methods, tools,
  partners, people, spaces, testimonials), an image, a document, a site or a locale: every
  site and the API. The reference index could narrow a library item or an image to the pages
  that use it, but listings and cards show them too, so all sites are purged: never stale;
- a site's settings: that site, the platform (it names the hubs) and the API.

Scheduled publishing goes through ``publish`` and so through ``page_published``. Each purge
happens at once and again when the transaction commits, so a page rendered from the old
state between the two is dead as well. The front-end (CDN) purge of the API
(``cms.api.purge``) is separate and unchanged.
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core.page_cache import bump

logger = logging.getLogger(__name__)

ALL = ("all",)


def purge(scopes) -> None:
    """Bump ``scopes`` now and after the commit. Never raises: a cache that cannot be reached
    must not fail the editor's action (entries then expire after PAGE_CACHE_SECONDS)."""
    scopes = tuple(dict.fromkeys(scopes))

    def run():
        try:
            bump(scopes)
        except Exception:
            logger.exception("Page cache: could not purge %s", scopes)

    run()
    transaction.on_commit(run)


def platform_site_ids() -> list[int]:
    from cms.core.models import SiteSettings

    return list(SiteSettings.objects.filter(key="platform").values_list("site_id", flat=True))


def page_scopes(page) -> tuple:
    try:
        site = page.get_site()
    except Site.DoesNotExist:  # a new site's home, saved before its Site record exists
        site = None
    platform = platform_site_ids()
    if site is None or site.pk in platform:
        return ALL
    return ("api", f"site:{site.pk}", *(f"site:{pk}" for pk in platform))


def on_page_changed(sender, instance, **kwargs):
    purge(page_scopes(instance))


def on_page_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge(page_scopes(instance))


#: Fields Wagtail fills in on a file's first use (``get_file_size``, ``get_file_hash``), while
#: a page that shows it is being rendered: nothing a visitor sees changes.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def on_everything_changed(sender, instance=None, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        # Purging here killed the very entry being rendered (the materials page, which shows
        # its documents' sizes, was never stored on its first visits).
        return
    purge(ALL)


def on_site_setting_saved(sender, instance, **kwargs):
    # Every site shows the others' names in its network footer, and the platform's contact
    # address stands in for a hub without one: a site's settings reach every site.
    purge(ALL)


def connect() -> None:
    from django.apps import apps

    from cms.core.models import SiteSettings

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    # Page subclasses send post_save with their own class as sender: one receiver for all.
    post_save.connect(on_page_saved, dispatch_uid="page_cache_page_saved")
    post_page_move.connect(on_everything_changed, dispatch_uid="page_cache_moved")
    post_delete.connect(on_everything_changed, sender=Page, dispatch_uid="page_cache_page_deleted")
    everything = [
        *apps.get_app_config("library").get_models(),
        get_image_model(),
        get_document_model(),
        Site,
        Locale,
    ]
    for model in everything:
        uid = f"page_cache_{model._meta.label_lower}"
        post_save.connect(on_everything_changed, sender=model, dispatch_uid=uid + "_saved")
        post_delete.connect(on_everything_changed, sender=model, dispatch_uid=uid + "_deleted")
    # A view restriction hides a page and its subtree from every listing: at once, not after
    # the cached listings expire.
    post_save.connect(on_everything_changed, sender=PageViewRestriction, dispatch_uid="page_cache_pvr_saved")
    post_delete.connect(
        on_everything_changed, sender=PageViewRestriction, dispatch_uid="page_cache_pvr_deleted"
    )
    m2m_changed.connect(
        on_everything_changed, sender=PageViewRestriction.groups.through, dispatch_uid="page_cache_pvr_groups"
    )
    post_save.connect(on_site_setting_saved, sender=SiteSettings, dispatch_uid="page_cache_site_settings")
    post_delete.connect(
        on_site_setting_saved, sender=SiteSettings, dispatch_uid="page_cache_site_settings_del"
    )


def create_cache_tables(sender, **kwargs) -> None:
    """``migrate`` also makes the database cache's table (CACHE_URL's default), so a fresh
    install needs no extra step. Does nothing for other cache backends."""
    if sender.label != "core":
        return
    from django.core.management import call_command

    call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)
