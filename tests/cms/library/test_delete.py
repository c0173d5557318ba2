"""Deleting a library item through the admin: refused while pages use it (the confirmation
lists them, with links), and a source takes its translations with it, while deleting one
translation leaves the source alone."""

import uuid

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry, ReferenceIndex

import pytest

from cms.core.translation import translate
from cms.library.models import AITool, InnovationSpace, MethodCard, Partner, Person, Testimonial
from sites.hubs.models import MatchPage

from .helpers import admin_url

pytestmark = pytest.mark.django_db

LIBRARIES = [MethodCard, AITool, Partner, Person, Testimonial, InnovationSpace]


@pytest.fixture
def signed_in(settings):
    settings.DEBUG = True  # demo accounts sign in only with DEBUG on

    def client_for(username):
        client = Client(HTTP_HOST="lernplattform.localhost")
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return client_for


def curator_of(model) -> str:
    """The platform curates the shared libraries; a space belongs to its region's hub."""
    return "meissen" if model is InnovationSpace else "platform"


def used_item(model, locale_de):
    """A German item of ``model`` that a live page uses, and that page."""
    for item in model.objects.filter(locale=locale_de).order_by("pk"):
        for reference in ReferenceIndex.get_references_to(item):
            page = MatchPage.objects.filter(pk=reference.object_id, live=True).first()
            if page is not None:
                return item, page
    raise AssertionError(f"no {model.__name__} is used by a live match page")


def fresh_item(model, sites, locale_de, locale_en):
    """A new published German item that nothing uses, with its live English translation."""
    items = model.objects.filter(locale=locale_de).order_by("pk")
    if model is InnovationSpace:
        items = items.filter(region=sites["meissen"])
    item = items.first()
    item.pk = item.id = None
    item.translation_key = uuid.uuid4()
    item.live_revision = item.latest_revision = None
    if hasattr(item, "slug"):
        item.slug = f"{item.slug}-kopie"
    item.save()
    item.save_revision().publish()
    translation = translate(item, locale_en, {})
    assert translation.locale == locale_en
    return item, translation


@pytest.mark.parametrize("model", [MethodCard, AITool, Partner, Person, Testimonial])
def test_confirmation_lists_the_live_pages_that_use_the_item_and_offers_no_delete(
    signed_in, model, locale_de
):
    item, page = used_item(model, locale_de)
    response = signed_in("platform").get(admin_url(model, "delete", item.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-library-uses" in html
    assert page.title in html
    assert page.get_url() in html  # a link to the live page (the platform may not edit it)
    assert "Yes, delete" not in html and "Ja, löschen" not in html


def test_the_admin_sees_edit_links_to_the_pages_that_use_the_item(signed_in, locale_de):
    item, page = used_item(MethodCard, locale_de)
    html = signed_in("admin").get(admin_url(MethodCard, "delete", item.pk)).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html


def test_deleting_an_item_in_use_is_refused_with_the_list(signed_in, locale_de, locale_en):
    item, page = used_item(MethodCard, locale_de)
    translation = item.get_translation(locale_en)
    links = page.method_links.count()
    revisions = page.revisions.count()

    response = signed_in("platform").post(admin_url(MethodCard, "delete", item.pk))

    assert response.status_code == 409
    assert page.title in response.content.decode()
    assert MethodCard.objects.filter(pk__in=[item.pk, translation.pk]).count() == 2
    assert page.method_links.count() == links
    assert page.revisions.count() == revisions


@pytest.mark.parametrize("model", LIBRARIES)
def test_deleting_a_source_deletes_its_translation(signed_in, sites, model, locale_de, locale_en):
    item, translation = fresh_item(model, sites, locale_de, locale_en)
    username = curator_of(model)
    page = signed_in(username).get(admin_url(model, "delete", item.pk))
    assert page.status_code == 200
    assert "data-library-uses" not in page.content.decode()

    response = signed_in(username).post(admin_url(model, "delete", item.pk))

    assert response.status_code == 302
    assert not model.objects.filter(translation_key=item.translation_key).exists()
    log = ModelLogEntry.objects.filter(object_id=str(translation.pk), action="wagtail.delete").get()
    assert log.user.username == username


@pytest.mark.parametrize("model", [MethodCard, InnovationSpace])
def test_deleting_a_translation_leaves_its_source(signed_in, sites, model, locale_de, locale_en):
    item, translation = fresh_item(model, sites, locale_de, locale_en)
    response = signed_in(curator_of(model)).post(admin_url(model, "delete", translation.pk))
    assert response.status_code == 302
    assert not model.objects.filter(pk=translation.pk).exists()
    assert model.objects.filter(pk=item.pk, live=True).exists()


def bulk_delete_url(model, *items):
    url = reverse("wagtail_bulk_action", args=(model._meta.app_label, model._meta.model_name, "delete"))
    return url + "?" + "&".join(f"id={item.pk}" for item in items)


def test_bulk_delete_of_an_item_in_use_is_refused_with_the_list(signed_in, sites, locale_de, locale_en):
    used, page = used_item(MethodCard, locale_de)
    unused, _translation = fresh_item(MethodCard, sites, locale_de, locale_en)
    client = signed_in("platform")
    url = bulk_delete_url(MethodCard, used, unused)

    assert page.title in client.get(url).content.decode()
    response = client.post(url)

    assert response.status_code == 409
    assert page.title in response.content.decode()
    assert MethodCard.objects.filter(pk__in=[used.pk, unused.pk]).count() == 2


def test_bulk_delete_of_a_source_deletes_its_translation(signed_in, sites, locale_de, locale_en):
    item, _translation = fresh_item(AITool, sites, locale_de, locale_en)
    response = signed_in("platform").post(bulk_delete_url(AITool, item))
    assert response.status_code == 302
    assert not AITool.objects.filter(translation_key=item.translation_key).exists()
