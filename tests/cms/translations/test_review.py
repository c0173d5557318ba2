"""Translations go through the same review as their source: a hub editor translates and
submits, the hub's moderators approve (the English version goes live at an English address)
or ask for changes with a comment the editor reads; the translation editor offers editors
"submit for review", never delete or publish."""

import json
from html import unescape
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from cms.library.models import InnovationSpace
from sites.hubs.models import NewsIndexPage, NewsPage

from .test_machine import deepl  # noqa: F401  (the DeepL stand-in)

pytestmark = pytest.mark.django_db

GERMAN_TITLE = "Neue Tandems im Landkreis Meißen gesucht"
ENGLISH_TITLE = "New tandems wanted in the district of Meissen"


@pytest.fixture
def login(debug_on):
    clients = {}

    def client_for(username):
        if username not in clients:
            client = Client(HTTP_HOST="lernplattform.localhost")
            client.force_login(get_user_model().objects.get(username=username))
            clients[username] = client
        return clients[username]

    return client_for


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def news(sites):
    index = NewsIndexPage.objects.descendant_of(sites["meissen"].root_page).get(locale__language_code="de")
    page = index.add_child(
        instance=NewsPage(title=GERMAN_TITLE, slug="neue-tandems-im-landkreis-meissen-gesucht")
    )
    page.save_revision(user=get_user_model().objects.get(username="meissen")).publish()
    return page


def translate(client, instance, english):
    """What "Translate" in the admin does, then the German text of every string kept."""
    if hasattr(instance, "path"):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, instance.pk]
        )
    response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale=english)


def translate_string(client, translation, text, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)


def editor_props(client, instance):
    response = client.get(instance_edit_url(instance))
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('class="js-translation-editor')
    props = html[html.index('data-props="', start) + len('data-props="') :]
    return html, json.loads(unescape(props[: props.index('"')]))


def instance_edit_url(instance):
    if hasattr(instance, "path"):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


def submit_url(translation):
    return reverse("cimis_translation_submit_for_review", args=[translation.pk])


def current_task_state(obj):
    return (
        WorkflowState.objects.for_instance(obj)
        .get(status=WorkflowState.STATUS_IN_PROGRESS)
        .current_task_state
    )


def test_an_editor_is_offered_review_never_delete_or_publish(login, news, english):
    editor = login("meissen-editor")
    target = translate(editor, news, english).get_target_instance()
    html, props = editor_props(editor, target)
    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    assert submit_url(Translation.objects.get(source__object_id=news.translation_key)) in html

    html, props = editor_props(login("meissen"), target)
    assert props["perms"]["canPublish"] is True
    assert "cimis-review-footer" not in html


def test_a_submitted_translation_is_approved_and_goes_live_at_an_english_address(login, sites, news, english):
    editor = login("meissen-editor")
    translation = translate(editor, news, english)
    translate_string(editor, translation, GERMAN_TITLE, ENGLISH_TITLE)
    mail.outbox.clear()

    response = editor.post(submit_url(translation))
    target = translation.get_target_instance()
    assert response.status_code == 302 and response["Location"] == instance_edit_url(target)
    target.refresh_from_db()
    assert target.workflow_in_progress
    assert not target.live
    assert "meissen@demo.localhost" in {address for message in mail.outbox for address in message.to}
    assert instance_edit_url(target) in login("meissen").get("/admin/").content.decode()
    assert instance_edit_url(target) not in login("lausitz").get("/admin/").content.decode()

    action = reverse(
        "wagtailadmin_pages:workflow_action", args=[target.pk, "approve", current_task_state(target).pk]
    )
    # The moderator decides in the translation editor, next to the source text.
    assert action in login("meissen").get(instance_edit_url(target)).content.decode()
    assert action not in editor.get(instance_edit_url(target)).content.decode()
    assert login("meissen").post(action).status_code in (200, 302)
    target.refresh_from_db()
    assert target.live and target.title == ENGLISH_TITLE
    assert target.slug == "new-tandems-wanted-in-the-district-of-meissen"
    english_index = target.get_parent()
    response = Client().get(f"{english_index.url}{target.slug}/", HTTP_HOST=sites["meissen"].hostname)
    assert response.status_code == 200 and ENGLISH_TITLE in response.content.decode()


