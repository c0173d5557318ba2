import pytest


@pytest.fixture
def signed_in_user(django_user_model):
    """A staff user that is not a demo account (those cannot sign in with DEBUG off)."""
    return django_user_model.objects.create_user(
        "notify-tester", password="x", is_staff=True, is_superuser=True
    )
