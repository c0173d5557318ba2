"""Middleware of the core app."""

import re
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied

from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

from csp.middleware import CSPMiddleware, PolicyParts

from cms.core.logging import request_context

EXPLORER_URL_NAMES = {"wagtailadmin_explore", "wagtailadmin_explore_results"}


class ExplorerScopeMiddleware:
    """Wagtail's page explorer opens any page by URL (``/admin/pages/<id>/``): it hides the
    children a user has no rights on but still shows the page itself. Refuse pages outside
    the user's part of the tree (their site in every language, and the ancestors leading
    there), so a hub editor cannot browse another hub by guessing ids."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        page_id = view_kwargs.get("parent_page_id")
        if match is None or match.url_name not in EXPLORER_URL_NAMES or page_id is None:
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser:
            return None
        explorable = policy_registry.get_by_type(Page).explorable_instances(user)
        if not explorable.filter(pk=page_id).exists():
            raise PermissionDenied
        return None


REQUEST_ID_HEADER = "X-Request-ID"
#: An incoming request id is kept only if it looks like one (a proxy's UUID or similar):
#: anything else could smuggle text into the logs.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


class RequestContextMiddleware:
    """Gives every request an id (the proxy's ``X-Request-ID`` if it is sane, else a new one),
    echoes it in the response's ``X-Request-ID`` header, and puts it, with the site and the
    signed-in user's id, where ``cms.core.logging.RequestContextFilter`` adds them to every
    log line of the request. Goes first in ``MIDDLEWARE``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        context = {"request_id": request_id, "method": request.method, "path": request.path}
        token = request_context.set(context)
        try:
            response = self.get_response(request)
        finally:
            request_context.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Runs after every middleware's request phase: the user is known here.
        context = request_context.get()
        if context is None:
            return None
        site = Site.find_for_request(request)
        context["site"] = site.hostname if site else ""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            context["user_id"] = user.pk
        return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with two policies: ``CONTENT_SECURITY_POLICY`` for the sites,
    and the looser ``CIMIS_ADMIN_CONTENT_SECURITY_POLICY`` under ``/admin/``, whose pages use
    inline scripts and styles (Wagtail's widgets, wagtail-localize's editor)."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.CIMIS_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
