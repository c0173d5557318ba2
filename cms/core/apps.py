from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every site shares: media with credits, site settings, base and legal pages."""

    name = "cms.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_migrate

        from cms.core import cache_purge, localize_guard, restrictions
        from cms.core.permissions import register_policies
        from cms.core.signal_handlers import register_signal_handlers

        register_policies()
        register_signal_handlers()
        restrictions.connect()
        localize_guard.install()
        cache_purge.connect()
        post_migrate.connect(cache_purge.create_cache_tables, dispatch_uid="core_cache_tables")
