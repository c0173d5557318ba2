"""What an edit form may point to is checked on the server, not only by what the choosers
offer: a posted id of an image, document, page or library item the user could not have chosen
is a form error naming the field, and nothing is saved (issue 10, M1).

Every case posts the real admin form as a browser would (``edit_form_data``), changed in one
place, as the demo roles."""

from django.urls import reverse
from django.utils import translation

from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail.test.utils.form_data import rich_text

import pytest

from cms.core.models import SiteSettings, StandardPage
from cms.library.models import InnovationSpace
from sites.hubs.models import NewsPage

from .forms import block_data, edit_form_data
from .test_library import library_item, url
from .test_media import tiny_png

pytestmark = pytest.mark.django_db


def german(msgid):
    """The admin speaks German to these accounts."""
    with translation.override("de"):
        return translation.gettext(msgid)


REFUSED_IMAGE = german("You may not choose this image.")
REFUSED_PAGE = german("You may not choose this page.")
OTHER_SITE = german("Choose a page of this site.")


def collection_of(site):
    return SiteSettings.for_site(site).collection


def image_in(collection, title="Testbild"):
    return get_image_model().objects.create(title=title, file=tiny_png(), collection=collection)


@pytest.fixture
def images(sites):
    """An image of each hub's collection, of the shared (platform) collection and of a
    collection that no role has any right on."""
    private = Collection.get_first_root_node().add_child(name="Privat")
    return {
        "meissen": image_in(collection_of(sites["meissen"]), "Meißen"),
        "lausitz": image_in(collection_of(sites["lausitz"]), "Lausitz"),
        "shared": image_in(collection_of(sites["platform"]), "Gemeinsam"),
        "private": image_in(private, "Privat"),
    }


@pytest.fixture
def news(sites):
    """A news page of the Meißen hub (hero image, StreamField body), as its latest draft."""
    page = (
        NewsPage.objects.descendant_of(sites["meissen"].root_page).filter(locale__language_code="de").first()
    )
    return page.get_latest_revision_as_object()


@pytest.fixture
def lausitz_draft(sites):
    """A page of the Lausitz hub that was never published."""
    page = sites["lausitz"].root_page.add_child(
        instance=StandardPage(title="Entwurf Lausitz", slug="entwurf-lausitz", live=False)
    )
    page.save_revision()
    return page


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_form(client, page):
    return edit_form_data(client.get(edit_url(page)), page)


def with_blocks(data, obj, field_name, *blocks):
    """The form data with ``blocks`` (block type, raw value) appended to a StreamField."""
    field = obj._meta.get_field(field_name)
    stream = getattr(obj, field_name)
    items = [(child.block_type, child.value, child.id) for child in stream]
    for block_type, raw in blocks:
        items.append((block_type, field.stream_block.child_blocks[block_type].to_python(raw), None))
    for key in [key for key in data if key.startswith(f"{field_name}-")]:
        del data[key]
    data.update(block_data(field.stream_block, StreamValue(field.stream_block, items), field_name))
    return data


def image_block(image):
    return ("image", {"image": image.pk, "caption": ""})


def drafts(page):
    return page.revisions.count()


