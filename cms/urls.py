from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core.views import site_theme, sitemap
from cms.search.views import search

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("api/", include("cms.api.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("theme.css", site_theme, name="site_theme"),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Content lives under /de/… and /en/…; "/" redirects by the browser's language.
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
