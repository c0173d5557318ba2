from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState
from wagtail.permissions import policy_registry


class PublisherApprovalTask(Task):
    """A review step approved by whoever may publish the item under review. For a regional
    library item that is the moderators of its region, so one workflow serves every hub
    without letting one hub approve another's items (a group approval task cannot tell)."""

    class Meta:
        verbose_name = _("approval by the item's publishers")
        verbose_name_plural = _("approvals by the item's publishers")

    @staticmethod
    def may_publish(obj, user) -> bool:
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return policy_registry.get(obj).user_has_permission_for_instance(user, "publish", obj)

    def user_can_access_editor(self, obj, user):
        return self.may_publish(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_publish(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_publish(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.may_publish(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        allowed = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.may_publish(state.workflow_state.content_object, user)
        ]
        return TaskState.objects.filter(pk__in=allowed)

    @classmethod
    def get_description(cls):
        return _(
            "Whoever may publish the item approves it: for an item of a region, that region's moderators"
        )
