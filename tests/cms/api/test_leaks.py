"""Drafts, unpublished changes and private pages (and their children) appear nowhere: not in
listings, counts, search, find, detail, translations, relations or links."""

from wagtail.models import Page, PageViewRestriction

import pytest

from cms.library.factories import MethodCardFactory
from cms.library.models import MethodCard

from .helpers import api_get, ids

pytestmark = pytest.mark.django_db

LAUSITZ = "lausitz.localhost"


def everything(client, **params):
    return set(ids(api_get(client, "pages/", {"site": LAUSITZ, "limit": 100, **params})))


def total(client, **params):
    return api_get(client, "pages/", {"site": LAUSITZ, **params}).json()["meta"]["total_count"]


@pytest.fixture(params=["password", "login", "groups"])
def private_section(request, make_page, django_user_model):
    """A restricted page with a child, each with a findable word in its title."""
    section = make_page(title="Geheimbereich Zebra", slug="geheim")
    child = make_page(parent=section, title="Geheimes Kind Zebra", slug="kind")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=request.param, password="secret" if request.param == "password" else ""
    )
    if request.param == "groups":
        from django.contrib.auth.models import Group

        restriction.groups.add(Group.objects.create(name="Geheimnisträger"))
    return section, child


def test_private_pages_and_their_children_appear_nowhere(client, private_section, lausitz_root):
    section, child = private_section
    hidden = {section.pk, child.pk}
    public_total = total(client)
    assert hidden.isdisjoint(everything(client))
    assert hidden.isdisjoint(everything(client, search="Zebra"))
    assert api_get(client, "pages/", {"site": LAUSITZ, "search": "Zebra"}).json()["meta"]["total_count"] == 0
    assert hidden.isdisjoint(everything(client, descendant_of=lausitz_root.pk))
    assert api_get(client, "pages/", {"site": LAUSITZ, "child_of": section.pk}).status_code == 400
    for page in (section, child):
        assert api_get(client, f"pages/{page.pk}/").status_code == 404
        assert (
            api_get(client, "pages/find/", {"site": LAUSITZ, "html_path": page.get_url()}).status_code == 404
        )
    PageViewRestriction.objects.all().delete()
    assert total(client) == public_total + 2


def test_private_pages_stay_hidden_from_a_signed_in_user_who_may_see_them(
    client, private_section, signed_in_user
):
    section, child = private_section
    client.force_login(signed_in_user)
    assert {section.pk, child.pk}.isdisjoint(everything(client))
    assert api_get(client, f"pages/{child.pk}/").status_code == 404


def test_drafts_appear_nowhere(client, make_page):
    draft = make_page(title="Entwurf Okapi", live=False)
    assert draft.pk not in everything(client)
    assert draft.pk not in everything(client, search="Okapi")
    assert api_get(client, f"pages/{draft.pk}/").status_code == 404
    assert (
        api_get(client, "pages/find/", {"site": LAUSITZ, "html_path": "/de/" + draft.slug + "/"}).status_code
        == 404
    )


def test_unpublished_changes_of_a_live_page_are_not_shown(client, make_page):
    page = make_page(title="Veröffentlicht")
    page.title = "Noch nicht veröffentlicht"
    page.save_revision()
    assert api_get(client, f"pages/{page.pk}/").json()["title"] == "Veröffentlicht"
    assert "Noch nicht" not in api_get(client, "pages/", {"site": LAUSITZ, "limit": 100}).content.decode()


def test_links_and_translations_to_hidden_pages_are_dropped(client, make_page, private_section, locale_en):
    section, child = private_section
    draft = make_page(title="Entwurf", live=False)
    page = make_page(
        body=[
            (
                "text",
                f'<p><a linktype="page" id="{child.pk}">a</a> <a linktype="page" id="{draft.pk}">b</a></p>',
            )
        ]
    )
    html = api_get(client, f"pages/{page.pk}/").json()["body"][0]["value"]
    assert html == "<p><a>a</a> <a>b</a></p>"
    # An unpublished translation is not listed among the translations.
    english = page.copy_for_translation(locale_en)
    assert not english.live
    assert api_get(client, f"pages/{page.pk}/").json()["meta"]["translations"] == []
    assert Page.objects.filter(pk=english.pk).exists()


def test_library_drafts_and_unpublished_changes_are_not_shown(client):
    draft = MethodCardFactory(title="Entwurfsmethode Quokka", live=False)
    live = MethodCardFactory(title="Live-Methode")
    live.title = "Geänderte Methode"
    live.save_revision()
    listing = api_get(client, "methods/", {"limit": 100, "fields": "title"})
    listed = {item["id"]: item["title"] for item in listing.json()["items"]}
    assert draft.pk not in listed
    assert listed[live.pk] == "Live-Methode"
    assert listing.json()["meta"]["total_count"] == MethodCard.objects.filter(live=True).count()
    assert api_get(client, f"methods/{draft.pk}/").status_code == 404
    assert api_get(client, "methods/", {"search": "Quokka"}).json()["meta"]["total_count"] == 0


def test_a_relation_to_a_draft_snippet_is_null(client):
    from sites.hubs.models import MatchPage

    match = MatchPage.objects.live().exclude(testimonial=None).first()
    testimonial = match.testimonial
    testimonial.live = False
    testimonial.save()
    assert api_get(client, f"pages/{match.pk}/").json()["testimonial"] is None
