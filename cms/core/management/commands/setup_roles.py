from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cms.core.role_setup import setup_roles


class Command(BaseCommand):
    """Create or repair the groups, permissions and review workflows of every configured site
    (idempotent; bootstrap_sites runs it too)."""

    help = "Create or repair the editor and moderator groups, their permissions and review workflows."

    def handle(self, *args, **options):
        try:
            report = setup_roles()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for line in report.created:
            self.stdout.write(f"created {line}")
        for line in report.updated:
            self.stdout.write(f"updated {line}")
        if not report:
            self.stdout.write("roles up to date")
