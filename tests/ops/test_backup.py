"""Backup and restore round trip: the demo database and its media (on disk) are backed up,
restored into a new, empty database and a new bucket on the S3 server, and the restored site
answers the same: pages, revisions, translations, library items, users and groups, images
served from the bucket, documents, search results and API answers. On PostgreSQL the restored
database also shows that ``publish_scheduled`` run twice at the same moment publishes once."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings

import psycopg
import pytest

from cms.ops.backup import restore
from tests.ops.conftest import REGION, make_bucket
from tests.ops.fingerprint import fingerprint

ROOT = Path(__file__).resolve().parent.parent.parent


def database_url(name: str) -> str:
    settings = connection.settings_dict
    credentials = quote(settings["USER"] or "") + (
        f":{quote(settings['PASSWORD'])}" if settings["PASSWORD"] else ""
    )
    return f"postgres://{credentials}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{name}"


def admin_sql(sql: str) -> None:
    settings = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        autocommit=True,
    ) as admin:
        admin.execute(sql)


def run(*arguments, environment, check=True):
    result = subprocess.run(  # noqa: S603
        [sys.executable, *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=240
    )
    if check:
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result


@pytest.fixture
def restored(django_db_setup, django_db_blocker, s3_endpoint, tmp_path):
    """The demo backed up (database and disk media) and restored into a new database and a
    new bucket by ``manage.py restore`` in another process."""
    work = tmp_path
    with django_db_blocker.unblock(), override_settings(PAGE_CACHE_SECONDS=0):
        # The test database with the demo, never the developer's own.
        name = str(connection.settings_dict["NAME"])
        assert name.startswith(("test_", "file:memorydb")), name
        original = fingerprint()
        call_command("backup", str(work / "backup"), stdout=open(os.devnull, "w"))  # noqa: SIM115
        vendor = connection.vendor
        name = f"{connection.settings_dict['NAME']}_restored"
        if vendor == "postgresql":
            admin_sql(f'DROP DATABASE IF EXISTS "{name}"')
            admin_sql(f'CREATE DATABASE "{name}"')
            url = database_url(name)
    if vendor == "sqlite":
        url = f"sqlite:///{work / 'restored.sqlite3'}"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": url,
        "MEDIA_S3_BUCKET": make_bucket(s3_endpoint),
        "MEDIA_S3_ENDPOINT_URL": s3_endpoint,
        "MEDIA_S3_REGION": REGION,
        "PAGE_CACHE_SECONDS": "0",
    }
    started = time.monotonic()
    output = run("manage.py", "restore", str(work / "backup"), environment=environment).stdout
    restore_seconds = time.monotonic() - started
    copy = json.loads(run("tests/ops/fingerprint.py", environment=environment).stdout)
    yield {
        "original": original,
        "copy": copy,
        "environment": environment,
        "output": output,
        "seconds": restore_seconds,
        "backup": work / "backup",
    }
    if vendor == "postgresql":
        admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restored_into_a_new_database_and_bucket_is_the_same_site(restored, s3_client, db):
    """One test, because the round trip is the expensive part (the test runner would otherwise
    repeat it on each of its workers). ``db`` comes after ``restored``: it makes pytest-django
    set up the test database even when this test runs alone, and the backup is taken before
    the test's own transaction begins (pg_dump sees only what is committed)."""
    original, copy = restored["original"], restored["copy"]
    assert original["pages"] and original["revisions"] and original["images"]
    assert original["translations"] and original["library.MethodCard"] and original["users"]
    assert any(results for results in original["search"].values())
    for part in original:
        assert copy[part] == original[part], part

    # Every media file is in the new bucket: images public, documents private.
    bucket = restored["environment"]["MEDIA_S3_BUCKET"]
    keys = {item["Key"] for page in s3_client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
            for item in page.get("Contents", [])}  # fmt: skip
    manifest = json.loads((restored["backup"] / "manifest.json").read_text())
    assert keys == {entry["name"] for entry in manifest["media"]}
    endpoint = restored["environment"]["MEDIA_S3_ENDPOINT_URL"]
    image = next(key for key in keys if key.startswith("original_images/"))
    assert urllib.request.urlopen(f"{endpoint}/{bucket}/{image}", timeout=10).status == 200  # noqa: S310
    for document in (key for key in keys if key.startswith("documents/")):
        with pytest.raises(urllib.error.HTTPError, match="403"):
            urllib.request.urlopen(f"{endpoint}/{bucket}/{document}", timeout=10)  # noqa: S310

    if "postgres" in restored["environment"]["DATABASE_URL"]:
        # Two nodes share PostgreSQL (on SQLite there is one machine): the restored database,
        # committed and of its own, shows publish_scheduled run twice at once publishing once.
        publish_scheduled_on_two_nodes_at_once_publishes_each_page_once(restored["environment"])


def test_restore_refuses_a_database_that_is_not_empty(db, tmp_path):
    (tmp_path / "manifest.json").write_text(
        json.dumps({"format": 1, "database": connection.vendor, "media": []})
    )
    with pytest.raises(Exception, match="not empty"):
        restore(tmp_path)


def test_restore_refuses_a_directory_without_a_backup(db, tmp_path):
    with pytest.raises(CommandError, match="no readable backup"):
        call_command("restore", str(tmp_path))


SCHEDULE = """
import datetime, django
django.setup()
from django.utils import timezone
from wagtail.models import Page
pages = list(Page.objects.live().filter(depth__gte=4).order_by("pk")[:5])
for page in pages:
    revision = page.specific.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
print(",".join(str(page.pk) for page in pages))
"""
AT_THE_SAME_MOMENT = """
import sys, time, django
django.setup()
from django.core.management import call_command
time.sleep(max(0, float(sys.argv[1]) - time.time()))
call_command("publish_scheduled")
"""
COUNT = """
import sys, django
django.setup()
from wagtail.models import PageLogEntry, Revision
ids = [int(pk) for pk in sys.argv[1].split(",")]
print([PageLogEntry.objects.filter(page_id=pk, action="wagtail.publish.scheduled").count() for pk in ids])
print(Revision.objects.filter(approved_go_live_at__isnull=False).count())
"""


def publish_scheduled_on_two_nodes_at_once_publishes_each_page_once(environment):
    ids = run("-c", SCHEDULE, environment=environment).stdout.strip()
    assert ids.count(",") == 4
    start = str(time.time() + 6)
    nodes = [
        subprocess.Popen([sys.executable, "-c", AT_THE_SAME_MOMENT, start], cwd=ROOT, env=environment)  # noqa: S603
        for _ in range(2)
    ]
    assert [node.wait(timeout=120) for node in nodes] == [0, 0]
    counts, waiting = run("-c", COUNT, ids, environment=environment).stdout.split("\n")[:2]
    assert counts == "[1, 1, 1, 1, 1]" and waiting == "0"
