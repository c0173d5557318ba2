"""The configured sites (settings.CIMIS_SITES) and how to find a Site by its key."""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class SiteConfig:
    key: str
    kind: str
    hostname: str
    name: str
    name_en: str = ""  # the name on English pages; empty: the same as name
    partner: str = ""
    partner_url: str = ""
    primary_colour: str = "#1f4e79"
    default: bool = False

    @property
    def root_page_model(self):
        return apps.get_model(settings.CIMIS_SITE_ROOT_PAGE_TYPES[self.kind])

    @property
    def is_hub(self) -> bool:
        return self.kind == "hub"


def configured_sites() -> list[SiteConfig]:
    """The sites of settings.CIMIS_SITES, checked: unique keys and host names, known kinds,
    exactly one default."""
    configs = [SiteConfig(**entry) for entry in settings.CIMIS_SITES]
    keys = [c.key for c in configs]
    hosts = [c.hostname for c in configs]
    if len(set(keys)) != len(keys) or len(set(hosts)) != len(hosts):
        raise ImproperlyConfigured("CIMIS_SITES: keys and host names must be unique.")
    unknown = {c.kind for c in configs} - set(settings.CIMIS_SITE_ROOT_PAGE_TYPES)
    if unknown:
        raise ImproperlyConfigured(f"CIMIS_SITES: unknown kind(s) {sorted(unknown)}.")
    if sum(c.default for c in configs) != 1:
        raise ImproperlyConfigured("CIMIS_SITES: exactly one site must be the default.")
    return configs


def site_config(key: str) -> SiteConfig:
    for config in configured_sites():
        if config.key == key:
            return config
    raise KeyError(key)


def site_for_key(key: str):
    """The Wagtail Site whose settings carry this key."""
    from cms.core.models import SiteSettings

    return SiteSettings.objects.select_related("site").get(key=key).site


def site_pages_q(site=None, prefix: str = ""):
    """A filter for the pages of ``site`` in every language (every site's with None): with
    wagtail-localize each language is a tree of its own under a translation of the site's
    root page. One query, for the roots' paths. ``prefix`` names a relation to pages."""
    from django.db.models import Q

    from wagtail.models import Page, Site

    if site is None:
        roots = Page.objects.filter(translation_key__in=Site.objects.values("root_page__translation_key"))
    else:
        roots = language_roots(site)
    condition = Q(pk__in=[])
    for path in roots.values_list("path", flat=True):
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition


def language_roots(site):
    """The site's root page in every language (the roots of ``site_pages_q``)."""
    from wagtail.models import Page

    return Page.objects.filter(translation_key=site.root_page.translation_key)
