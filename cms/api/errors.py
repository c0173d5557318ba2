"""Errors Django answers before an API view runs, answered as JSON under /api/ too."""

import re
from functools import wraps

from django.conf import settings
from django.core.exceptions import TooManyFieldsSent
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt

from .middleware import API_PATH_PREFIXES

SAFE_METHODS = ("GET", "HEAD")


def error_response(message: str, status: int) -> JsonResponse:
    response = JsonResponse({"message": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def bad_request_message(exception) -> str:
    if isinstance(exception, TooManyFieldsSent):
        return _("too many query parameters (at most %d)") % settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    return _("bad request")


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    """``handler400``: for /api/ a JSON ``message`` (e.g. too many query parameters, which
    Django refuses while building ``request.GET``), else Django's own page."""
    if request.path.startswith(API_PATH_PREFIXES[0]):
        return error_response(bad_request_message(exception), 400)
    return defaults.bad_request(request, exception, template_name)


def read_only(view):
    """GET and HEAD only; any other method a JSON 405. Exempt from the CSRF check, which
    would otherwise refuse a POST with an HTML 403 first: such a view writes nothing."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            response = error_response(
                _("method %s is not allowed: the API is read-only") % request.method, 405
            )
            response["Allow"] = ", ".join(SAFE_METHODS)
            return response
        return view(request, *args, **kwargs)

    return wrapper


WAGTAIL_RICH_TEXT_FORMAT_ERROR = re.compile(r"\w+ must be one of (?P<allowed>.+), got '(?P<value>.*)'")


def translated_wagtail_message(message: str) -> str:
    """Wagtail's API raises a few messages of its own in English only; give them in the
    request's language, keeping their details (field names, a parser's explanation)."""
    if match := WAGTAIL_RICH_TEXT_FORMAT_ERROR.fullmatch(message):
        return _("rich_text_format must be one of %(allowed)s, not '%(value)s'") % match.groupdict()
    for prefix, translated in (
        ("unknown fields: ", _("unknown fields: %s")),
        ("fields error: ", _("error in fields: %s")),
    ):
        if message.startswith(prefix):
            return translated % message.removeprefix(prefix)
    return message
