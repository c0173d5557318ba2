"""Authentication that keeps demo accounts out of any install running with DEBUG off."""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class DemoAwareModelBackend(ModelBackend):
    """Django's model backend, except that accounts made by ``load_demo`` (public passwords)
    can neither sign in nor keep a session while DEBUG is off."""

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        return settings.DEBUG or not is_demo_account(user)


def is_demo_account(user) -> bool:
    from cms.core.models import DemoAccount

    return DemoAccount.objects.filter(user_id=user.pk).exists()
