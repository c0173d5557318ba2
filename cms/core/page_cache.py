"""The page cache: anonymous GET and HEAD answers of every public page and of the API, kept in
the shared Django cache (``PAGE_CACHE_ALIAS``, by default ``default``: Redis when ``CACHE_URL``
says so, else the database cache, which every worker process and every node share).

What is cached: a ``200`` answer to a ``GET`` from a visitor who sends no session cookie, no
messages cookie and no ``Authorization`` header, outside ``/admin/``, ``/documents/``,
``/static/``, ``/media/`` and the API's preview. A signed-in editor always sends a session
cookie, so an answer rendered for an editor (with the user bar) is never stored nor served
from the cache; the same holds for a visitor who passed a page's password. Answers that set a
cookie (every page with a form's CSRF token: the contact form sets the CSRF cookie, so it is
never stored — each visitor needs their own token), that say ``private``/``no-store``/
``no-cache``, that are streamed, or that vary on anything but ``Cookie``,
``Accept-Language`` and ``Accept`` are not stored either.

The key is the host, the path, the language, whether the client accepts HTML (the API's
browsable renderer) and the query parameters, sorted (tracking parameters such as ``utm_*``
dropped), so ``?a=1&b=2`` and ``?b=2&a=1`` share one entry.

Purge (``cms.core.cache_purge``): every entry remembers the generation of each tag it depends
on (``cms.core.cache_tags``: the page itself, its site's frame, the listings or library items
it shows). A change sets a new random generation for its tags in the shared cache, so exactly
the entries that show what changed are dead at once, in every process and on every node that
uses the same cache; nothing has to be found or deleted. What an answer shows is known only
once it is rendered, so its generations are read after rendering, together with ``any``, which
every change renews: an answer is stored only if ``any`` is the same as before it was
rendered, that is, if nothing changed meanwhile (else it could show the state before a change
under generations read after it). Entries live ``PAGE_CACHE_SECONDS`` at most (date-dependent
listings such as upcoming events are at most that late); ``0`` turns the cache off. Cache
outages are not fatal: the page is rendered as if there were no cache.
"""

import hashlib
import logging
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import get_language_from_request

from wagtail.models import Site

from cms.core import cache_tags, request_memo
from cms.core.cache_tags import ALL, ANY, site_tag
from cms.core.request_memo import request_scope

logger = logging.getLogger(__name__)

PREFIX = "cimis-pc"
CACHE_HEADER = "X-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/api/v2/preview/", "/django-admin/")
#: Query parameters no page reads: marketing trackers. Dropped from the key.
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga"}
#: Vary headers the key already accounts for (the cookie: only visitors without one are served).
KEYED_VARY = {"cookie", "accept-language", "accept"}
#: Headers never stored: set again for each answer by the middleware outside this one.
UNSTORED_HEADERS = {"set-cookie", "x-request-id", CACHE_HEADER.lower()}
MAX_QUERY_LENGTH = 2048
#: Entry keys whose tags a process remembers (for the one-round-trip look-up of a hit).
REMEMBERED_KEYS = 20000


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def generation_key(tag: str) -> str:
    """A tag of ``cms.core.cache_tags``: ``all``, ``any``, ``site:<id>``, ``page:<key>``…"""
    return f"{PREFIX}:gen:{tag}"


def read_generations(tags, cache=None) -> dict:
    """The current generation of each tag; a missing one (never set, or evicted) is set to a
    new random value first, so an entry can never outlive an evicted generation."""
    cache = cache or page_cache()
    keys = {generation_key(tag): tag for tag in tags}
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, uuid.uuid4().hex, timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    return {keys[key]: value for key, value in found.items()}


def bump(tags, cache=None) -> None:
    """Invalidate every entry rendered under one of ``tags``: a new random generation (never
    a counter, so a lost update cannot bring an old generation back)."""
    cache = cache or page_cache()
    cache.set_many({generation_key(tag): uuid.uuid4().hex for tag in tags}, timeout=None)


def normalised_query(query_string: str) -> str:
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if not name.lower().startswith("utm_") and name.lower() not in TRACKING_PARAMETERS
    ]
    return urlencode(sorted(pairs))


