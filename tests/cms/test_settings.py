"""Settings from the environment; production settings are deploy-safe."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def run_manage(*args, **env):
    configured = ("DJANGO_", "SECRET_KEY", "DEBUG", "DATABASE_URL", "CACHE_URL", "CIMIS_", "WAGTAILADMIN_")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(configured)}
    # Production needs the admin's address for its e-mails; a test may still leave it empty.
    environment["WAGTAILADMIN_BASE_URL"] = "https://lernplattform.example.org"
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-enough-0123456789",
}


def test_production_settings_pass_check_deploy_with_no_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_allowed_hosts_default_to_the_site_host_names():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(sorted(settings.ALLOWED_HOSTS))",
        **PRODUCTION,
    )
    assert result.stdout.strip() == str(
        sorted(["lernplattform.localhost", "meissen.localhost", "lausitz.localhost", "erzgebirge.localhost"])
    )


@pytest.mark.parametrize(
    "env, expression, expected",
    [
        ({"DATABASE_URL": "postgres://u:p@db.example:5432/cimis"}, "settings.DATABASES['default']['ENGINE']",
         "django.db.backends.postgresql"),
        ({}, "settings.DATABASES['default']['ENGINE']", "django.db.backends.sqlite3"),
        ({}, "settings.DATABASES['default']['CONN_MAX_AGE']", "60"),
        ({"DATABASE_CONN_MAX_AGE": "0"}, "settings.DATABASES['default']['CONN_MAX_AGE']", "0"),
        ({"CACHE_URL": "rediscache://127.0.0.1:6379/1"}, "settings.CACHES['default']['BACKEND']",
         "django_redis.cache.RedisCache"),
        ({}, "settings.CACHES['default']['BACKEND']", "django.core.cache.backends.db.DatabaseCache"),
        ({"CIMIS_HOST_MEISSEN": "meissen.example.org"}, "settings.CIMIS_SITES[1]['hostname']", "meissen.example.org"),
    ],
)  # fmt: skip
def test_configuration_comes_from_the_environment(env, expression, expected):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        f"from django.conf import settings; print({expression})",
        **PRODUCTION,
        **env,
    )
    assert result.stdout.strip() == expected, result.stderr
