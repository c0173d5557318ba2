"""An edit form opened before someone else saved a newer version is refused when posted the
ordinary way (no JavaScript), with a message and a way to reload; the newer version stays
(issue 10). Two demo roles of the Meißen hub edit the same page and the same library item."""

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest

from cms.core import stale_edits
from cms.library.models import InnovationSpace
from sites.hubs.models import NewsPage

from .forms import edit_form_data
from .test_library import library_item, url

pytestmark = pytest.mark.django_db

# The admin speaks German to these accounts: the message's opening words, as they see them.
with translation.override("de"):
    CONFLICT = str(stale_edits.CONFLICT).split("%(kind)s")[0]


def conflict_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request) if CONFLICT in str(message)]


@pytest.fixture
def news(sites):
    page = (
        NewsPage.objects.descendant_of(sites["meissen"].root_page).filter(locale__language_code="de").first()
    )
    return page


def page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def open_page_form(client, page):
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    return edit_form_data(client.get(page_url(page)), latest)


def latest_page(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


def test_a_stale_page_form_is_refused_and_the_newer_draft_kept(login, news):
    editor, moderator = login("meissen-editor"), login("meissen")
    stale = open_page_form(editor, news)

    newer = open_page_form(moderator, news)
    newer["title"] = "Fassung der Moderatorin"
    assert moderator.post(page_url(news), newer).status_code == 302
    revisions = news.revisions.count()

    stale["title"] = "Fassung des Redakteurs"
    response = editor.post(page_url(news), stale)

    assert response.status_code == 200
    assert conflict_messages(response)
    assert page_url(news) in conflict_messages(response)[0]  # the reload button
    assert response.context["form"]["title"].value() == "Fassung des Redakteurs"  # nothing typed is lost
    assert news.revisions.count() == revisions
    assert latest_page(news).title == "Fassung der Moderatorin"


def test_publishing_a_stale_page_form_is_refused_too(login, news):
    moderator, editor = login("meissen"), login("meissen-editor")
    stale = open_page_form(moderator, news)
    newer = open_page_form(editor, news)
    newer["title"] = "Entwurf des Redakteurs"
    assert editor.post(page_url(news), newer).status_code == 302

    stale["title"] = "Veröffentlicht?"
    stale["action-publish"] = "action-publish"
    response = moderator.post(page_url(news), stale)

    assert response.status_code == 200 and conflict_messages(response)
    assert Page.objects.get(pk=news.pk).title != "Veröffentlicht?"
    assert latest_page(news).title == "Entwurf des Redakteurs"


def test_a_fresh_page_form_saves_and_the_refused_form_may_be_saved_on_purpose(login, news):
    editor, moderator = login("meissen-editor"), login("meissen")
    stale = open_page_form(editor, news)
    newer = open_page_form(moderator, news)
    newer["title"] = "Fassung der Moderatorin"
    moderator.post(page_url(news), newer)
    stale["title"] = "Fassung des Redakteurs"
    refused = editor.post(page_url(news), stale)

    # Saving the form shown with the conflict is a decision to replace the newer version.
    again = edit_form_data(refused, latest_page(news))
    assert editor.post(page_url(news), again).status_code == 302
    assert latest_page(news).title == "Fassung des Redakteurs"

    fresh = open_page_form(moderator, news)
    fresh["title"] = "Neu geladen und gespeichert"
    response = moderator.post(page_url(news), fresh)
    assert response.status_code == 302
    assert not conflict_messages(response)
    assert latest_page(news).title == "Neu geladen und gespeichert"


# --- Library items (snippets with revisions) ------------------------------------------------


def space_url(space):
    return url(InnovationSpace, "edit", space.pk)


def open_space_form(client, space):
    return edit_form_data(client.get(space_url(space)), space, form_id="w-editor-form")


def latest_space(space):
    return InnovationSpace.objects.get(pk=space.pk).get_latest_revision_as_object()


def test_a_stale_library_item_form_is_refused_and_a_fresh_one_saves(login, sites):
    space = library_item(sites, "library.InnovationSpace", "meissen")
    editor, moderator = login("meissen-editor"), login("meissen")
    stale = open_space_form(editor, space)
    newer = open_space_form(moderator, space)
    newer["description"] = "Fassung der Moderatorin"
    assert moderator.post(space_url(space), newer).status_code == 302
    revisions = space.revisions.count()

    stale["description"] = "Fassung des Redakteurs"
    response = editor.post(space_url(space), stale)

    assert response.status_code == 200
    assert conflict_messages(response)
    assert space.revisions.count() == revisions
    assert latest_space(space).description == "Fassung der Moderatorin"

    fresh = open_space_form(editor, space)
    fresh["description"] = "Neu geladen"
    assert editor.post(space_url(space), fresh).status_code == 302
    assert latest_space(space).description == "Neu geladen"
