"""The admin's half of the headless preview (``cms.api.preview``): "Preview in front end"
checks that the editor may edit the item, signs a token for its latest saved revision and
sends the editor to the front end."""

import time
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from wagtail.models import Page, RevisionMixin

from cms.api.preview import SALT
from cms.core.permissions import may_edit


def make_token(obj) -> str:
    """A token for the latest saved revision of ``obj`` (or its current state)."""
    revision = obj.get_latest_revision() if isinstance(obj, RevisionMixin) else None
    model = type(obj.specific) if isinstance(obj, Page) else type(obj)
    return signing.dumps(
        {
            "m": model._meta.label,
            "id": obj.pk,
            "r": revision.pk if revision else None,
            "t": int(time.time()),
        },
        salt=SALT,
    )


def preview_url(obj) -> str:
    """Where the admin sends an editor: the configured front end, else the JSON itself."""
    model = type(obj.specific) if isinstance(obj, Page) else type(obj)
    token = make_token(obj)
    if settings.API_PREVIEW_URL:
        separator = "&" if "?" in settings.API_PREVIEW_URL else "?"
        query = urlencode({"content_type": model._meta.label, "token": token})
        return f"{settings.API_PREVIEW_URL}{separator}{query}"
    return f"{reverse('api_preview')}?{urlencode({'token': token})}"


def open_preview(request, app_label, model_name, pk):
    """Admin view: check the editor may edit the item, then open its headless preview."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    obj = get_object_or_404(model, pk=pk)
    # The admin's own per-object rule (a regional library item by its region's site), not
    # Wagtail's model-wide permission, which hub roles do not hold.
    if not may_edit(request.user, obj):
        raise PermissionDenied
    return redirect(preview_url(obj))
