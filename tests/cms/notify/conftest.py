import pytest

from cms.core.factories import StandardPageFactory


@pytest.fixture
def lausitz_root(sites):
    return sites["lausitz"].root_page.specific


@pytest.fixture
def make_page(lausitz_root):
    """A live standard page under the Lausitz home (or ``parent``)."""

    def make(parent=None, **values):
        return StandardPageFactory(parent=parent or lausitz_root, **values)

    return make


@pytest.fixture
def signed_in_user(django_user_model):
    """A staff user that is not a demo account (those cannot sign in with DEBUG off)."""
    return django_user_model.objects.create_user(
        "notify-tester", password="x", is_staff=True, is_superuser=True
    )
