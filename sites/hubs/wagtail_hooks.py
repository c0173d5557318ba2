from wagtail import hooks
from wagtail.permissions import register_permission_policy

from sites.hubs.models import ContactSubmission
from sites.hubs.views import ContactMessagesPolicy, ContactSubmissionViewSet

register_permission_policy(ContactSubmission, ContactMessagesPolicy(ContactSubmission))


@hooks.register("register_admin_viewset")
def register_contact_submissions():
    return ContactSubmissionViewSet("contact_submissions")
