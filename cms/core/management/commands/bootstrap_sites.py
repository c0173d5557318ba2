from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cms.core.bootstrap import bootstrap_sites


class Command(BaseCommand):
    """Create or repair the sites of CIMIS_SITES (idempotent; re-applies host names)."""

    help = "Create or repair the configured sites, their page trees, collections and legal pages."

    def handle(self, *args, **options):
        try:
            report = bootstrap_sites()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for line in report.created:
            self.stdout.write(f"created {line}")
        for line in report.updated:
            self.stdout.write(f"updated {line}")
        if not report.created and not report.updated:
            self.stdout.write("sites up to date")
