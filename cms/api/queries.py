"""The rules of what the API may show, as queries the endpoints, the bulk look-up and the
tests all use.

A page is public when it is live and neither it nor any ancestor carries a view restriction
(password, login or group). The API is anonymous by design: a restricted page stays out of
every answer even for a signed-in user who could open it on the site, so no response ever
depends on who asks. Draftable snippets must be live, images and documents outside
collections with a view restriction. Look-ups are made once per request
(``cms.core.request_memo``).
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError, get_restricted_collection_ids
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Locale, Page, Site

from cms.core.request_memo import remember, restricted_paths
from cms.core.sites import site_pages_q


def public_pages_q() -> Q:
    """A filter for live pages outside every restricted subtree."""
    condition = Q(live=True)
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def public_pages(site: Site | None = None):
    """The public pages of ``site`` in every language (of every site with None)."""
    in_site = remember(("api_site_pages", site.pk if site else None), lambda: site_pages_q(site))
    return Page.objects.filter(public_pages_q()).filter(in_site)


def restricted_collections():
    """The collections with a view restriction, as an anonymous visitor would ask: the
    API's answers never depend on the user."""
    anonymous = SimpleNamespace(user=AnonymousUser(), session={})
    return remember("api_restricted_collections", lambda: get_restricted_collection_ids(anonymous))


def visible(model, queryset):
    """Only what the API may show of ``model``."""
    if issubclass(model, Page):
        return queryset.filter(public_pages_q())
    if issubclass(model, DraftStateMixin):
        queryset = queryset.filter(live=True)
    if model is get_document_model() or model is get_image_model():
        restricted = restricted_collections()
        if restricted:
            queryset = queryset.exclude(collection__in=restricted)
    return queryset


def is_visible(obj) -> bool:
    """The rules of ``visible()``, for an object that is already loaded."""
    if isinstance(obj, Page):
        return obj.live and not any(obj.path.startswith(path) for path in restricted_paths())
    if isinstance(obj, DraftStateMixin) and not obj.live:
        return False
    if isinstance(obj, (get_image_model(), get_document_model())):
        return obj.collection_id not in restricted_collections()
    return True


_LOCALES: dict[int, Locale] = {}


def locales() -> dict[int, Locale]:
    """All locales by id. There are two and they change about never, so they are kept for
    the life of the process; saving or deleting a locale clears them (``forget_locales``)."""
    if not _LOCALES:
        _LOCALES.update({locale.pk: locale for locale in Locale.objects.all()})
    return _LOCALES


def forget_locales(**kwargs) -> None:
    _LOCALES.clear()


def locale_for_code(code: str) -> Locale:
    for locale in locales().values():
        if locale.language_code == code:
            return locale
    known = ", ".join(sorted(locale.language_code for locale in locales().values()))
    raise BadRequestError(_("unknown locale '%(code)s' (known: %(known)s)") % {"code": code, "known": known})


def site_for_parameter(request) -> Site:
    """The site named by ``?site=<host name>[:port]``, else the site the request came to."""
    return remember("api_site", lambda: _site_for_parameter(request))


def _site_for_parameter(request) -> Site:
    value = request.GET.get("site")
    if value is None:
        site = Site.find_for_request(request)
        if site is None:
            raise BadRequestError(_("no site is configured for this host name; pass ?site="))
        return site
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
    return site


def publicly_used_q(model) -> Q:
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

    sources = Q(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=keys(public_pages()))
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
