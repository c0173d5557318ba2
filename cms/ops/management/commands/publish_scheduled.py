"""``publish_scheduled`` that is safe to run on every node at the same minute.

Wagtail's command reads the due revisions and publishes them one by one; two nodes running it
at once both read the same list and publish each page twice (two log entries, two webhooks,
two purges). This command takes Wagtail's place (``cms.ops`` comes before ``wagtail`` in
``INSTALLED_APPS``) and runs it while holding a PostgreSQL advisory lock: a second node waits,
then finds nothing left to do. On SQLite (one machine) it runs Wagtail's command as it is.
"""

from django.db import connection

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

#: The advisory lock's key: any constant that nothing else in the database uses ("CIMIS" + 1).
LOCK_KEY = 0x43494D4953_01


class Command(WagtailCommand):
    help = "Publish and unpublish what is scheduled, once, however many nodes run it at the same time."

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            return super().handle(*args, **options)
        with connection.cursor() as cursor:
            # A session lock: released when the command ends, or when its connection dies.
            cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
            try:
                return super().handle(*args, **options)
            finally:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
