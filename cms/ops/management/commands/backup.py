from django.core.management.base import BaseCommand, CommandError

from cms.ops.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (PostgreSQL: pg_dump; SQLite: the online backup API) and every "
        "media file (bucket or disk) into a new directory, with a manifest of checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a new or empty directory")
        parser.add_argument("--no-media", action="store_true", help="the database only")

    def handle(self, directory, no_media, **options):
        try:
            manifest = backup(directory, media=not no_media, log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"backup done: {manifest['database']} database, {len(manifest['media'])} media files"
        )
