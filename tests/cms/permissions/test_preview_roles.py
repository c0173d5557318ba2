"""The headless preview asks the same per-object rule as the admin (``may_edit``), tried as
real hub roles: a hub's editors and moderators preview their own region's innovation spaces
(granted per site, not model-wide) and are refused another hub's."""

import pytest

from cms.core.sites import site_for_key
from cms.library.factories import InnovationSpaceFactory

from .conftest import denied

pytestmark = pytest.mark.django_db


def preview_of(client, space):
    return client.get(f"/admin/api/preview/library/innovationspace/{space.pk}/")


@pytest.mark.parametrize("username", ["meissen", "meissen-editor"])
def test_a_hub_role_previews_its_own_regions_space(login, username):
    space = InnovationSpaceFactory(name="Makerspace Meißen", region=site_for_key("meissen"))
    space.name = "Makerspace Meißen (Entwurf)"
    space.save_revision()
    client = login(username)
    response = preview_of(client, space)
    assert response.status_code == 302
    assert response["Location"].startswith("/api/v2/preview/?token=")
    data = client.get(response["Location"]).json()
    assert data["name"] == "Makerspace Meißen (Entwurf)"


@pytest.mark.parametrize("username", ["meissen", "meissen-editor", "platform"])
def test_another_hubs_space_is_refused(login, username):
    space = InnovationSpaceFactory(name="Makerspace Lausitz", region=site_for_key("lausitz"))
    response = preview_of(login(username), space)
    assert denied(response)
    assert not response.get("Location", "").startswith("/api/")


def test_a_page_of_another_hub_is_refused(login):
    from sites.hubs.models import HubHomePage

    home = HubHomePage.objects.get(pk=site_for_key("lausitz").root_page_id)
    response = login("meissen").get(f"/admin/api/preview/hubs/hubhomepage/{home.pk}/")
    assert denied(response) and not response.get("Location", "").startswith("/api/")
    own = HubHomePage.objects.get(pk=site_for_key("meissen").root_page_id)
    assert (
        login("meissen-editor")
        .get(f"/admin/api/preview/hubs/hubhomepage/{own.pk}/")["Location"]
        .startswith("/api/v2/preview/")
    )
