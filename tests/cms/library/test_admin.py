"""Curators work on the library in the admin: listing, filters, search, editing as a draft,
publishing, locking, and form errors for bad input."""

from decimal import Decimal

from django.contrib.auth import get_user_model

from wagtail.models import Locale

import pytest

from cms.core.sites import site_for_key
from cms.library import factories
from cms.library.models import AITool, InnovationSpace, MethodCard, Phase

from .helpers import admin_url, method_form_data, space_form_data, tool_form_data

pytestmark = pytest.mark.django_db

# Imported as a module: pytest would take TestimonialFactory for a test class.
FACTORIES = [
    factories.MethodCardFactory,
    factories.AIToolFactory,
    factories.PartnerFactory,
    factories.PersonFactory,
    factories.TestimonialFactory,
    factories.InnovationSpaceFactory,
]


def listed(response) -> list:
    assert response.status_code == 200
    return list(response.context["object_list"])


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda factory: factory._meta.model.__name__)
def test_each_library_item_is_listed_and_opens_for_editing(curator_client, factory):
    item = factory()
    model = type(item)

    listing = curator_client.get(admin_url(model, "list"), {"locale": "de"})
    assert item in listed(listing)
    assert admin_url(model, "edit", item.pk) in listing.content.decode()

    edit = curator_client.get(admin_url(model, "edit", item.pk))
    assert edit.status_code == 200
    assert edit.context["form"].instance == item


def test_the_library_menu_leads_to_all_six_libraries(curator_client):
    html = curator_client.get("/admin/").content.decode()
    for model in ("methodcard", "aitool", "partner", "person", "testimonial", "innovationspace"):
        assert f"/admin/snippets/library/{model}/" in html


def test_listing_filters_by_phase_and_locale(curator_client):
    response = curator_client.get(admin_url(MethodCard, "list"), {"phase": Phase.TEST, "locale": "de"})
    cards = listed(response)
    assert len(cards) == 2
    assert {card.phase for card in cards} == {Phase.TEST}
    assert {card.locale.language_code for card in cards} == {"de"}


def test_listing_filters_by_locale(curator_client):
    cards = listed(curator_client.get(admin_url(MethodCard, "list"), {"locale": "en"}))
    assert len(cards) == 12
    assert {card.locale.language_code for card in cards} == {"en"}


def test_listing_filters_by_live_status(curator_client):
    draft = factories.MethodCardFactory(live=False, title="Noch nicht freigegeben")
    drafts = listed(curator_client.get(admin_url(MethodCard, "list"), {"live": "false"}))
    assert drafts == [draft]
    live = listed(curator_client.get(admin_url(MethodCard, "list"), {"live": "true", "locale": "de"}))
    assert draft not in live
    assert len(live) == 12


def test_listing_filters_spaces_by_region(curator_client):
    lausitz = site_for_key("lausitz")
    spaces = listed(
        curator_client.get(admin_url(InnovationSpace, "list"), {"region": lausitz.pk, "locale": "de"})
    )
    assert len(spaces) == 4
    assert {space.region for space in spaces} == {lausitz}


def test_listing_filters_tools_by_data_location(curator_client):
    tools = listed(curator_client.get(admin_url(AITool, "list"), {"data_location": "eu", "locale": "de"}))
    assert {tool.name for tool in tools} == {"DeepL", "LanguageTool", "Mistral Le Chat", "Microsoft Copilot"}


def test_listing_search_finds_a_method_by_title(curator_client):
    cards = listed(curator_client.get(admin_url(MethodCard, "list"), {"q": "Brainwriting", "locale": "de"}))
    assert [card.slug for card in cards] == ["brainwriting-6-3-5"]


def test_a_saved_draft_does_not_replace_the_live_version(curator_client):
    tool = factories.AIToolFactory(verdict="Bewährt im Alltag.")
    response = curator_client.post(
        admin_url(AITool, "edit", tool.pk), tool_form_data(tool, verdict="Neue Einschätzung, noch geprüft.")
    )
    assert response.status_code == 302

    tool.refresh_from_db()
    assert tool.live
    assert tool.has_unpublished_changes
    assert tool.verdict == "Bewährt im Alltag."
    assert AITool.objects.live().get(pk=tool.pk).verdict == "Bewährt im Alltag."
    assert tool.get_latest_revision_as_object().verdict == "Neue Einschätzung, noch geprüft."

    preview = curator_client.get(admin_url(AITool, "revisions_view", tool.pk, tool.latest_revision_id))
    assert "Neue Einschätzung, noch geprüft." in preview.content.decode()


