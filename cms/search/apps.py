from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search: the requested site's pages and the shared libraries, in one language."""

    name = "cms.search"
    label = "cimis_search"
    verbose_name = _("Search")
