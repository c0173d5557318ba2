"""Every page type can be created under its parent and renders, in a fresh page of its own."""

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from cms.core.factories import LegalPageFactory, StandardPageFactory
from sites.hubs import factories as hub
from sites.platform import factories as platform

pytestmark = pytest.mark.django_db

HUB = "meissen"
PLATFORM = "platform"

# (factory, site, parent factory or None for the site's home)
CASES = [
    (StandardPageFactory, HUB, None),
    (LegalPageFactory, PLATFORM, None),
    (hub.MatchIndexPageFactory, HUB, None),
    (hub.MatchPageFactory, HUB, hub.MatchIndexPageFactory),
    (hub.EventIndexPageFactory, HUB, None),
    (hub.EventPageFactory, HUB, hub.EventIndexPageFactory),
    (hub.NewsIndexPageFactory, HUB, None),
    (hub.NewsPageFactory, HUB, hub.NewsIndexPageFactory),
    (hub.ContactPageFactory, HUB, None),
    (hub.InnovationSpacePageFactory, HUB, None),
    (platform.MethodLibraryPageFactory, PLATFORM, None),
    (platform.ToolCataloguePageFactory, PLATFORM, None),
    (platform.PrototypeGalleryPageFactory, PLATFORM, None),
    (platform.GuideIndexPageFactory, PLATFORM, None),
    (platform.HowToGuidePageFactory, PLATFORM, platform.GuideIndexPageFactory),
    (platform.InterviewPageFactory, PLATFORM, platform.GuideIndexPageFactory),
    (platform.MaterialsPageFactory, PLATFORM, None),
]


@pytest.mark.parametrize(
    "factory, site_key, parent_factory", CASES, ids=[c[0]._meta.model.__name__ for c in CASES]
)
def test_page_type_is_created_under_its_parent_and_renders(client, sites, factory, site_key, parent_factory):
    # Types limited to one per parent replace the demo's page of that type for this test.
    home = sites[site_key].root_page.specific
    parent = home
    model = factory._meta.model
    if model.max_count_per_parent and model.objects.child_of(home).exists():
        model.objects.child_of(home).delete()
    if parent_factory is not None:
        parent = parent_factory(parent=home, slug=f"eltern-{model.__name__.lower()}")
    assert model.can_create_at(parent)
    page = factory(parent=parent, slug=f"neu-{model.__name__.lower()}")
    page.save_revision().publish()
    response = client.get(page.get_url(), HTTP_HOST=sites[site_key].hostname)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h1").get_text(strip=True) == page.title
    assert Page.objects.get(pk=page.pk).live


def test_every_concrete_page_type_is_covered():
    from django.apps import apps

    covered = {case[0]._meta.model for case in CASES}
    project_pages = {
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model.__module__.startswith(("cms.", "sites."))
        and not model._meta.abstract
    }
    homes = {model for model in project_pages if model.__name__.endswith("HomePage")}
    assert project_pages - homes - covered == set()
