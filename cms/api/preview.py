"""Headless preview: an external front end shows an editor's draft through a short-lived,
signed token.

1. In the admin (``cms.headless``), "Preview in front end" (next to "Save draft") opens
   ``/admin/api/preview/<app>/<model>/<id>/``, which checks that the editor may edit the item
   and redirects to ``API_PREVIEW_URL?content_type=<app.Model>&token=<token>`` (without a
   front end configured, straight to the JSON below).
2. The front end fetches ``/api/v2/preview/?token=<token>``: the latest saved draft in the
   same JSON as the item's detail endpoint, with ``meta.preview``. The token names one
   revision and expires after ``API_PREVIEW_TOKEN_MAX_AGE`` seconds; the answer is never
   cached.

A signed token rather than wagtail-headless-preview: that package keys previews to unsaved
form data on page models only, whereas the library snippets need previews too, and the
token needs no table of its own.
"""

from datetime import UTC, datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.core.exceptions import ObjectDoesNotExist
from django.http import JsonResponse
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from rest_framework.request import Request

from .errors import error_response, read_only

#: Signs the tokens the admin makes (``cms.headless.preview.make_token``).
SALT = "cimis.api.preview"


@read_only
def preview(request):
    """The draft a token names, as its detail endpoint would show it once published."""
    from .router import api_router

    token = request.GET.get("token")
    if not token or "\x00" in token:
        return error_response(_("a preview token is required"), 400)
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.API_PREVIEW_TOKEN_MAX_AGE)
        model = apps.get_model(data["m"])
        obj = model._default_manager.get(pk=data["id"])
    except signing.SignatureExpired:
        return error_response(_("this preview token has expired; open the preview again"), 410)
    except (signing.BadSignature, LookupError, KeyError, TypeError, ValueError, ObjectDoesNotExist):
        return error_response(_("invalid preview token"), 400)
    if data.get("r") is not None:
        revision = obj.revisions.filter(pk=data["r"]).first()
        if revision is None:
            return error_response(_("invalid preview token"), 400)
        obj = revision.as_object()
    endpoint = api_router.get_model_endpoint(type(obj))
    if endpoint is None:
        return error_response(_("invalid preview token"), 400)
    request.wagtailapi_router = api_router
    # What the detail view would have looked up is the draft.
    view = endpoint[1](request=Request(request), action="detail_view", kwargs={}, found_object=obj)
    try:
        serializer_class = view.get_serializer_class()
        rich_text_format = view.resolve_rich_text_format()
    except BadRequestError as error:
        return error_response(str(error), 400)
    view.resolver.prepare([obj], serializer_class)
    context = {
        "request": view.request,
        "view": view,
        "router": api_router,
        "resolver": view.resolver,
        "rich_text_format": rich_text_format,
        "base_queryset": Page.objects.none(),
    }
    payload = serializer_class(obj, context=context).data
    issued = datetime.fromtimestamp(data.get("t", 0), tz=UTC)
    payload.setdefault("meta", {})["preview"] = {
        "revision_id": data.get("r"),
        "expires_at": (issued + timedelta(seconds=settings.API_PREVIEW_TOKEN_MAX_AGE)).isoformat(),
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
