from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms.core.models import SiteSettings
from cms.core.sitemaps import SiteSitemap


@require_GET
@cache_control(public=True, max_age=300)
def site_theme(request):
    """The current site's colours as CSS custom properties, so templates need no inline
    styles. The colour is validated as #rrggbb when saved."""
    site_settings = SiteSettings.for_request(request)
    css = f":root {{ --brand: {site_settings.primary_colour}; }}\n"
    return HttpResponse(css, content_type="text/css; charset=utf-8")


def sitemap(request):
    """The sitemap of the requested site, in all its languages, with hreflang alternates."""
    return django_sitemap(request, sitemaps={"pages": SiteSitemap(request)})