def test_publishing_a_change_makes_it_live(curator_client):
    tool = factories.AIToolFactory(verdict="Bewährt im Alltag.")
    response = curator_client.post(
        admin_url(AITool, "edit", tool.pk),
        {**tool_form_data(tool, verdict="Jetzt veröffentlicht."), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    tool.refresh_from_db()
    assert tool.verdict == "Jetzt veröffentlicht."
    assert not tool.has_unpublished_changes


def test_an_item_locked_by_one_curator_cannot_be_saved_by_another(client, curator_client, curator):
    method = factories.MethodCardFactory(title="Gesperrte Methode")
    assert curator_client.post(admin_url(MethodCard, "lock", method.pk)).status_code == 302
    method.refresh_from_db()
    assert method.locked
    assert method.locked_by == curator

    colleague = get_user_model().objects.create_superuser(
        "kollegin", "kollegin@example.org", "another-long-passphrase"
    )
    client.force_login(colleague)
    response = client.post(
        admin_url(MethodCard, "edit", method.pk), method_form_data(method, title="Überschrieben")
    )
    assert response.status_code == 200
    method.refresh_from_db()
    assert method.title == "Gesperrte Methode"
    assert method.latest_revision.as_object().title == "Gesperrte Methode"


def test_a_new_method_card_is_created_as_a_draft(curator_client):
    template = factories.MethodCardFactory.build(title="Fünf Warum", slug="fuenf-warum", image=None)
    response = curator_client.post(
        admin_url(MethodCard, "add") + "?locale=de",
        method_form_data(template, steps=[("Problem notieren", "Schreibt das Problem auf.")]),
    )
    assert response.status_code == 302
    method = MethodCard.objects.get(slug="fuenf-warum", locale=Locale.get_default())
    assert not method.live
    assert method.steps[0].value["title"] == "Problem notieren"


@pytest.mark.parametrize("field", ["usefulness", "ease_of_use", "data_protection", "cost"])
@pytest.mark.parametrize("value", [0, 6, -1])
def test_ratings_outside_one_to_five_are_form_errors(curator_client, field, value):
    tool = factories.AIToolFactory()
    response = curator_client.post(admin_url(AITool, "edit", tool.pk), tool_form_data(tool, **{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    tool.refresh_from_db()
    assert getattr(tool, field) == 4


@pytest.mark.parametrize(
    "field, value",
    [
        ("latitude", Decimal("90.5")),
        ("latitude", Decimal("-91")),
        ("longitude", Decimal("180.000001")),
        ("longitude", Decimal("-200")),
        ("latitude", "nördlich"),
    ],
)
def test_coordinates_out_of_range_are_form_errors(curator_client, field, value):
    space = factories.InnovationSpaceFactory()
    response = curator_client.post(
        admin_url(InnovationSpace, "edit", space.pk),
        {**space_form_data(space, **{field: value}), "action-publish": "action-publish"},
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    space.refresh_from_db()
    assert space.latitude == Decimal("50.579600")


def test_a_space_can_only_belong_to_a_hub_region(curator_client):
    space = factories.InnovationSpaceFactory()
    response = curator_client.post(
        admin_url(InnovationSpace, "edit", space.pk),
        {**space_form_data(space, region=site_for_key("platform")), "action-publish": "action-publish"},
    )
    assert response.status_code == 200
    assert "region" in response.context["form"].errors
    region_choices = {str(label) for _value, label in response.context["form"].fields["region"].choices}
    assert {"CIMIS Hub Meißen", "CIMIS Hub Lausitz", "CIMIS Hub Erzgebirge"} <= region_choices
    assert "CIMIS Lernplattform" not in region_choices


def test_a_largest_group_below_the_smallest_is_a_form_error(curator_client):
    method = factories.MethodCardFactory()
    response = curator_client.post(
        admin_url(MethodCard, "edit", method.pk),
        {**method_form_data(method, group_size_min=6, group_size_max=2), "action-publish": "action-publish"},
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
