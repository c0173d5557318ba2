"""The test database with the whole demo, prepared once per version of the code on PostgreSQL.

Every pytest process needs a test database with the demo (``tests/conftest.py``). Migrating and
loading it costs about a minute of one core on PostgreSQL. So the first process that makes
one keeps a copy: the template database ``cimis_demo_<key>`` and the demo's media files in
``<temp>/cimis-test-demo/<key>/media``. Every later process of the same code clones it with
``CREATE DATABASE … TEMPLATE`` in about a second: the other pytest-xdist worker, the browser
suite, the next run.

The key (``cms.core.code_version``) changes with any file that could change the demo. A new
key drops the templates of the others. A lock file makes the processes that start together
wait for the one that builds.

On SQLite, the test database lives in memory and is built as before, in each process.
"""

import fcntl
import shutil
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import setup_databases

import psycopg
from psycopg import sql

from cms.core.code_version import demo_code_key

TEMPLATE_PREFIX = "cimis_demo_"
CACHE = Path(tempfile.gettempdir()) / "cimis-test-demo"


def load_demo() -> None:
    # The demo's accounts have public passwords: load_demo runs only with DEBUG on.
    with override_settings(DEBUG=True):
        call_command("load_demo", verbosity=0)


def test_database_name() -> str:
    database = settings.DATABASES["default"]
    name = database.get("TEST", {}).get("NAME") or f"test_{database['NAME']}"
    if not name.startswith("test_"):  # never clone over anything but a test database
        raise RuntimeError(f"not a test database: {name}")
    return name


@contextmanager
def maintenance_connection():
    """A connection to the server's ``postgres`` database, which CREATE and DROP need."""
    database = settings.DATABASES["default"]
    with psycopg.connect(
        dbname="postgres",
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        autocommit=True,
    ) as admin:
        yield admin


def prepare_test_database(verbosity: int = 0):
    """Create the test database with the demo; returns what ``teardown_databases`` takes."""
    arguments = {
        "verbosity": verbosity,
        "interactive": False,
        "aliases": {"default"},
        "serialized_aliases": set(),
    }
    if connection.vendor != "postgresql":
        config = setup_databases(**arguments)
        load_demo()
        return config
    key = demo_code_key()
    template, media = TEMPLATE_PREFIX + key, CACHE / key / "media"
    test_name = test_database_name()
    CACHE.mkdir(exist_ok=True)
    with open(CACHE / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with maintenance_connection() as admin:
            found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone()
            if found and media.is_dir():
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(test_name))
                )
                admin.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(test_name), sql.Identifier(template)
                    )
                )
                shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
                return setup_databases(keepdb=True, **arguments)  # migrate finds nothing to do
        config = setup_databases(**arguments)
        load_demo()
        keep_as_template(test_name, template, key)
        return config


def keep_as_template(test_name: str, template: str, key: str) -> None:
    """Copy the fresh demo database and its media for the next processes; a server that
    refuses (no CREATEDB right) only means they build their own."""
    connection.close()  # CREATE DATABASE … TEMPLATE needs the source without connections
    try:
        with maintenance_connection() as admin:
            stale = admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", [TEMPLATE_PREFIX + "%"]
            ).fetchall()
            for (name,) in stale:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(template), sql.Identifier(test_name)
                )
            )
    except psycopg.Error as error:
        warnings.warn(f"the demo database is not kept for the next test run: {error}", stacklevel=1)
        return
    for other in CACHE.iterdir():
        if other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(settings.MEDIA_ROOT, CACHE / key / "media")
