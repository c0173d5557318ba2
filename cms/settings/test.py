"""Test settings: fast hashing, local memory cache, throwaway media."""

import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = [".localhost", "localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="cimis-test-media-")
WAGTAILADMIN_BASE_URL = "http://lernplattform.localhost"
CIMIS_SITE_PORT = env.int("CIMIS_SITE_PORT", default=80)
STATIC_ROOT = None  # nothing is collected in tests; whitenoise then only uses the finders
WHITENOISE_USE_FINDERS = True
