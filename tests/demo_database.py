"""The test database with the whole demo, prepared once per version of the code.

Every pytest process needs a test database with the demo (``tests/conftest.py``). Migrating and
loading it costs 45 to 70 s of one core. So the first process that makes one keeps a copy, and
every later process of the same code restores it in about a second: the other pytest-xdist
worker, the browser suite, the next run of a single test file.

- PostgreSQL: the template database ``cimis_demo_<key>``, cloned with ``CREATE DATABASE …
  TEMPLATE``.
- SQLite: the file ``<temp>/cimis-test-demo/<key>/sqlite/demo.sqlite3``, copied into the
  in-memory test database with SQLite's backup API.

The demo's media files are kept beside it, in ``<temp>/cimis-test-demo/<key>/<vendor>/media``
(the file names a demo load gives may differ between databases). The key
(``cms.core.code_version``) changes with any file that could change the demo, and a new key
removes the copies of the others. A lock file keeps one process from reading a copy while
another writes it.
"""

import fcntl
import shutil
import sqlite3
import tempfile
import warnings
from contextlib import closing, contextmanager
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
#: The name Django gives the in-memory SQLite test database of the alias ``default``. Should a
#: Django release name it otherwise, the restored copy is not found and the demo is loaded.
SQLITE_MEMORY_NAME = "file:memorydb_default?mode=memory&cache=shared"
#: The open connection that keeps the restored in-memory database alive for the process.
_memory_keeper: list[sqlite3.Connection] = []


def load_demo() -> None:
    # The demo's accounts have public passwords: load_demo runs only with DEBUG on.
    with override_settings(DEBUG=True):
        call_command("load_demo", verbosity=0)


def prepare_test_database(verbosity: int = 0):
    """Create the test database with the demo; returns what ``teardown_databases`` takes."""
    arguments = {
        "verbosity": verbosity,
        "interactive": False,
        "aliases": {"default"},
        "serialized_aliases": set(),
    }
    key = demo_code_key()
    media = CACHE / key / connection.vendor / "media"
    CACHE.mkdir(exist_ok=True)
    with locked():
        restored = media.is_dir() and restore(key)
        if restored:
            config = setup_databases(keepdb=True, **arguments)  # migrate finds nothing to do
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
            if connection.vendor != "sqlite" or connection.settings_dict["NAME"] == SQLITE_MEMORY_NAME:
                return config
    # Processes that start together each build their own (two cores build two demos in the
    # time of one); the first to finish keeps its copy.
    if not restored:
        config = setup_databases(**arguments)
    load_demo()
    with locked():
        if not media.is_dir() and keep(key):
            for other in CACHE.iterdir():
                if other.is_dir() and other.name != key:
                    shutil.rmtree(other, ignore_errors=True)
            shutil.copytree(settings.MEDIA_ROOT, media)
    return config


@contextmanager
def locked():
    with open(CACHE / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def restore(key: str) -> bool:
    """Put the kept copy where the test database is about to be created."""
    if connection.vendor == "postgresql":
        return restore_template(TEMPLATE_PREFIX + key)
    path = CACHE / key / "sqlite" / "demo.sqlite3"
    if connection.vendor == "sqlite" and path.exists() and in_memory():
        keeper = sqlite3.connect(SQLITE_MEMORY_NAME, uri=True)
        with closing(sqlite3.connect(path)) as source:
            source.backup(keeper)
        _memory_keeper.append(keeper)
        return True
    return False


def keep(key: str) -> bool:
    """Keep a copy of the test database with the fresh demo for the next processes."""
    if connection.vendor == "postgresql":
        return keep_template(TEMPLATE_PREFIX + key)
    if connection.vendor == "sqlite" and in_memory():
        path = CACHE / key / "sqlite" / "demo.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        connection.ensure_connection()
        with closing(sqlite3.connect(partial)) as target:
            connection.connection.backup(target)
        partial.replace(path)
        return True
    return False


def in_memory() -> bool:
    return settings.DATABASES["default"].get("TEST", {}).get("NAME") in (None, "", ":memory:")


# --- PostgreSQL ---------------------------------------------------------------------------


def postgres_test_name() -> str:
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


def restore_template(template: str) -> bool:
    test_name = postgres_test_name()
    with maintenance_connection() as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone():
            return False
        drop(admin, test_name, force=True)
        clone(admin, template, test_name)
    return True


def drop(admin, name: str, force: bool = False) -> None:
    statement = "DROP DATABASE IF EXISTS {} WITH (FORCE)" if force else "DROP DATABASE IF EXISTS {}"
    admin.execute(sql.SQL(statement).format(sql.Identifier(name)))


def clone(admin, source: str, target: str) -> None:
    admin.execute(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(target), sql.Identifier(source))
    )


def keep_template(template: str) -> bool:
    """A server that refuses (no CREATEDB right) only means that the next processes build their
    own."""
    connection.close()  # CREATE DATABASE … TEMPLATE needs the source without connections
    try:
        with maintenance_connection() as admin:
            stale = admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", [TEMPLATE_PREFIX + "%"]
            ).fetchall()
            for (name,) in stale:
                drop(admin, name)
            clone(admin, postgres_test_name(), template)
    except psycopg.Error as error:
        warnings.warn(f"the demo database is not kept for the next test run: {error}", stacklevel=1)
        return False
    return True
