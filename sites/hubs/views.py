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
    list_display = ["name", "subject", "page", "created_at"]
    list_filter = ["page", "created_at"]
    search_fields = ["name", "email", "subject", "message"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "name", "email", "subject", "message", "created_at"]
    form_fields = ["name", "email", "subject", "message"]
    copy_view_enabled = False