def test_a_rejection_with_a_comment_reaches_the_editor(login, news, english):
    editor = login("meissen-editor")
    translation = translate(editor, news, english)
    editor.post(submit_url(translation))
    target = translation.get_target_instance()
    mail.outbox.clear()
    comment = "Bitte den Titel übersetzen."
    action = reverse(
        "wagtailadmin_pages:workflow_action", args=[target.pk, "reject", current_task_state(target).pk]
    )
    login("meissen").post(action, {"comment": comment})

    assert [message.to for message in mail.outbox] == [["meissen-editor@demo.localhost"]]
    assert comment in mail.outbox[0].body
    html, _props = editor_props(editor, target)
    assert comment in html
    editor.post(submit_url(translation))  # resubmitted after the changes
    assert WorkflowState.objects.for_instance(target).get(status=WorkflowState.STATUS_IN_PROGRESS)


def test_a_live_translation_stays_as_it_is_until_approved(login, news, english):
    editor = login("meissen-editor")
    translation = translate(editor, news, english)
    editor.post(submit_url(translation))
    target = translation.get_target_instance()
    login("meissen").post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[target.pk, "approve", current_task_state(target).pk]
        )
    )
    translate_string(editor, translation, GERMAN_TITLE, ENGLISH_TITLE)
    editor.post(submit_url(translation))
    target.refresh_from_db()
    assert target.live and target.workflow_in_progress
    assert target.title == GERMAN_TITLE  # the live row: still the approved text
    assert target.get_latest_revision_as_object().title == ENGLISH_TITLE


def test_others_cannot_submit(login, news, english):
    translation = translate(login("meissen-editor"), news, english)
    assert login("lausitz-editor").post(submit_url(translation)).status_code in (302, 403)
    assert not translation.get_target_instance().workflow_in_progress
    assert login("meissen-editor").get(submit_url(translation)).status_code == 405


def test_an_innovation_space_translation_goes_through_the_regional_review(login, sites, english):
    space = InnovationSpace.objects.filter(region=sites["meissen"], locale__language_code="de").first()
    editor = login("meissen-editor")
    source, _created = TranslationSource.get_or_create_from_instance(space)
    translation = Translation.objects.filter(source=source, target_locale=english).first() or translate(
        editor, space, english
    )
    translation.source.update_from_db()
    html, props = editor_props(editor, translation.get_target_instance())
    assert props["perms"]["canDelete"] is False
    assert submit_url(translation) in html

    assert editor.post(submit_url(translation)).status_code == 302
    target = translation.get_target_instance()
    assert target.workflow_in_progress
    action = "wagtailsnippets_library_innovationspace:workflow_action"
    approve = reverse(action, args=[target.pk, "approve", current_task_state(target).pk])
    assert login("meissen").post(approve).status_code in (200, 302)
    target.refresh_from_db()
    assert target.live and not target.workflow_in_progress


def test_machine_translation_prefills_and_still_goes_through_review(login, news, english, deepl):  # noqa: F811
    editor = login("meissen-editor")
    translation = translate(editor, news, english)
    editor.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert editor.post(submit_url(translation)).status_code == 302
    target = translation.get_target_instance()
    assert target.workflow_in_progress and not target.live
    assert target.get_latest_revision_as_object().title == GERMAN_TITLE.upper()


def test_the_backlog_lists_the_own_hubs_missing_and_outdated_translations(login, news, english, sites):
    from cms.translations.status import MISSING, OUTDATED, translation_backlog

    editor = get_user_model().objects.get(username="meissen-editor")
    mine = [row for row in translation_backlog(editor) if row.title == GERMAN_TITLE]
    assert [(row.language, row.state) for row in mine] == [("en", MISSING)]
    assert not [row for row in translation_backlog(editor) if "Lausitz" in row.site]
    lausitz_editor = get_user_model().objects.get(username="lausitz-editor")
    assert not [row for row in translation_backlog(lausitz_editor) if row.title == GERMAN_TITLE]

    translation = translate(login("meissen-editor"), news, english)
    with_changes = translation.source.get_source_instance()
    with_changes.save_revision(user=get_user_model().objects.get(username="meissen")).publish()
    mine = [row for row in translation_backlog(editor) if row.title == GERMAN_TITLE]
    assert [(row.language, row.state) for row in mine] == [("en", OUTDATED)]


def test_translating_a_live_page_does_not_publish_the_translation(
    login, sites, news, english, django_capture_on_commit_callbacks
):
    """wagtail-localize publishes a new translation of a live source at once (with the German
    text, on commit) unless WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off: that would
    bypass the review."""
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate(login("meissen-editor"), news, english)
    target = translation.get_target_instance()
    target.refresh_from_db()
    assert not target.live
    response = Client().get(f"{target.get_parent().url}{target.slug}/", HTTP_HOST=sites["meissen"].hostname)
    assert response.status_code == 404