def entry_key(request) -> str:
    accept = "html" if "text/html" in request.headers.get("Accept", "") else "any"
    language = get_language_from_request(request, check_path=True)
    raw = "\n".join(
        [
            request.get_host(),
            request.path,
            language,
            accept,
            normalised_query(request.META.get("QUERY_STRING", "")),
        ]
    )
    return f"{PREFIX}:entry:" + hashlib.sha256(raw.encode()).hexdigest()


def is_api(request) -> bool:
    return request.path.startswith("/api/")


def eligible(request) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH


def storable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= KEYED_VARY


def etag_of(response) -> str:
    return response.get("ETag") or '"' + hashlib.sha256(response.content).hexdigest()[:40] + '"'


class PageCacheMiddleware:
    """Serves and stores the page cache. Goes right after ``CorsMiddleware`` and before the
    session, CSRF and messages middleware, so that it sees every cookie they set on the way
    out; headers added by the middleware before it (request id, security headers, the
    content security policy, CORS) are added afresh to every answer, cached or not."""

    def __init__(self, get_response):
        self.get_response = get_response
        #: entry key -> the tags of its last entry seen by this process (see ``lookup``).
        self.tags_seen = {}

    def __call__(self, request):
        # Look-ups every page repeats are made once per request (cms.core.request_memo).
        with request_scope():
            return self.serve(request)

    def serve(self, request):
        if not eligible(request):
            return self.get_response(request)
        try:
            key = entry_key(request)
            cached, any_before = self.lookup(request, key)
        except Exception:
            logger.exception("Page cache: lookup failed, rendering uncached")
            return self.get_response(request)
        if cached is not None:
            return cached
        request_memo.set_generation(any_before)
        response = self.get_response(request)
        if storable(request, response):
            patch_vary_headers(response, ("Cookie",))
            response["ETag"] = etag_of(response)
            try:
                tags = self.frame_tags(request) | cache_tags.recorded(request)
                generations = read_generations(tags | {ANY})
            except Exception:
                logger.exception("Page cache: could not read the generations, not storing")
                return response
            any_now = generations.pop(ANY)
            if ANY in tags:
                # An answer that shows anything: stored under ``any`` as it was before rendering.
                self.store(key, {**generations, ANY: any_before}, response)
            elif any_now == any_before:
                # Every change renews ``any``: as it did not change while the answer was
                # rendered, the generations read now are those it was rendered under. (When it
                # did, the answer is not stored: it may show the state before the change.)
                self.store(key, generations, response)
            response[CACHE_HEADER] = "miss"
        return response

    def frame_tags(self, request) -> set[str]:
        """What every answer to ``request`` depends on: ``all``, and its site's frame."""
        if is_api(request):
            return {ALL}
        site = Site.find_for_request(request)
        return {ALL, site_tag(site.pk if site else 0)}

    def remember(self, key, tags) -> None:
        if len(self.tags_seen) >= REMEMBERED_KEYS:
            self.tags_seen.clear()
        self.tags_seen[key] = tuple(tags)

    def lookup(self, request, key):
        """``(answer, any)``: the cached answer or ``None``, and the generation of ``any``
        before rendering. One round trip for a hit whose tags this process has seen: the
        entry, ``any`` and those generations (a guess only: any generation the entry names
        that was not fetched is read in a second round trip)."""
        cache = page_cache()
        guessed = {generation_key(tag) for tag in self.tags_seen.get(key, ())}
        found = cache.get_many([key, generation_key(ANY), *guessed])
        if generation_key(ANY) not in found:
            found.update({generation_key(ANY): read_generations([ANY], cache)[ANY]})
        any_now = found[generation_key(ANY)]
        entry = found.get(key)
        if not isinstance(entry, dict):
            return None, any_now
        stored = entry["generations"]
        unread = [generation_key(tag) for tag in stored if generation_key(tag) not in found]
        if unread:
            found.update(cache.get_many(unread))
            self.remember(key, stored)
        if any(found.get(generation_key(tag)) != value for tag, value in stored.items()):
            return None, any_now
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[CACHE_HEADER] = "hit"
        return get_conditional_response(request, etag=entry["etag"], response=response), any_now

    def store(self, key, generations, response) -> None:
        entry = {
            "generations": generations,
            "status": response.status_code,
            "headers": [
                (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
            ],
            "content": response.content,
            "etag": response["ETag"],
        }
        try:
            page_cache().set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            self.remember(key, generations)
        except Exception:
            logger.exception("Page cache: could not store %s", key)
