"""Middleware of the core app."""

from django.core.exceptions import PermissionDenied

from wagtail.models import Page
from wagtail.permissions import policy_registry

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
