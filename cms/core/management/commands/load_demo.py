from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.core.bootstrap import bootstrap_sites, ensure_locales
from cms.core.demo import DemoContext
from cms.core.models import SiteSettings

PROJECT_PACKAGES = ("cms.", "sites.")


class Command(BaseCommand):
    """Load the demo: the four sites, their content in German and English, demo accounts."""

    help = "Load the demo content and demo accounts (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to load the demo with DEBUG off: its accounts have public passwords."
            )
        with transaction.atomic():
            bootstrap_sites()
            source_locale, targets = ensure_locales()
            sites = {
                row.key: row.site for row in SiteSettings.objects.select_related("site").exclude(key=None)
            }
            context = DemoContext(source_locale=source_locale, targets=targets, sites=sites, stdout=None)
            for app_config in apps.get_app_configs():
                if not app_config.name.startswith(PROJECT_PACKAGES):
                    continue
                module_name = f"{app_config.name}.demo"
                if find_spec(module_name) is None:
                    continue
                loader = getattr(import_module(module_name), "load", None)
                if loader is not None:
                    loader(context)
            deleted = context.deleted_items()
        if deleted:
            self.stdout.write(
                f"{deleted} demo item(s) deleted since an earlier run left alone (not recreated)"
            )
        self.stdout.write(self.style.SUCCESS("demo content loaded"))
