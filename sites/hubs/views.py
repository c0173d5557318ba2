"""Admin views of the hubs: the contact messages, read-only."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from sites.hubs.models import ContactSubmission


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Messages are evidence of what a visitor sent: they can be read and deleted, not
    written or changed in the admin."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


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
