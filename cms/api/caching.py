"""HTTP caching of API answers with Django's own utilities: an ``ETag`` from the body,
``304 Not Modified`` on a matching ``If-None-Match`` (``get_conditional_response``), and
``Cache-Control`` — public for everyone, private for a signed-in user (a shared cache must
not keep what was sent to a session), ``no-store`` for errors."""

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

CACHEABLE_STATUSES = {200, 301, 302, 404}


def apply_cache_headers(request, response):
    if request.method not in ("GET", "HEAD"):
        return response
    if "Cache-Control" in response:
        del response["Cache-Control"]
    if response.status_code not in CACHEABLE_STATUSES:
        patch_cache_control(response, no_store=True)
    elif request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
    if response.status_code != 200:
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    set_response_etag(response)
    return get_conditional_response(request, etag=response["ETag"], response=response)
