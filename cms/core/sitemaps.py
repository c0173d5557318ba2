"""One sitemap per site, covering every language tree of that site.

Wagtail's own sitemap walks only ``site.root_page`` (the German tree) and has no hreflang
alternates (Wagtail PR 12973, issue 12420); this one lists each language's pages with
their alternates and leaves out aliases, which only repeat content that is listed already.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from wagtail.models import Page, Site

from cms.core.sites import site_pages_q


class SiteSitemap(Sitemap):
    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)

    def items(self):
        pages = Page.objects.filter(site_pages_q(self.site))
        return list(
            pages.live().public().filter(alias_of__isnull=True).select_related("locale").order_by("path")
        )

    def location(self, page):
        return page.get_full_url(self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        items = self.items()
        by_key = defaultdict(dict)
        for item in items:
            by_key[item.translation_key][item.locale.language_code] = item.get_full_url(self.request)
        urls = []
        for item in items:
            versions = by_key[item.translation_key]
            alternates = [{"lang_code": code, "location": url} for code, url in sorted(versions.items())]
            if settings.LANGUAGE_CODE in versions:
                alternates.append({"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]})
            urls.append(
                {
                    "item": item,
                    "location": versions[item.locale.language_code],
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates if len(versions) > 1 else [],
                }
            )
        self.latest_lastmod = max((u["lastmod"] for u in urls if u["lastmod"]), default=None)
        return urls
