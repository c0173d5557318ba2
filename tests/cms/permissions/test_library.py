"""Every role against every library: the shared ones (curated by the platform) and the
innovation spaces (each edited by the hub of its region) — listed, edited, published,
deleted, and every other view of one item, its form and the choosers."""

import uuid

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

from cms.core.roles import REGIONAL_LIBRARY, SHARED_LIBRARY
from cms.library.models import AITool, InnovationSpace

from .conftest import HUB_KEYS, allowed, library_action, matrix
from .forms import edit_form_data

pytestmark = pytest.mark.django_db

SPACE = "library.InnovationSpace"
CASES = [(label, None) for label in SHARED_LIBRARY] + [
    (label, key) for label in REGIONAL_LIBRARY for key in HUB_KEYS
]


def url(model, view, *args):
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


def library_item(sites, label, region_key):
    model = apps.get_model(label)
    items = model.objects.filter(locale__language_code="de", live=True)
    if region_key:
        items = items.filter(region=sites[region_key])
    return items.order_by("pk").first()


@pytest.mark.parametrize(
    ("username", "case"), matrix(CASES, ids=lambda case: f"{case[0][8:]}-{case[1] or 'all'}")
)
def test_library_rights_follow_the_role(login, sites, username, case):
    label, region_key = case
    client = login(username)
    item = library_item(sites, label, region_key)
    model = type(item)

    def may(action):
        return library_action(username, label, region_key, action)

    # The listing's results (what the listing page and its search and filters render).
    listing = client.get(url(model, "list_results"), {"locale": "de"})
    listed = listing.status_code == 200 and item in listing.context["object_list"]
    assert listed == any(may(action) for action in ("add", "change", "delete", "publish")), "listed"
    assert allowed(client.get(url(model, "edit", item.pk))) == may("change"), "edit"
    assert allowed(client.get(url(model, "unpublish", item.pk))) == may("publish"), "publish"
    # A copy that no page uses: an item in use is never deleted (cms.library.deletion).
    unused = unused_copy(item)
    client.post(url(model, "delete", unused.pk))
    assert (not model.objects.filter(pk=unused.pk).exists()) == may("delete"), "delete"


def unused_copy(item):
    copy = type(item).objects.get(pk=item.pk)
    copy.pk = copy.id = None
    copy.translation_key = uuid.uuid4()
    copy.live_revision = copy.latest_revision = None
    if hasattr(copy, "slug"):
        copy.slug = f"{copy.slug}-kopie"
    copy.save()
    return copy


# Each view of one item and the declared action it needs.
ITEM_VIEWS = {
    "inspect": "change",
    "history": "change",
    "usage": "change",
    "copy": "add",
    "revisions_compare": "change",
    "revisions_revert": "change",
    "preview_on_edit": "change",
    "workflow_history": "change",
}
WHO = [
    ("meissen", SPACE, "meissen"),
    ("meissen", SPACE, "lausitz"),
    ("meissen-editor", SPACE, "meissen"),
    ("meissen-editor", SPACE, "erzgebirge"),
    ("platform", SPACE, "meissen"),
    ("meissen", "library.AITool", None),
    ("platform-editor", "library.AITool", None),
]


def view_args(item, view):
    if view == "revisions_compare":
        return (item.pk, "earliest", "latest")
    if view == "revisions_revert":
        return (item.pk, item.latest_revision_id)
    return (item.pk,)


@pytest.mark.parametrize(
    ("username", "label", "region_key"), WHO, ids=["-".join(map(str, who)) for who in WHO]
)
def test_every_view_of_an_item_checks_that_item(login, sites, username, label, region_key):
    client = login(username)
    item = library_item(sites, label, region_key)
    for view, action in ITEM_VIEWS.items():
        response = client.get(url(type(item), view, *view_args(item, view)))
        assert allowed(response) == library_action(username, label, region_key, action), view
    client.post(url(type(item), "lock", item.pk))
    item.refresh_from_db()
    assert item.locked == library_action(username, label, region_key, "lock"), "lock"


def test_a_hub_files_new_spaces_only_under_its_own_region(login, sites):
    client = login("meissen-editor")
    form = client.get(url(InnovationSpace, "add")).context["form"]
    assert list(form.fields["region"].queryset) == [sites["meissen"]]

    data = {
        "name": "Fremdraum",
        "kind": "makerspace",
        "region": sites["lausitz"].pk,
        "street": "Markt 1",
        "postcode": "02625",
        "city": "Bautzen",
        "latitude": "51.18",
        "longitude": "14.42",
    }
    response = client.post(url(InnovationSpace, "add"), data)
    assert response.status_code == 200 and "region" in response.context["form"].errors
    assert not InnovationSpace.objects.filter(name="Fremdraum").exists()

    client.post(url(InnovationSpace, "add"), {**data, "name": "Eigenraum", "region": sites["meissen"].pk})
    assert InnovationSpace.objects.get(name="Eigenraum").region == sites["meissen"]


