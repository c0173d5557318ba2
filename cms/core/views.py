import hashlib
import re

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.utils.html import escape
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


FAVICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
    '<rect width="64" height="64" rx="12" fill="{colour}"/>'
    '<text x="32" y="44" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" '
    'font-size="{size}" font-weight="700" fill="#ffffff">{initials}</text></svg>\n'
)
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def favicon_initials(site_settings) -> str:
    """One letter per site: the first of its configuration key (distinct per site, whatever
    language or name the visitor sees), e.g. "M" for meissen."""
    key = site_settings.key or site_settings.display_name or "C"
    letters = [char for char in key if char.isalnum()]
    return (letters[0] if letters else "C").upper()


def favicon_version(site_settings) -> str:
    """Changes when the icon would: a new colour or initial gets a new URL past caches."""
    source = f"{site_settings.primary_colour}|{favicon_initials(site_settings)}"
    return hashlib.sha256(source.encode()).hexdigest()[:10]


@require_GET
@cache_control(public=True, max_age=86400)
def favicon(request):
    """The current site's icon: its initial in white on its brand colour, as SVG."""
    site_settings = SiteSettings.for_request(request)
    colour = (
        site_settings.primary_colour if HEX_COLOUR.match(site_settings.primary_colour or "") else "#1f4e79"
    )
    initials = favicon_initials(site_settings)
    svg = FAVICON_SVG.format(colour=colour, initials=escape(initials), size=40 if len(initials) == 1 else 28)
    return HttpResponse(svg, content_type="image/svg+xml")


def sitemap(request):
    """The sitemap of the requested site, in all its languages, with hreflang alternates."""
    return django_sitemap(request, sitemaps={"pages": SiteSitemap(request)})