def latest(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object()


def errors(response, field_name):
    assert response.status_code == 200, response.get("Location")
    return [str(message) for message in response.context["form"].errors.get(field_name, [])]


# --- Pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["lausitz", "private"])
def test_an_editor_cannot_post_a_hero_image_it_may_not_choose(login, news, images, source):
    client = login("meissen-editor")
    before = (drafts(news), news.hero_image_id)
    data = page_form(client, news)
    data["hero_image"] = images[source].pk

    response = client.post(edit_url(news), data)

    assert errors(response, "hero_image") == [REFUSED_IMAGE]
    assert (drafts(news), latest(news).hero_image_id) == before
    # The refused image is not shown back in the form either.
    assert response.context["form"]["hero_image"].value() in ("", None)


@pytest.mark.parametrize("source", ["meissen", "shared"])
def test_an_editor_may_post_an_image_of_its_own_or_the_shared_collection(login, news, images, source):
    client = login("meissen-editor")
    data = page_form(client, news)
    data["hero_image"] = images[source].pk
    with_blocks(data, news, "body", image_block(images[source]))

    response = client.post(edit_url(news), data)

    assert response.status_code == 302
    draft = latest(news)
    assert draft.hero_image_id == images[source].pk
    assert draft.body[-1].value["image"].pk == images[source].pk


def test_an_image_inside_a_stream_block_is_checked(login, news, images):
    client = login("meissen-editor")
    before = drafts(news)
    data = with_blocks(page_form(client, news), news, "body", image_block(images["lausitz"]))

    response = client.post(edit_url(news), data)

    assert REFUSED_IMAGE in " ".join(errors(response, "body"))
    assert drafts(news) == before
    assert images["lausitz"].pk not in [
        child.value["image"].pk for child in latest(news).body if child.block_type == "image"
    ]


def test_a_stream_link_to_another_hubs_draft_is_refused(login, news, lausitz_draft):
    client = login("meissen-editor")
    before = drafts(news)
    cta = (
        "call_to_action",
        {"heading": "Mehr", "text": "", "link_text": "Hier", "page": lausitz_draft.pk, "url": ""},
    )
    data = with_blocks(page_form(client, news), news, "body", cta)

    response = client.post(edit_url(news), data)

    assert REFUSED_PAGE in " ".join(errors(response, "body"))
    assert drafts(news) == before


def test_a_stream_link_to_another_hubs_published_page_is_accepted(login, news, sites):
    """Links may point to any published page (what the page chooser offers)."""
    client = login("meissen-editor")
    target = SiteSettings.for_site(sites["lausitz"]).imprint_page
    cta = (
        "call_to_action",
        {"heading": "Mehr", "text": "", "link_text": "Hier", "page": target.pk, "url": ""},
    )
    data = with_blocks(page_form(client, news), news, "body", cta)

    assert client.post(edit_url(news), data).status_code == 302
    assert latest(news).body[-1].value["page"].pk == target.pk


def test_a_rich_text_link_to_another_hubs_draft_is_refused(login, sites, lausitz_draft):
    client = login("meissen-editor")
    imprint = SiteSettings.for_site(sites["meissen"]).imprint_page.specific.get_latest_revision_as_object()
    before = (drafts(imprint), imprint.body)
    data = page_form(client, imprint)
    data["body"] = rich_text(f'<p>Siehe <a linktype="page" id="{lausitz_draft.pk}">hier</a>.</p>')

    response = client.post(edit_url(imprint), data)

    assert errors(response, "body") == [REFUSED_PAGE]
    assert (drafts(imprint), latest(imprint).body) == before


@pytest.mark.parametrize("page_id", ["999999", "1" * 30, "-1"])
def test_a_rich_text_link_to_a_page_that_does_not_exist_is_a_form_error(login, sites, page_id):
    """Also for an id no database column can hold (a 500 before)."""
    client = login("meissen-editor")
    imprint = SiteSettings.for_site(sites["meissen"]).imprint_page.specific.get_latest_revision_as_object()
    data = page_form(client, imprint)
    data["body"] = rich_text(f'<p><a linktype="page" id="{page_id}">weg</a></p>')

    response = client.post(edit_url(imprint), data)

    assert errors(response, "body") == [german("The chosen page does not exist.")]


def test_a_value_chosen_earlier_by_someone_else_keeps_the_page_editable(login, news, images):
    """Only new choices are checked: an image an administrator set stays, and the editor can
    still save other changes."""
    news.hero_image = images["lausitz"]
    news.save_revision()
    client = login("meissen-editor")
    data = page_form(client, news)
    data["title"] = "Neuer Titel"

    response = client.post(edit_url(news), data)

    assert response.status_code == 302
    draft = latest(news)
    assert (draft.title, draft.hero_image_id) == ("Neuer Titel", images["lausitz"].pk)


def test_the_administrator_is_not_restricted(login, news, images):
    client = login("admin")
    data = page_form(client, news)
    data["hero_image"] = images["private"].pk

    assert client.post(edit_url(news), data).status_code == 302
    assert latest(news).hero_image_id == images["private"].pk


def test_a_preview_of_a_refused_choice_is_not_rendered(login, news, images):
    client = login("meissen-editor")
    data = page_form(client, news)
    data["hero_image"] = images["private"].pk

    response = client.post(reverse("wagtailadmin_pages:preview_on_edit", args=[news.pk]), data)

    assert response.json()["is_valid"] is False


# --- Site settings --------------------------------------------------------------------------


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])


