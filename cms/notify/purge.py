"""Purging a front-end cache (Varnish, a CDN …) of the API answers a change affects.

Wagtail's own purge (``wagtail.contrib.frontend_cache``) covers a page's address and, with
``WAGTAILAPI_USE_FRONTENDCACHE``, its v2 detail. A change also alters listings: the endpoint's
listing, the listings of the page's site, type and parent, and the translations' details
(which list the page's title). Those URLs are purged here, on every site's host, through
Wagtail's configured backends — nothing happens unless ``API_FRONTEND_CACHE_PURGE_URL`` is set.
Listings with other parameters (``search``, ``offset`` …) are left to ``API_CACHE_MAX_AGE``.
"""

import logging

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site, TranslatableMixin

logger = logging.getLogger(__name__)


def affected_paths(instance) -> list[str]:
    """API paths (with query) whose answers change when ``instance`` changes."""
    from cms.api.router import api_router

    model = (instance.specific_class or Page) if isinstance(instance, Page) else type(instance)
    endpoint = api_router.get_model_endpoint(model)
    if endpoint is None:
        return []
    listing = api_router.get_model_listing_urlpath(model)
    paths = [listing, api_router.get_object_detail_urlpath(model, instance.pk)]
    if isinstance(instance, TranslatableMixin):
        others = type(instance)._default_manager.filter(translation_key=instance.translation_key)
        paths += [
            api_router.get_object_detail_urlpath(model, pk) for pk in others.values_list("pk", flat=True)
        ]
        paths += [f"{listing}?locale={instance.locale.language_code}"]
    if isinstance(instance, Page):
        label = model._meta.label
        paths += [f"{listing}?type={label}"]
        parent_id = (
            Page.objects.filter(path=instance.path[: -Page.steplen]).values_list("pk", flat=True).first()
        )
        if parent_id:
            paths += [f"{listing}?child_of={parent_id}"]
        site = instance.get_site()
        if site is not None:
            paths += [f"{listing}?site={site.hostname}"]
    return list(dict.fromkeys(path for path in paths if path))


def purge_api_answers(instance) -> None:
    """Purge, after the transaction commits, the API answers ``instance`` affects. Never
    raises: a cache that cannot be reached must not fail the editor's action."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        paths = affected_paths(instance)
        roots = {site.root_url.rstrip("/") for site in Site.objects.all()}
        urls = [root + path for root in sorted(roots) for path in paths]
    except Exception:
        logger.exception("Could not work out which API answers %r affects", instance)
        return

    def purge():
        try:
            purge_urls_from_cache(urls)
        except Exception:
            logger.exception("Could not purge the front-end cache")

    transaction.on_commit(purge)
