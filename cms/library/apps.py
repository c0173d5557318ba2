from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    """The shared snippet libraries: methods, AI tools, partners, people, testimonials and
    innovation spaces, one copy for all sites."""

    name = "cms.library"
    label = "library"
    verbose_name = _("Library")
