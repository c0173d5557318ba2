"""Images and documents: credits, alt text in the requested language, private collections."""

from django.core.management import call_command
from django.core.management.base import SystemCheckError

from wagtail.models import Collection, CollectionViewRestriction

import pytest

from cms.core.factories import CMSImageFactory
from cms.core.models import CMSDocument

from .helpers import api_get, ids

pytestmark = pytest.mark.django_db


def test_images_carry_credit_and_alt_text_in_the_requested_language(client):
    image = CMSImageFactory(description="Ein Bild", description_en="A picture", credit="© Beispiel")
    german = api_get(client, f"images/{image.pk}/").json()
    english = api_get(client, f"images/{image.pk}/", {"locale": "en"}).json()
    assert (german["alt"], english["alt"]) == ("Ein Bild", "A picture")
    assert german["credit"] == "© Beispiel"
    assert german["meta"]["download_url"].startswith("http://testserver/media/")


def test_documents_in_a_private_collection_appear_nowhere(client, signed_in_user):
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = CMSDocument.objects.create(title="Interna", file="documents/interna.pdf", collection=private)
    shown = CMSDocument.objects.create(title="Öffentlich", file="documents/offen.pdf")
    client.force_login(signed_in_user)
    listed = ids(api_get(client, "documents/", {"limit": 100}))
    assert shown.pk in listed and hidden.pk not in listed
    assert api_get(client, f"documents/{hidden.pk}/").status_code == 404


def test_webhooks_without_a_secret_are_flagged(settings):
    settings.API_WEBHOOK_URLS = ["https://receiver.example/hook"]
    settings.API_WEBHOOK_SECRET = ""
    with pytest.raises(SystemCheckError, match="api.W001"):
        call_command("check", "--fail-level", "WARNING")
    settings.API_WEBHOOK_SECRET = "a-long-random-secret"
    call_command("check", "--fail-level", "WARNING")
