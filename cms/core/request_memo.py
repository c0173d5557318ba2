"""Look-ups every page repeats, made once per request.

A page's header, footer, sharing tags, language switcher and cards each asked the database
for the same things: the active locale (Wagtail's ``.localized`` asks for it on every call),
the view restrictions (Wagtail's ``.public()`` reads them all on every call), the site
settings of the site and of the region of each card, the page's translations. Here each is
read once per request and kept in a memo that lives exactly as long as the request
(``request_scope``, opened by ``cms.core.page_cache.PageCacheMiddleware`` for every
request), so a page's query count no longer grows with the number of cards, links and
includes.

Outside a request scope (a management command, a test rendering a template directly)
nothing is kept: every call asks the database, as before. The memo is only read by the
public pages' rendering code; a write within the request that changed one of these rows
would not be seen by later reads of the same request, which no page view does.

What every page of a site shows around its content (the sites and their settings, the
locales, the view restrictions, the menus, the index and legal pages) is also kept *across*
requests, in each process (``remember(..., across_requests=True)``), for as long as the page
cache's ``any`` generation (``cms.core.cache_tags``) stays the same. Every change that the
page cache purges for renews ``any``, in every process and on every node, so these values are
exactly as fresh as the cached pages; a request reads ``any`` once (the page cache's look-up
already has it). A value is only ever kept under the generation read *before* it was
computed, so a value read from the state before a change can never be kept under the
generation that follows it. With the page cache off (``PAGE_CACHE_SECONDS=0``) or its cache
unreachable, nothing is kept across requests.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site

logger = logging.getLogger(__name__)

_memo: ContextVar[dict | None] = ContextVar("cimis_request_memo", default=None)
#: The values kept across requests in this process: (``any`` generation, values). Replaced
#: whole, never changed in place, when a request brings a new generation.
_shared: tuple[str | None, dict] = (None, {})
#: The memo's key for the request's ``any`` generation (``False``: nothing is shared).
GENERATION = "any-generation"


@contextmanager
def request_scope():
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remember(key, compute, across_requests=False):
    """``compute()``, once per request for ``key``; with ``across_requests``, once per
    process until the next change (the value must not depend on the request, the user or
    the page, only on ``key`` and the published state)."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        shared = shared_values(memo) if across_requests else None
        if shared is None:
            memo[key] = compute()
        else:
            if key not in shared:
                shared[key] = compute()
            memo[key] = shared[key]
    return memo[key]


def set_generation(generation) -> None:
    """The ``any`` generation the page cache read for this request (saves reading it again)."""
    memo = _memo.get()
    if memo is not None and generation:
        memo[GENERATION] = generation


def shared_values(memo) -> dict | None:
    """The values kept across requests under this request's ``any`` generation, or ``None``
    when nothing can be kept."""
    global _shared
    generation = memo.get(GENERATION)
    if generation is None:
        generation = memo[GENERATION] = current_generation()
    if not generation:
        return None
    kept_generation, values = _shared
    if kept_generation != generation:
        values = {}
        _shared = (generation, values)
    return values


def current_generation():
    """``any``'s generation from the page cache, or ``False`` when it is off or unreachable."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return False
    from cms.core.cache_tags import ANY
    from cms.core.page_cache import read_generations

    try:
        return read_generations([ANY])[ANY]
    except Exception:
        logger.exception("Request memo: could not read the page cache's generation")
        return False


# --- Locales ---------------------------------------------------------------------------


def locales() -> dict[str, Locale]:
    """Every content locale by language code (one query)."""
    return remember(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
        across_requests=True,
    )


def default_locale() -> Locale:
    """The locale of the default language, as Wagtail's ``Locale.get_default()`` finds it."""
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return locales().get(code) or Locale.get_default()


def locale_by_id(pk) -> Locale | None:
    return next((locale for locale in locales().values() if locale.pk == pk), None)


