"""Each hub's moderators read their own hub's contact messages in the admin (listing,
message, export) and only those; editors and other hubs' roles read none. Tried as the real
hub roles, never as a superuser."""

from django.urls import reverse

import pytest

from cms.core.sites import site_for_key
from sites.hubs.models import ContactSubmission

from .conftest import denied

pytestmark = pytest.mark.django_db


@pytest.fixture
def messages(db):
    def message(key, name):
        site = site_for_key(key)
        return ContactSubmission.objects.create(
            site=site,
            site_name=site.site_name,
            name=name,
            email=f"{key}@example.org",
            subject=f"Anfrage {name}",
            message=f"Nachricht von {name}",
        )

    return {
        "meissen": message("meissen", "Meißner Absenderin"),
        "lausitz": message("lausitz", "Lausitzer Absender"),
    }


INDEX = "contact_submissions:index"


def test_a_moderator_lists_only_their_own_hubs_messages(login, messages):
    response = login("meissen").get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meißner Absenderin" in html
    assert "Lausitzer Absender" not in html


def test_a_moderator_reads_their_own_hubs_message_and_not_another(login, messages):
    client = login("meissen")
    own = client.get(reverse("contact_submissions:inspect", args=[messages["meissen"].pk]))
    assert own.status_code == 200
    assert "Nachricht von Meißner Absenderin" in own.content.decode()
    other = client.get(reverse("contact_submissions:inspect", args=[messages["lausitz"].pk]))
    assert denied(other)
    assert "Nachricht von Lausitzer Absender" not in other.content.decode()


def test_the_export_holds_only_the_own_hubs_messages(login, messages):
    response = login("lausitz").get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    assert "contact-messages" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Nachricht von Lausitzer Absender" in body
    assert "Meißner" not in body


@pytest.mark.parametrize("username", ["meissen-editor", "platform"])
def test_editors_and_other_roles_read_no_messages(login, messages, username):
    client = login(username)
    assert denied(client.get(reverse(INDEX)))
    assert denied(client.get(reverse("contact_submissions:inspect", args=[messages["meissen"].pk])))


def test_messages_cannot_be_written_or_changed(login, messages):
    client = login("meissen")
    assert denied(client.get(reverse("contact_submissions:add")))
    assert denied(client.get(reverse("contact_submissions:edit", args=[messages["meissen"].pk])))
    assert denied(client.get(reverse("contact_submissions:delete", args=[messages["meissen"].pk])))
