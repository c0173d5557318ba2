from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The headless API: router, endpoints, schema, documentation, preview."""

    name = "cms.api"
    label = "api"
    verbose_name = _("Headless API")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Locale

        from .queries import forget_locales

        post_save.connect(forget_locales, sender=Locale, dispatch_uid="api_forget_locales_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="api_forget_locales_deleted")
