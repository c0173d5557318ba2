"""Admin views of the hubs: the contact messages, read-only, each hub's for its own
moderators.

Why our own model rather than Wagtail's form builder (``wagtail.contrib.forms``): a contact
message here carries what ``FormSubmission`` has no place for: the hub it belongs to (which
also decides who may read it), a rate limit per visitor and hub, idempotency against a form
sent twice, and a recorded mail delivery (queued, retried, its state shown here). The
admin is still Wagtail's: a ``ModelViewSet`` with listing, search, filters, inspect and export.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry

from sites.hubs.models import ContactSubmission

#: What reading a message takes: the "view" permission on the message's site (a hub's
#: moderators hold it for their own hub, cms.core.roles), or "delete" there.
READ_ACTIONS = ("view", "delete")


class ContactMessagesPolicy(SitePermissionPolicy):
    """Per hub (the message's site, a ``GroupSitePermission`` as for per-site settings), and
    read-only: messages are evidence of what a visitor sent; they can be read, exported and
    (by whoever may) deleted, never written or changed in the admin."""

    def user_has_any_permission(self, user, actions):
        actions = [action for action in actions if action not in {"add", "change"}]
        return bool(actions) and super().user_has_any_permission(user, actions)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = [action for action in actions if action not in {"add", "change"}]
        return bool(actions) and super().user_has_any_permission_for_instance(user, actions, instance)


def _policy() -> ContactMessagesPolicy:
    """The policy registered for the messages (sites.hubs.wagtail_hooks)."""
    return policy_registry.get_by_type(ContactSubmission)


class SiteScopedViewMixin:
    """Every view of the viewset sees only the messages of the user's own hubs: the listing
    (and its export) is filtered, a single message of another hub is refused."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        readable = _policy().sites_user_has_any_permission_for(self.request.user, READ_ACTIONS)
        return queryset.filter(site__in=readable)

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not _policy().user_has_any_permission_for_instance(self.request.user, READ_ACTIONS, obj):
            raise PermissionDenied
        return obj


class ContactSubmissionViewSet(ModelViewSet):
    model = ContactSubmission
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 300
    add_to_admin_menu = True
    # The site and page title are stored with the message: it outlives its contact page.
    list_display = ["name", "subject", "site_name", "created_at", "delivery_status"]
    list_filter = ["site", "delivery_status", "created_at"]
    search_fields = ["name", "email", "subject", "message"]
    list_export = [
        "created_at",
        "site_name",
        "page_title",
        "name",
        "email",
        "subject",
        "message",
        "delivery_status",
        "delivered_at",
    ]
    export_filename = "contact-messages"
    inspect_view_enabled = True
    inspect_view_fields = [
        "site_name",
        "page_title",
        "page",
        "name",
        "email",
        "subject",
        "message",
        "created_at",
        "delivery_status",
        "delivery_attempts",
        "delivered_at",
        "delivery_error",
    ]
    form_fields = ["name", "email", "subject", "message"]
    copy_view_enabled = False

    def construct_view(self, view_class, **kwargs):
        if hasattr(view_class, "get_object") or hasattr(view_class, "get_base_queryset"):
            view_class = type(view_class.__name__, (SiteScopedViewMixin, view_class), {})
        return super().construct_view(view_class, **kwargs)