def test_choosers_offer_published_items_to_everyone_and_drafts_only_to_their_editors(login, sites):
    draft = library_item(sites, SPACE, "lausitz")
    draft.live = False
    draft.save(update_fields=["live"])
    tool = AITool.objects.filter(live=True).first()
    chooser = "wagtailsnippetchoosers_library_{}:choose"
    chosen = "wagtailsnippetchoosers_library_{}:chosen"

    meissen = login("meissen-editor")
    assert (
        reverse(chosen.format("aitool"), args=[tool.pk])
        in meissen.get(reverse(chooser.format("aitool"))).json()["html"]
    )
    assert allowed(meissen.get(reverse(chosen.format("aitool"), args=[tool.pk])))
    spaces = meissen.get(reverse(chooser.format("innovationspace")), {"p": 1}).json()["html"]
    assert reverse(chosen.format("innovationspace"), args=[draft.pk]) not in spaces
    assert not allowed(meissen.get(reverse(chosen.format("innovationspace"), args=[draft.pk])))

    lausitz = login("lausitz-editor")
    assert allowed(lausitz.get(reverse(chosen.format("innovationspace"), args=[draft.pk])))


# --- Publishing from the edit form: asked of the item, not of the model ----------------------

NEW_DESCRIPTION = "Neu: offene Werkstatt jeden Donnerstag."


@pytest.fixture
def meissen_editor_lausitz_moderator(db, settings):
    """One account in two roles: editor in Meißen (prepares, submits) and moderator in Lausitz
    (publishes). Publishing in Lausitz must not let it publish in Meißen."""
    settings.DEBUG = True
    user = get_user_model().objects.create_user("two-hats", "two-hats@example.org")
    user.groups.set(Group.objects.filter(name__in=["meissen editors", "lausitz moderators"]))
    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(user)
    return client


def edit_url(space):
    return url(InnovationSpace, "edit", space.pk)


def post_publish(client, space, description=NEW_DESCRIPTION):
    """Posts the space's edit form, as the browser sends it, with a new description and the
    publish button."""
    data = edit_form_data(client.get(edit_url(space)), space, form_id="w-editor-form")
    data["description"] = description
    data["action-publish"] = "Veröffentlichen"
    return client.post(edit_url(space), data)


def offers(client, space, action) -> bool:
    menu = client.get(edit_url(space)).context["action_menu"]
    items = [menu.default_item, *menu.menu_items]
    return f"action-{action}" in [item.name for item in items if item is not None]


def assert_not_published(space, description=NEW_DESCRIPTION):
    live_description = space.description
    space.refresh_from_db()
    assert space.live and space.description == live_description != description
    assert space.get_latest_revision_as_object().description == description  # kept as a draft


def test_a_hub_editor_cannot_publish_its_space_by_posting_the_publish_action(login, sites):
    space = library_item(sites, SPACE, "meissen")
    client = login("meissen-editor")
    assert post_publish(client, space).status_code == 302
    assert_not_published(space)


def test_publishing_in_one_region_does_not_publish_in_another(meissen_editor_lausitz_moderator, sites):
    client = meissen_editor_lausitz_moderator
    meissen = library_item(sites, SPACE, "meissen")
    assert post_publish(client, meissen).status_code == 302
    assert_not_published(meissen)

    lausitz = library_item(sites, SPACE, "lausitz")
    assert post_publish(client, lausitz).status_code == 302
    lausitz.refresh_from_db()
    assert lausitz.live and lausitz.description == NEW_DESCRIPTION


def test_the_edit_form_offers_publishing_only_where_the_item_may_be_published(
    login, meissen_editor_lausitz_moderator, sites
):
    client = meissen_editor_lausitz_moderator
    meissen = library_item(sites, SPACE, "meissen")
    lausitz = library_item(sites, SPACE, "lausitz")
    assert not offers(client, meissen, "publish")
    assert offers(client, meissen, "submit")
    assert offers(client, lausitz, "publish")
    assert offers(login("meissen"), meissen, "publish")
    assert not offers(login("meissen-editor"), meissen, "publish")
