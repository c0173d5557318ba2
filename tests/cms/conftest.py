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
