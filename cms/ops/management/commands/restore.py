from django.core.management.base import BaseCommand, CommandError

from cms.ops.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into the configured, empty database (PostgreSQL: "
        "pg_restore; SQLite: the online backup API) and copy its media into the configured "
        "storage (bucket or disk) under the same names."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a directory written by `manage.py backup`")
        parser.add_argument("--no-media", action="store_true", help="the database only")

    def handle(self, directory, no_media, **options):
        try:
            manifest = restore(directory, media=not no_media, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"restore done: {manifest['database']} database, {len(manifest['media'])} media files"
        )
