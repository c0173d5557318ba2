"""Base settings: safe for production on their own.

Every environment variable the project reads is declared once, here, with its type and
default. ``dev``, ``test`` and ``production`` only override.
"""

import re
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import environ
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

from cms.core.logging import logging_config, parse_admins

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    DATABASE_CONN_MAX_AGE=(int, 60),
    # The shared cache (Redis: "rediscache://host:6379/0"). The default, the database cache,
    # is shared by every worker process and every node (its table is made by `migrate`).
    CACHE_URL=(str, "dbcache://cimis_cache"),
    # The page cache (cms.core.page_cache): how long an anonymous answer is kept (0: off),
    # and which of CACHES holds it.
    PAGE_CACHE_SECONDS=(int, 300),
    PAGE_CACHE_ALIAS=(str, "default"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "static")),
    # Links in the admin's e-mails. Unset: http://<CIMIS_HOST_PLATFORM>[:CIMIS_SITE_PORT]
    # (admin_base_url below); production requires it.
    WAGTAILADMIN_BASE_URL=(str, ""),
    CIMIS_HOST_PLATFORM=(str, "lernplattform.localhost"),
    CIMIS_HOST_MEISSEN=(str, "meissen.localhost"),
    CIMIS_HOST_LAUSITZ=(str, "lausitz.localhost"),
    CIMIS_HOST_ERZGEBIRGE=(str, "erzgebirge.localhost"),
    CIMIS_SITE_PORT=(int, 80),
    EMAIL_URL=(str, "consolemail://"),
    DEEPL_API_KEY=(str, ""),
    DEEPL_API_URL=(str, ""),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31536000),
    SECURE_HSTS_INCLUDE_SUBDOMAINS=(bool, True),
    SECURE_HSTS_PRELOAD=(bool, True),
    DEFAULT_FROM_EMAIL=(str, "CIMIS <noreply@lernplattform.localhost>"),
    API_CACHE_MAX_AGE=(int, 60),
    API_CORS_ALLOWED_ORIGINS=(list, []),
    API_FRONTEND_CACHE_PURGE_URL=(str, ""),
    API_WEBHOOK_URLS=(list, []),
    API_WEBHOOK_SECRET=(str, ""),
    API_WEBHOOK_MAX_ATTEMPTS=(int, 6),
    API_WEBHOOK_RETRY_DELAY=(int, 30),
    API_WEBHOOK_TIMEOUT=(int, 5),
    API_PREVIEW_URL=(str, ""),
    API_PREVIEW_TOKEN_MAX_AGE=(int, 600),
    # Contact messages are mailed from the task queue (sites.hubs.mail): attempts and back-off.
    CONTACT_MAIL_MAX_ATTEMPTS=(int, 6),
    CONTACT_MAIL_RETRY_DELAY=(int, 60),
    # Reverse proxies (cms.core.client_ip): the header they set and how many of them append to it.
    CIMIS_TRUSTED_PROXY_HEADER=(str, ""),
    CIMIS_TRUSTED_PROXY_COUNT=(int, 0),
    # Login throttling (django-axes): failures per account and per address, and the lockout.
    LOGIN_FAILURE_LIMIT=(int, 5),
    LOGIN_LOCKOUT_MINUTES=(int, 15),
    # Error reports by e-mail ("Name <a@b>, c@d") and the level of the JSON logs on stderr.
    ADMINS=(str, ""),
    LOG_LEVEL=(str, "INFO"),
    # Images: largest upload in bytes and in pixels (width x height).
    WAGTAILIMAGES_MAX_UPLOAD_SIZE=(int, 20 * 1024 * 1024),
    WAGTAILIMAGES_MAX_IMAGE_PIXELS=(int, 50_000_000),
    # Extra origins images and media may load from (e.g. an object store's public URL).
    CSP_MEDIA_ORIGINS=(list, []),
    WAGTAILDOCS_MAX_UPLOAD_SIZE=(int, 20 * 1024 * 1024),
    # The spaces map's tiles, loaded only after the visitor's consent: URL template ({s} for a
    # subdomain), attribution (HTML) and the provider named in the consent text.
    CIMIS_MAP_TILE_URL=(str, "https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    CIMIS_MAP_TILE_ATTRIBUTION=(
        str,
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    CIMIS_MAP_TILE_PROVIDER=(str, "OpenStreetMap"),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")

# --- The sites -------------------------------------------------------------------------
# One entry per Wagtail Site. A new hub is a new entry here (and its host name in the
# environment): no code changes. ``manage.py bootstrap_sites`` creates or repairs the sites
# from this list; the display name and partner are only initial values of the per-site
# settings, which editors own afterwards.
CIMIS_SITES = [
    {
        "key": "platform",
        "kind": "platform",
        "hostname": env("CIMIS_HOST_PLATFORM"),
        "name": "CIMIS Lernplattform",
        "name_en": "CIMIS Learning Platform",
        "partner": "WIR GESTALTEN DRESDEN",
        "partner_url": "https://wir-gestalten-dresden.de/",
        "primary_colour": "#1f4e79",
        "default": True,
    },
    {
        "key": "meissen",
        "kind": "hub",
        "hostname": env("CIMIS_HOST_MEISSEN"),
        "name": "CIMIS Hub Meißen",
        "partner": "Kreativ Kreis Meißen e.V.",
        "partner_url": "https://kreativkreis-meissen.de/",
        "primary_colour": "#8a1c3b",
    },
    {
        "key": "lausitz",
        "kind": "hub",
        "hostname": env("CIMIS_HOST_LAUSITZ"),
        "name": "CIMIS Hub Lausitz",
        "partner": "Kreative Lausitz",
        "partner_url": "https://kreative-lausitz.de/",
        "primary_colour": "#1d5e4a",
    },
    {
        "key": "erzgebirge",
        "kind": "hub",
        "hostname": env("CIMIS_HOST_ERZGEBIRGE"),
        "name": "CIMIS Hub Erzgebirge",
        "partner": "Kreatives Erzgebirge",
        "partner_url": "https://kreatives-erzgebirge.de/",
        "primary_colour": "#5b3a8c",
    },
]
# The root page type of each kind of site, as "app_label.ModelName".
CIMIS_SITE_ROOT_PAGE_TYPES = {
    "platform": "platform.PlatformHomePage",
    "hub": "hubs.HubHomePage",
}
CIMIS_SITE_PORT = env("CIMIS_SITE_PORT")


def admin_base_url(host: str, port: int, scheme: str = "http") -> str:
    """The admin's base URL (links in its e-mails) on the platform host and the site's real
    port: the scheme's default port is left out."""
    default_port = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" if port == default_port else f"{scheme}://{host}:{port}"


# Which platform page type gives the items of a library model their own URLs.
CIMIS_LIBRARY_PAGES = {
    "library.MethodCard": "platform.MethodLibraryPage",
    "library.AITool": "platform.ToolCataloguePage",
}

ALLOWED_HOSTS = env("ALLOWED_HOSTS") or [site["hostname"] for site in CIMIS_SITES]
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

# --- Applications ----------------------------------------------------------------------
INSTALLED_APPS = [
    "cms.core",
    "cms.library",
    "sites.hubs",
    "sites.platform",
    "cms.search",
    "cms.translations",
    "cms.api",
    "cms.headless",
    "cms.notify",
    # Before "wagtail": its publish_scheduled takes the place of Wagtail's (cms.ops).
    "cms.ops",
    "wagtail_localize",
    # Replaces wagtail.locales; the two together clash on the "wagtaillocales" label.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "wagtail.contrib.frontend_cache",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "drf_spectacular_sidecar",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: the request id, site and user that every log line of the request carries.
    "cms.core.middleware.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Before session, CSRF and messages: sees every cookie they set (cms.core.page_cache).
    "cms.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Just inside LocaleMiddleware: API answers are never redirected to /de/api/….
    "cms.api.middleware.ApiMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.core.middleware.ExplorerScopeMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ------------------------------------------------------------------------------
DATABASES = {"default": env.db_url_config(env("DATABASE_URL"))}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Seconds a connection is kept for the next request of the same worker thread (a new
# PostgreSQL connection is a new server process: a few milliseconds on every page rendered);
# checked before reuse, so a database restart costs one failed check, not an error.
DATABASES["default"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_config(url: str) -> dict:
    """The cache from ``CACHE_URL`` (tests build the same one). A Redis cache that is down or
    slow is skipped, not fatal: every page, the API, search and the sitemap are then served
    uncached, and each skipped cache call is logged (logger ``django_redis.cache``)."""
    config = env.cache_url_config(url)
    if config["BACKEND"] == "django_redis.cache.RedisCache":
        config.setdefault("OPTIONS", {}).update(
            {
                "IGNORE_EXCEPTIONS": True,
                # Seconds: a hung Redis costs each cache call this much, not a worker.
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            }
        )
    return config


DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# The database cache by default (shared by every process and node, unlike local memory, so a
# purge reaches them all); Redis when CACHE_URL says so.


def caches_config(url: str) -> dict:
    """Django's CACHES: the shared cache from ``url``, and a small per-process cache for
    Wagtail's rendition look-ups (it reads them from the "renditions" alias when there is one).
    Renditions live in the database; this cache only saves a query, and it keeps Wagtail's
    image tags working when Redis is down (with an unreachable Redis, Wagtail's bulk rendition
    look-up fails on the empty answer)."""
    return {
        "default": cache_config(url),
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cimis-renditions",
            "TIMEOUT": 600,
        },
    }


CACHES = caches_config(env("CACHE_URL"))
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
PAGE_CACHE_ALIAS = env("PAGE_CACHE_ALIAS")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Demo accounts (public passwords) can only sign in while DEBUG is on.
AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: refuses every sign-in of a locked-out account or address.
    "axes.backends.AxesStandaloneBackend",
    "cms.core.auth.DemoAwareModelBackend",
]

# --- Languages -------------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# ASCII slugs, German letters spelt out ("meissen"): cms.core.slugs.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A new translation starts as a draft and goes through review (cms.translations.review); by
# default wagtail-localize would publish it at once when its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
# "16. April 2025" in German, "16 April 2025" (not "April 16, 2025") in English.
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- E-mail ----------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

# --- Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "CIMIS"
# Deleting this many pages or more (translations and subpages counted) needs the site name typed.
WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT = 5
# Set, or wagtailadmin.W003; WAGTAILAPI_BASE_URL is deliberately *not* set: in a multi-site
# install it would rewrite every API detail_url to one host.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL") or admin_base_url(
    env("CIMIS_HOST_PLATFORM"), CIMIS_SITE_PORT
)
# No Gravatar: it would send a hash of each editor's e-mail address abroad. Avatars are the
# uploaded one or Wagtail's default.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_IMAGE_MODEL = "core.CMSImage"
# Clear labels for the alt texts, credit and licence (cms.core.image_forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.core.image_forms.CMSImageForm"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CMSDocument"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # German stemming ("Prototypen" finds "Prototyp"); German is the source language.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "german"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Machine translation in the wagtail-localize editor only when a DeepL key is configured.
if env("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.translations.machine.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY"), "API_URL": env("DEEPL_API_URL"), "TIMEOUT": 15},
    }
