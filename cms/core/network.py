"""The CIMIS network: the configured sites (settings.CIMIS_SITES, in their configured order)
with their names and home pages in the visitor's language.

Built from the Site records and each site's SiteSettings, never from code that names a site:
a fifth partner is one more entry in the configuration. Two queries per request however many
sites there are (the settings with their sites and root pages, then the localized roots), and
the result is kept on the request for the header, the footer, the sharing tags and the
platform home.
"""

from dataclasses import dataclass

from django.utils import translation

from wagtail.models import Page, Site

from cms.core import request_memo
from cms.core.sites import configured_sites

#: Where the network of a request is kept once built (our own attribute on the request).
REQUEST_ATTRIBUTE = "cimis_network"


@dataclass(frozen=True)
class NetworkSite:
    key: str
    is_hub: bool
    site: Site
    settings: object  # the site's cms.core.models.SiteSettings
    home: Page  # the site's home page in the visitor's language (else its source language)
    url: str  # the home page's absolute URL
    current: bool

    @property
    def name(self) -> str:
        return self.settings.localized_display_name


def network(request) -> list[NetworkSite]:
    """Every configured site that exists, in configuration order; ``current`` marks the
    request's own site."""
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is not None and cached[0] == translation.get_language():
        return cached[1]
    configs = configured_sites()
    keys = {c.key for c in configs}
    rows = {row.key: row for row in request_memo.all_site_settings().values() if row.key in keys}
    language = translation.get_language()
    locale = request_memo.active_locale()
    roots = [row.site.root_page for row in rows.values()]
    localized = {root.translation_key: root for root in roots if locale and root.locale_id == locale.pk}
    missing = [root.translation_key for root in roots if root.translation_key not in localized]
    if missing:
        localized.update(
            request_memo.remember(
                ("network homes", language, tuple(missing)),
                lambda: [
                    (page.translation_key, page)
                    for page in Page.objects.filter(
                        translation_key__in=missing, locale__language_code=language
                    )
                    .live()
                    .select_related("locale")
                ],
                across_requests=True,
            )
        )
    current = Site.find_for_request(request) if request is not None else None
    entries = []
    for config in configs:
        row = rows.get(config.key)
        if row is None:
            continue
        root = row.site.root_page
        home = localized.get(root.translation_key, root)
        entries.append(
            NetworkSite(
                key=config.key,
                is_hub=config.is_hub,
                site=row.site,
                settings=row,
                home=home,
                url=home.get_full_url(request),
                current=current is not None and current.pk == row.site_id,
            )
        )
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, (language, entries))
    return entries


def network_hub(request):
    """The network's central site: the configured site that is not a hub (the platform)."""
    return next((entry for entry in network(request) if not entry.is_hub), None)