def settings_form(client, site):
    return edit_form_data(
        client.get(settings_url(site)), SiteSettings.for_site(site), form_id="w-editor-form"
    )


def test_the_imprint_link_of_the_site_settings_must_be_a_page_of_that_site(login, sites):
    client = login("meissen")
    meissen, lausitz = SiteSettings.for_site(sites["meissen"]), SiteSettings.for_site(sites["lausitz"])
    data = settings_form(client, sites["meissen"])
    data["imprint_page"] = lausitz.imprint_page_id

    response = client.post(settings_url(sites["meissen"]), data)

    assert errors(response, "imprint_page") == [OTHER_SITE]
    assert SiteSettings.objects.get(pk=meissen.pk).imprint_page_id == meissen.imprint_page_id


def test_the_imprint_link_may_be_the_sites_page_in_another_language(login, sites):
    client = login("meissen")
    meissen = SiteSettings.for_site(sites["meissen"])
    english = meissen.imprint_page.get_translation(Locale.objects.get(language_code="en"))
    data = settings_form(client, sites["meissen"])
    data["imprint_page"] = english.pk

    assert client.post(settings_url(sites["meissen"]), data).status_code == 302
    assert SiteSettings.objects.get(pk=meissen.pk).imprint_page_id == english.pk


def test_a_site_settings_logo_must_be_choosable(login, sites, images):
    client = login("meissen")
    data = settings_form(client, sites["meissen"])
    data["logo"] = images["lausitz"].pk

    response = client.post(settings_url(sites["meissen"]), data)

    assert errors(response, "logo") == [REFUSED_IMAGE]
    assert SiteSettings.for_site(sites["meissen"]).logo_id != images["lausitz"].pk


# --- Library items (snippets) ---------------------------------------------------------------


def space_url(space):
    return url(InnovationSpace, "edit", space.pk)


def space_form(client, space):
    return edit_form_data(client.get(space_url(space)), space, form_id="w-editor-form")


def test_a_library_item_image_from_another_hubs_collection_is_refused(login, sites, images):
    space = library_item(sites, "library.InnovationSpace", "meissen")
    client = login("meissen-editor")
    before = (space.revisions.count(), space.image_id)
    data = space_form(client, space)
    data["image"] = images["lausitz"].pk

    response = client.post(space_url(space), data)

    assert errors(response, "image") == [REFUSED_IMAGE]
    space.refresh_from_db()
    assert (space.revisions.count(), space.get_latest_revision_as_object().image_id) == before


@pytest.mark.parametrize("source", ["meissen", "shared"])
def test_a_library_item_image_of_the_own_or_shared_collection_is_accepted(login, sites, images, source):
    space = library_item(sites, "library.InnovationSpace", "meissen")
    client = login("meissen-editor")
    data = space_form(client, space)
    data["image"] = images[source].pk

    assert client.post(space_url(space), data).status_code == 302
    space.refresh_from_db()
    assert space.get_latest_revision_as_object().image_id == images[source].pk
