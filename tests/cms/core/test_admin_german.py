"""The admin a German editor sees is German: the workflow and task names, the login page, the
translation editor's page chrome and the hub dashboard. Rendered as ``meissen-editor`` with
German as the admin language; known English phrases must be absent, known German present.

Strings of our own catalogue (cms.core.upstream_strings, the branding and dashboard
templates) are German once the catalogue holds them; until then the tests that need them are
expected to fail (strict: they must start passing once it does)."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from cms.core.sites import site_for_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_editor(db, settings):
    settings.DEBUG = True
    user = get_user_model().objects.get(username="meissen-editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client = Client(HTTP_HOST="lernplattform.localhost")
    client.force_login(user)
    return client


def assert_german(html, english=(), german=()):
    for phrase in english:
        assert phrase not in html, f"English in the German admin: {phrase!r}"
    for phrase in german:
        assert phrase in html, f"missing German: {phrase!r}"


def test_workflow_and_task_names_are_german(german_editor):
    home = site_for_key("meissen").root_page
    html = german_editor.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    workflow = home.specific.get_workflow()
    assert workflow.name == "Prüfung Hub Meißen"
    assert [task.name for task in workflow.tasks.all()] == ["Freigabe durch die Moderation Hub Meißen"]
    assert_german(
        html,
        english=["meissen review", "moderators approval", "Submit to"],
        german=["In Prüfung Hub Meißen einreichen"],
    )


def test_the_login_page_is_german_and_cimis(client, settings):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert_german(
        html,
        english=["Sign in to", "Bei Wagtail anmelden", "- Wagtail</title>"],
        german=["Bei CIMIS anmelden", "Anmelden", "core/img/cimis-logo.svg"],
    )


def test_the_dashboard_panels_are_german(german_editor):
    home = site_for_key("meissen").root_page.specific
    home.save_revision(user=get_user_model().objects.get(username="meissen-editor"), log_action=True)
    html = german_editor.get(reverse("wagtailadmin_home")).content.decode()
    assert_german(
        html,
        english=[
            "English missing or out of date",
            "Recent changes on your site",
            "Translated and current",
            "New news item",
            "New event",
        ],
        german=[
            "Englisch fehlt oder ist veraltet",
            "Letzte Änderungen auf Ihrer Website",
            "Meldung anlegen",
            "Veranstaltung anlegen",
        ],
    )


def test_the_translation_editor_chrome_is_german(german_editor):
    home = site_for_key("meissen").root_page
    english = home.get_translation(Locale.objects.get(language_code="en"))
    response = german_editor.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor, not the plain edit view
    assert_german(
        html,
        english=["Translation of", ">Locale<", "Sign in to Wagtail"],
        german=["Übersetzung", "Übersetzung %(source)s → %(target)s"],
    )


def test_the_image_form_names_both_alt_texts_in_english(german_editor):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="meissen-editor"))
    profile.preferred_language = "en"
    profile.save()
    html = german_editor.get(reverse("wagtailimages:add")).content.decode()
    for label in ("Alt text (German)", "Alt text (English)", "Credit (copyright line)", "Licence"):
        assert label in html


def test_the_image_form_labels_are_clear_in_german(german_editor):
    html = german_editor.get(reverse("wagtailimages:add")).content.decode()
    assert_german(
        html,
        english=["Alt text (", "Credit (copyright line)"],
        german=["Alternativtext (Deutsch)", "Alternativtext (Englisch)", "Bildnachweis", "Lizenz"],
    )
