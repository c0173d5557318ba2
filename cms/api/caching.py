"""HTTP caching of API answers: an ``ETag`` from the body, ``304 Not Modified`` on a matching
``If-None-Match``, and ``Cache-Control`` — public for everyone, private for a signed-in user
(a shared cache must not keep what was sent to a session)."""

import hashlib

from django.conf import settings
from django.http import HttpResponseNotModified

CACHEABLE_STATUSES = {200, 301, 302, 404}


def etag_for(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:40] + '"'


def _matches(if_none_match: str, etag: str) -> bool:
    candidates = [candidate.strip() for candidate in if_none_match.split(",")]
    return "*" in candidates or any(candidate.removeprefix("W/") == etag for candidate in candidates)


def signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def cache_control(request, status_code: int) -> str:
    if status_code not in CACHEABLE_STATUSES:
        return "no-store"
    if signed_in(request):
        return "private, no-cache"
    return f"public, max-age={settings.API_CACHE_MAX_AGE}"


def apply_cache_headers(request, response):
    if request.method not in ("GET", "HEAD"):
        return response
    response["Cache-Control"] = cache_control(request, response.status_code)
    if response.status_code != 200:
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    etag = etag_for(response.content)
    response["ETag"] = etag
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match and _matches(if_none_match, etag):
        not_modified = HttpResponseNotModified()
        for header in ("ETag", "Cache-Control", "Vary"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return response
