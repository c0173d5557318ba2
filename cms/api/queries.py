"""The rules of what the API may show, as queries the endpoints, the serializers and the
tests all use.

A page is public when it is live and neither it nor any ancestor carries a view restriction
(password, login or group). The API is anonymous by design: a restricted page stays out of
every answer even for a signed-in user who could open it on the site, so no response ever
depends on who asks.
"""

from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.core.sites import site_pages_q

_CACHE_ATTRIBUTE = "_cimis_api_cache"


def request_cache(request) -> dict:
    """A dict that lives as long as the request: look-ups made once per request."""
    cache = getattr(request, _CACHE_ATTRIBUTE, None)
    if cache is None:
        cache = {}
        setattr(request, _CACHE_ATTRIBUTE, cache)
    return cache


def restricted_paths(request) -> list[str]:
    """Tree paths of the pages that carry a view restriction (their subtrees are private)."""
    cache = request_cache(request)
    if "restricted_paths" not in cache:
        cache["restricted_paths"] = sorted(
            set(PageViewRestriction.objects.values_list("page__path", flat=True))
        )
    return cache["restricted_paths"]


def public_pages_q(request, prefix: str = "") -> Q:
    """A filter for live pages outside every restricted subtree (``prefix`` for relations)."""
    condition = Q(**{f"{prefix}live": True})
    for path in restricted_paths(request):
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition


_LOCALES: dict[int, Locale] = {}


def locales(request=None) -> dict[int, Locale]:
    """All locales by id. There are two and they change about never, so they are kept for
    the life of the process; saving or deleting a locale clears them (``forget_locales``)."""
    if not _LOCALES:
        _LOCALES.update({locale.pk: locale for locale in Locale.objects.all()})
    return _LOCALES


def forget_locales(**kwargs) -> None:
    _LOCALES.clear()


def locale_for_code(request, code: str) -> Locale:
    for locale in locales(request).values():
        if locale.language_code == code:
            return locale
    known = ", ".join(sorted(locale.language_code for locale in locales(request).values()))
    raise BadRequestError(_("unknown locale '%(code)s' (known: %(known)s)") % {"code": code, "known": known})


def site_for_parameter(request) -> Site:
    """The site named by ``?site=<host name>[:port]``, else the site the request came to."""
    cache = request_cache(request)
    if "site" in cache:
        return cache["site"]
    value = request.GET.get("site")
    if value is None:
        site = Site.find_for_request(request)
        if site is None:
            raise BadRequestError(_("no site is configured for this host name; pass ?site="))
    else:
        hostname, _sep, port = value.strip().lower().partition(":")
        sites = Site.objects.filter(hostname=hostname).select_related("root_page")
        if port:
            if not port.isdigit() or len(port) > 5:
                raise BadRequestError(_("unknown site '%s'") % value)
            sites = sites.filter(port=int(port))
        site = sites.order_by("-is_default_site", "port").first()
        if site is None:
            known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
            raise BadRequestError(
                _("unknown site '%(site)s' (known: %(known)s)") % {"site": value, "known": known}
            )
    cache["site"] = site
    return site


def in_site_q(request, site: Site | None) -> Q:
    """``cms.core.sites.site_pages_q`` (every site's pages with None), once per request."""
    cache = request_cache(request)
    key = ("site_pages", site.pk if site else None)
    if key not in cache:
        cache[key] = site_pages_q(site)
    return cache[key]


def publicly_used_q(request, model) -> Q:
    """Objects of ``model`` (documents) that a live, public page of a site or a live library
    item uses — a link in rich text, a chooser in a StreamField or a foreign key, as Wagtail's
    reference index records them. An upload is not public until published content uses it."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import CharField
    from django.db.models.functions import Cast

    from wagtail.models import ReferenceIndex

    from .router import LIBRARY_ENDPOINTS

    def keys(queryset):
        return queryset.annotate(reference_key=Cast("pk", output_field=CharField())).values("reference_key")

    pages = Page.objects.filter(public_pages_q(request)).filter(in_site_q(request, None))
    sources = Q(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=keys(pages))
    for label, _options in LIBRARY_ENDPOINTS.values():
        library_model = apps.get_model(label)
        items = library_model._default_manager.filter(live=True)
        sources |= Q(
            base_content_type=ContentType.objects.get_for_model(library_model), object_id__in=keys(items)
        )
    used = ReferenceIndex.objects.filter(sources, to_content_type=ContentType.objects.get_for_model(model))
    return Q(
        pk__in=keys(model._default_manager.all())
        .filter(reference_key__in=used.values("to_object_id"))
        .values("pk")
    )
