from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubsConfig(AppConfig):
    """The page types of the regional hub microsites: one set for all hubs."""

    name = "sites.hubs"
    label = "hubs"
    verbose_name = _("Regional hubs")