WAGTAIL_MODERATION_ENABLED = True
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents: only formats a learning platform hands out (worksheets, templates, slides, data,
# bundles) — nothing a browser would run (no html, svg, xml, js). Served only through
# /documents/<id>/<name> (never /media/documents/), as attachments except PDF and plain
# text, with nosniff and "Content-Security-Policy: default-src 'none'" (Wagtail's serve view).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv", "zip"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env("WAGTAILDOCS_MAX_UPLOAD_SIZE")  # bytes; Wagtail's form refuses more

# --- Security that holds in every environment --------------------------------------------
# Wagtail relaxes this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True

# --- Operations: sign-in throttling, logs, content security policy, image limits ----------
# Repeated failed sign-ins lock out the account (from every address) and the address (for
# every account) for LOGIN_LOCKOUT_MINUTES; django-axes keeps the failures in the database,
# so every process and node counts the same ones. The address is the trusted proxy's view.
AXES_ENABLED = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env("LOGIN_FAILURE_LIMIT")
AXES_COOLOFF_TIME = timedelta(minutes=env("LOGIN_LOCKOUT_MINUTES"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.core.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.core.lockout.lockout_response"
CIMIS_TRUSTED_PROXY_HEADER = env("CIMIS_TRUSTED_PROXY_HEADER")
CIMIS_TRUSTED_PROXY_COUNT = env("CIMIS_TRUSTED_PROXY_COUNT")

# JSON lines on stderr with request id, site and user id (cms.core.logging); errors by e-mail
# to ADMINS when it is set.
ADMINS = parse_admins(env("ADMINS"))
SERVER_EMAIL = DEFAULT_FROM_EMAIL
LOGGING = logging_config(env("LOG_LEVEL"))
# Error reports hide session cookies and secret-looking POST and query values as well.
DEFAULT_EXCEPTION_REPORTER_FILTER = "cms.core.logging.SecretsReporterFilter"

# Content-Security-Policy (django-csp), enforced. Site pages load only their own scripts,
# styles, fonts and images; frames only from the two video players the consent button loads
# (cms.core.blocks.media); nothing else (map tiles will need their origin added here).
_MEDIA_ORIGINS = env("CSP_MEDIA_ORIGINS")
# Map tiles (sites.hubs.models.spaces): images from the tile server's origin only.
CIMIS_MAP_TILE_URL = env("CIMIS_MAP_TILE_URL")
CIMIS_MAP_TILE_ATTRIBUTION = env("CIMIS_MAP_TILE_ATTRIBUTION")
CIMIS_MAP_TILE_PROVIDER = env("CIMIS_MAP_TILE_PROVIDER")
if not re.fullmatch(r"https://[^/?#\s]+/\S*\{z\}\S*\{x\}\S*\{y\}\S*", CIMIS_MAP_TILE_URL):
    raise ImproperlyConfigured("CIMIS_MAP_TILE_URL: an https:// URL template with {z}, {x} and {y}.")
_MAP_TILE_ORIGIN = "https://" + CIMIS_MAP_TILE_URL.split("/", 3)[2].replace("{s}", "*")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *_MEDIA_ORIGINS, _MAP_TILE_ORIGIN],
        "media-src": [SELF, *_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin (everything under /admin/, page previews included): Wagtail's widgets and
# wagtail-localize's editor use inline scripts and styles, and axe (the accessibility checker)
# compiles its message templates at run time. Still nothing from other origins except
# the video players in previews (avatars are local: no Gravatar).
CIMIS_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_MEDIA_ORIGINS, _MAP_TILE_ORIGIN],
        "media-src": [SELF, *_MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# Images: the largest original an editor may upload. The demo's largest image is 1600 x 900
# (1.4 MP) and no rendition is wider than 1600 px; 50 MP still takes a full-size photo from a
# 45 MP full-frame camera or a 48-50 MP phone, but not a decompression bomb (a 15 KB PNG of
# 121 MP took 3.4 s and 1.8 GB for its first rendition).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env("WAGTAILIMAGES_MAX_IMAGE_PIXELS")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("WAGTAILIMAGES_MAX_UPLOAD_SIZE")
# --- end of operations ---

# --- Headless API (cms.api; README "API") ----------------------------------------------------
WAGTAILAPI_LIMIT_MAX = 100
# Rich text in API answers is display HTML with real URLs (?rich_text_format= for others).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# Seconds a shared cache may keep an anonymous API answer (ETags make revalidation cheap).
API_CACHE_MAX_AGE = env("API_CACHE_MAX_AGE")
CORS_ALLOWED_ORIGINS = env("API_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "origin"]
CORS_EXPOSE_HEADERS = ["ETag"]
# Purging a front-end cache (Varnish-style HTTP PURGE) on publish: off unless configured.
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("API_FRONTEND_CACHE_PURGE_URL"),
        }
    }
    if env("API_FRONTEND_CACHE_PURGE_URL")
    else {}
)
# Publish webhooks: signed POSTs, delivered from the "api" task queue by
# ``manage.py db_worker --backend api --queue-name webhooks``.
API_WEBHOOK_URLS = env("API_WEBHOOK_URLS")
API_WEBHOOK_SECRET = env("API_WEBHOOK_SECRET")
API_WEBHOOK_MAX_ATTEMPTS = env("API_WEBHOOK_MAX_ATTEMPTS")
API_WEBHOOK_RETRY_DELAY = env("API_WEBHOOK_RETRY_DELAY")
API_WEBHOOK_TIMEOUT = env("API_WEBHOOK_TIMEOUT")
TASKS = {
    # Wagtail's own tasks (reference index, cache purges) run at once, as before.
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Publish webhooks and contact mail: ``db_worker --backend api --queue-name webhooks,mail``.
    "api": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks", "mail"]},
}
CONTACT_MAIL_MAX_ATTEMPTS = env("CONTACT_MAIL_MAX_ATTEMPTS")
CONTACT_MAIL_RETRY_DELAY = env("CONTACT_MAIL_RETRY_DELAY")  # seconds, doubled per attempt
# Headless preview: the front end that shows drafts, given ?content_type=…&token=….
API_PREVIEW_URL = env("API_PREVIEW_URL")
API_PREVIEW_TOKEN_MAX_AGE = env("API_PREVIEW_TOKEN_MAX_AGE")
# --- end of headless API ---

# --- Media storage (cms.ops.storage; README "Production on one or several machines") ----------
# Local disk (MEDIA_ROOT) unless MEDIA_S3_BUCKET is set; then originals, renditions and
# documents live in that S3-compatible bucket, shared by every node. Credentials come from
# the environment the way boto3 reads them (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, or an
# instance role), never from the settings.
storage_env = environ.Env(
    MEDIA_S3_BUCKET=(str, ""),
    # Empty: AWS itself; otherwise the store's endpoint, e.g. https://s3.example.org.
    MEDIA_S3_ENDPOINT_URL=(str, ""),
    MEDIA_S3_REGION=(str, ""),
    # Where visitors fetch public images: a CDN in front of the bucket. Empty: the bucket's URL.
    MEDIA_S3_PUBLIC_URL=(str, ""),
    # A key prefix inside the bucket (several installs in one bucket).
    MEDIA_S3_LOCATION=(str, ""),
    # Per-object ACLs (public-read images, private everything else). Off for buckets with ACLs
    # disabled: their policy must then make only images/* and original_images/* public.
    MEDIA_S3_OBJECT_ACLS=(bool, True),
    # Lifetime of a signed URL of a private file (documents are served by Django, not linked).
    MEDIA_S3_SIGNED_URL_SECONDS=(int, 300),
)
MEDIA_S3_BUCKET = storage_env("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    _endpoint = storage_env("MEDIA_S3_ENDPOINT_URL").rstrip("/")
    _region = storage_env("MEDIA_S3_REGION")
    _location = storage_env("MEDIA_S3_LOCATION").strip("/")
    _public_url = storage_env("MEDIA_S3_PUBLIC_URL").rstrip("/")
    if not _public_url:
        _public_url = (
            f"{_endpoint}/{MEDIA_S3_BUCKET}"
            if _endpoint
            else f"https://{MEDIA_S3_BUCKET}.s3.{_region or 'us-east-1'}.amazonaws.com"
        )
    # What image URLs start with (cms.ops.storage.MediaStorage.url builds them).
    MEDIA_URL = f"{_public_url}/{_location}/" if _location else f"{_public_url}/"
    STORAGES["default"] = {
        "BACKEND": "cms.ops.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": _endpoint or None,
            "region_name": _region or None,
            "location": _location,
            "public_url": storage_env("MEDIA_S3_PUBLIC_URL"),
            "object_acls": storage_env("MEDIA_S3_OBJECT_ACLS"),
            "querystring_auth": True,
            "querystring_expire": storage_env("MEDIA_S3_SIGNED_URL_SECONDS"),
            # Two uploads named alike get two keys, never one overwriting the other.
            "file_overwrite": False,
        },
    }
    # Pages load their images from there: allow its origin in both content security policies.
    _media_origin = "/".join(MEDIA_URL.split("/", 3)[:3])
    for _policy in (CONTENT_SECURITY_POLICY, CIMIS_ADMIN_CONTENT_SECURITY_POLICY):
        for _directive in ("img-src", "media-src"):
            if _media_origin not in _policy["DIRECTIVES"][_directive]:
                _policy["DIRECTIVES"][_directive].append(_media_origin)
# --- end of media storage ---