def active_locale() -> Locale | None:
    """The locale of the active language, as Wagtail's ``Locale.get_active()`` finds it."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    return locales().get(code)


def localized(obj):
    """Wagtail's ``obj.localized`` (the live translation into the active language, else
    ``obj``), with the locale from the memo and each translation read once per request (or
    not at all, after ``prime_localized``)."""
    if obj is None or not hasattr(obj, "translation_key"):
        return obj
    locale = active_locale()
    if locale is None or obj.locale_id == locale.pk:
        return obj
    key = ("localized", type(obj)._meta.label, obj.translation_key, locale.pk)
    translated = remember(key, lambda: obj.get_translation_or_none(locale))
    if translated is None or (isinstance(translated, DraftStateMixin) and not translated.live):
        return obj
    return translated


def prime_localized(objects) -> None:
    """Read the active-language translations of ``objects`` (of one or more models) with one
    query per model, so ``localized`` answers them from the memo."""
    memo = _memo.get()
    locale = active_locale()
    if memo is None or locale is None:
        return
    wanted = {}
    for obj in objects:
        if obj is None or obj.locale_id == locale.pk:
            continue
        key = ("localized", type(obj)._meta.label, obj.translation_key, locale.pk)
        if key not in memo:
            wanted.setdefault(type(obj), {})[obj.translation_key] = key
    for model, keys in wanted.items():
        found = {
            item.translation_key: item
            for item in model._default_manager.filter(translation_key__in=list(keys), locale=locale)
        }
        for translation_key, key in keys.items():
            memo[key] = found.get(translation_key)


# --- View restrictions -----------------------------------------------------------------


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of every page with a view restriction (one query)."""
    return remember(
        "restricted_paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()),
        across_requests=True,
    )


def public(queryset):
    """``queryset.public()`` (no page in or under a restricted section), with the
    restrictions read once per request."""
    condition = Q()
    for path in restricted_paths():
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if condition else queryset


def is_public(page) -> bool:
    return not any(page.path.startswith(path) for path in restricted_paths())


#: The depth of a site's sections (the tree's root is 1, a site's home 2).
SECTION_DEPTH = 3


def first_live_page(model, locale):
    """The first live, public page of ``model`` in ``locale`` (e.g. the platform's method
    library, which library links and the hubs' pages point to), once per request."""
    from django.contrib.contenttypes.models import ContentType

    # Index pages sit at the top of a site's tree: one query reads those of every site and
    # answers every index page type a page links to.
    sections = remember(
        ("sections", locale.pk),
        lambda: list(
            Page.objects.live().filter(locale_id=locale.pk, depth__lte=SECTION_DEPTH).order_by("path")
        ),
        across_requests=True,
    )
    content_type = ContentType.objects.get_for_model(model)
    found = next((p for p in sections if p.content_type_id == content_type.pk and is_public(p)), None)
    if found is not None:
        return found
    return remember(
        ("first_live_page", model._meta.label, locale.pk),
        lambda: public(model.objects.live().filter(locale_id=locale.pk)).first(),
        across_requests=True,
    )


# --- Sites and their settings ----------------------------------------------------------


def site_root_paths():
    """Wagtail's site root paths: kept in the shared cache (a Redis round trip for each look-up),
    read once per request here."""
    return remember("site_root_paths", Site.get_site_root_paths, across_requests=True)


def site_id_of(page) -> int | None:
    """The site whose tree holds ``page``, chosen as Wagtail's ``get_site`` chooses it (the
    first of the site root paths whose URL path holds the page's): no query."""
    return next(
        (root.site_id for root in site_root_paths() if page.url_path.startswith(root.root_path)),
        None,
    )


def all_site_settings() -> dict:
    """Every site's settings by site id, with their site and root page (one query)."""
    from cms.core.models import SiteSettings

    return remember(
        "site_settings",
        lambda: {
            row.site_id: row for row in SiteSettings.objects.select_related("site", "site__root_page", "logo")
        },
        across_requests=True,
    )


def site_settings_of(site_or_id):
    """The settings of a site (by record or id): from the memo, else Wagtail's ``for_site``
    (which creates missing settings)."""
    from cms.core.models import SiteSettings

    if site_or_id is None:
        return None
    site_id = getattr(site_or_id, "pk", site_or_id)
    found = all_site_settings().get(site_id)
    if found is None:
        site = site_or_id if isinstance(site_or_id, Site) else Site.objects.get(pk=site_id)
        found = SiteSettings.for_site(site)
    return found


def site_settings_for_request(request):
    """The request's site's settings; also what Wagtail's ``settings`` context processor and
    ``SiteSettings.for_request`` answer for the rest of the request."""
    from cms.core.models import SiteSettings

    if request is None:
        return None
    attribute = SiteSettings.get_cache_attr_name()
    if hasattr(request, attribute):
        return getattr(request, attribute)
    site = Site.find_for_request(request)
    if site is None:
        return None
    found = site_settings_of(site)
    setattr(request, attribute, found)
    return found


# --- Translations of a page ------------------------------------------------------------


def page_versions(page) -> list:
    """Every version of ``page`` (same translation key: translations and aliases, itself
    included), with their locales (one query per page and request)."""
    return remember(
        ("versions", page.translation_key),
        lambda: list(Page.objects.filter(translation_key=page.translation_key).select_related("locale")),
    )
