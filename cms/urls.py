import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core.documents import serve_public_media
from cms.core.views import favicon, site_theme, sitemap
from cms.search.views import search

# Too many query parameters and the like: a JSON message under /api/, else Django's page.
handler400 = "cms.api.errors.bad_request"

urlpatterns = [
    # Wagtail's reports, scoped to what a role may explore (cms.core.reports).
    path("admin/reports/", include("cms.core.reports")),
    path("admin/", include(wagtailadmin_urls)),
    path("api/", include("cms.api.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("theme.css", site_theme, name="site_theme"),
    path("favicon.svg", favicon, name="favicon"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Database, cache, storage and task queue: ok or unhealthy, no configuration (cms.ops.health).
    path("health/", include("cms.ops.urls")),
]

if settings.MEDIA_URL.startswith("/"):
    # Image files in development (DEBUG) only, never documents: those go through
    # /documents/<id>/<name>. In production the web server serves MEDIA_ROOT/images and
    # MEDIA_ROOT/original_images itself and must not serve MEDIA_ROOT/documents.
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_public_media)
    )

# Content lives under /de/… and /en/…; "/" redirects by the browser's language.
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
