from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every site shares: media with credits, site settings, base and legal pages."""

    name = "cms.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from cms.core import localize_guard, restrictions
        from cms.core.permissions import register_policies
        from cms.core.signal_handlers import register_signal_handlers

        register_policies()
        register_signal_handlers()
        restrictions.connect()
        localize_guard.install()
