"""E-mail to the reviewers of a regional library item when it is submitted.

Wagtail mails the members of a group approval task's groups; the regional review task has no
groups (its reviewers follow from the item's region), so it needs its own notifier. It reuses
Wagtail's templates and honours each user's notification preferences.
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState
from wagtail.permissions import policy_registry
from wagtail.signals import task_submitted

from cms.core.models import PublisherApprovalTask


class PublisherApprovalSubmissionEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(instance.task.specific, PublisherApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        obj = task_state.workflow_state.content_object
        recipients = policy_registry.get(obj).users_with_permission_for_instance("publish", obj)
        if triggering_user := kwargs.get("user"):
            recipients = recipients.exclude(pk=triggering_user.pk)
        return set(recipients)


publisher_approval_submission_notifier = PublisherApprovalSubmissionEmailNotifier()


def register_signal_handlers() -> None:
    task_submitted.connect(
        publisher_approval_submission_notifier,
        sender=TaskState,
        dispatch_uid="cimis_publisher_approval_task_submitted_email",
    )
