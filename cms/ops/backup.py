"""Backup and restore of the database and the media (``manage.py backup``/``restore``,
``make backup``/``make restore``).

A backup is a directory:

- ``database.dump`` — PostgreSQL: ``pg_dump --format=custom`` of the whole database (schema,
  data, sequences, the search index), taken in one snapshot while the site runs; or
  ``database.sqlite3`` — SQLite: a copy made with SQLite's online backup API (consistent
  while the site runs, unlike copying the file);
- ``media/`` — every file of the media storage (the bucket or ``MEDIA_ROOT``): image
  originals, renditions and documents;
- ``manifest.json`` — the database engine, the applied migrations and each media file's
  size and SHA-256.

``restore`` loads a backup into an **empty** database (it refuses one that has tables) of
the same engine — PostgreSQL with ``pg_restore --no-owner --no-acl --single-transaction``,
SQLite with the online backup API — and copies the media into the configured storage under
the same names (checking each file's SHA-256), then invalidates the page cache. Media may
move between disk and bucket this way; the database may not move between engines.
"""

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
#: Media files copied at once (a bucket answers each request in milliseconds, not bytes).
TRANSFERS = 8
MANIFEST = "manifest.json"
#: Left behind by the storage health check if a node died mid-check: not worth keeping.
SKIPPED_PREFIXES = ("health_check_storage_test/",)


class BackupError(Exception):
    pass


def engine() -> str:
    if connection.vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


# --- PostgreSQL --------------------------------------------------------------------------


def pg_arguments() -> tuple[list[str], dict]:
    """Connection options for pg_dump/pg_restore, the password in the environment."""
    settings = connection.settings_dict
    arguments = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            arguments += [option, str(settings[key])]
    environment = {**os.environ}
    if settings.get("PASSWORD"):
        environment["PGPASSWORD"] = settings["PASSWORD"]
    return [*arguments, "--dbname", settings["NAME"]], environment


def pg_tool(name: str) -> str:
    """The client tool, refused when older than the server (its dumps would be incomplete)."""
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    client_major = int(re.search(r"(\d+)(?:\.\d+)?", output).group(1))
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    if client_major < server_major:
        raise BackupError(
            f"{name} {client_major} is older than the PostgreSQL {server_major} server; "
            f"install the client of version {server_major} or later."
        )
    return path


def run_pg(name: str, *arguments: str) -> None:
    connection_arguments, environment = pg_arguments()
    result = subprocess.run(  # noqa: S603
        [pg_tool(name), *arguments, *connection_arguments],
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"{name} failed: {result.stderr.strip()[-2000:]}")


# --- Media ---------------------------------------------------------------------------------


def media_names(storage, directory: str = "") -> list[str]:
    """Every file of ``storage``, recursively, sorted."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return []
    names = [f"{directory}{name}" for name in files]
    for sub in directories:
        names += media_names(storage, f"{directory}{sub}/")
    return sorted(name for name in names if not name.startswith(SKIPPED_PREFIXES))


def copy_with_digest(source, target) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(1024 * 1024):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


# --- Backup -------------------------------------------------------------------------------


def backup(directory: Path, media: bool = True, log=print) -> dict:
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty: choose a new directory for the backup.")
    directory.mkdir(parents=True, exist_ok=True)
    vendor = engine()
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "database": vendor,
        "migrations": sorted(MigrationRecorder.Migration.objects.values_list("app", "name")),
        "media": [],
    }
    if vendor == "postgresql":
        # One consistent snapshot, restorable into a database owned by anyone.
        run_pg(
            "pg_dump", "--format=custom", "--no-owner", "--no-acl", "--file", str(directory / "database.dump")
        )
        log(f"database: pg_dump to {directory / 'database.dump'}")
    else:
        connection.ensure_connection()
        target = sqlite3.connect(directory / "database.sqlite3")
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        log(f"database: SQLite online backup to {directory / 'database.sqlite3'}")
    if media:
        root = directory / "media"

        def fetch(name):
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with default_storage.open(name, "rb") as source, open(path, "wb") as target:
                size, sha256 = copy_with_digest(source, target)
            return {"name": name, "size": size, "sha256": sha256}

        with ThreadPoolExecutor(TRANSFERS) as pool:
            manifest["media"] = list(pool.map(fetch, media_names(default_storage)))
        log(f"media: {len(manifest['media'])} files to {root}")
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1))
    return manifest


# --- Restore ------------------------------------------------------------------------------


def restore(directory: Path, media: bool = True, log=print) -> dict:
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{directory} holds no readable backup ({MANIFEST}: {error}).") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    vendor = engine()
    if manifest["database"] != vendor:
        raise BackupError(
            f"This is a backup of a {manifest['database']} database; the configured one is {vendor}."
        )
    tables = connection.introspection.table_names()
    if tables:
        raise BackupError(
            f"The database is not empty ({len(tables)} tables): restore into a new, empty database."
        )
    if vendor == "postgresql":
        run_pg("pg_restore", "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction",
               str(directory / "database.dump"))  # fmt: skip
    else:
        connection.ensure_connection()
        source = sqlite3.connect(directory / "database.sqlite3")
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    log(f"database: restored ({vendor})")
    if media:
        root = directory / "media"
        existing = set(media_names(default_storage))

        def put(entry):
            name = entry["name"]
            with open(root / name, "rb") as source:
                if hashlib.sha256(source.read()).hexdigest() != entry["sha256"]:
                    raise BackupError(f"media/{name} does not match its checksum in the manifest.")
                source.seek(0)
                if name in existing:
                    default_storage.delete(name)
                saved = default_storage.save(name, File(source, name=name))
            if saved != name:
                raise BackupError(f"media/{name} was stored as {saved}.")

        with ThreadPoolExecutor(TRANSFERS) as pool:
            list(pool.map(put, manifest["media"]))
        log(f"media: {len(manifest['media'])} files restored")
    purge_page_cache()
    return manifest


def purge_page_cache() -> None:
    """Pages and API answers cached before the restore are no longer true."""
    from cms.core.page_cache import bump

    with contextlib.suppress(Exception):  # a cache outage must not fail a restore
        bump(["all", "any"])
