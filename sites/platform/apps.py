from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlatformConfig(AppConfig):
    """The page types of the central learning platform."""

    name = "sites.platform"
    label = "platform"
    verbose_name = _("Learning platform")
