"""wagtail-localize's views, checked per object: translating, syncing (and publishing) and
the translation editor of another hub's pages and innovation spaces are refused."""

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from cms.core.localize_guard import GUARDS, refuse
from cms.core.models import SiteSettings
from cms.library.models import InnovationSpace

from .conftest import allowed

pytestmark = pytest.mark.django_db


def test_every_wagtail_localize_url_has_a_check():
    (localize,) = localize_hooks.register_admin_urls()
    names = {pattern.name for pattern in localize.url_patterns}
    assert names == set(GUARDS)
    assert refuse not in GUARDS.values()


def english_translation(obj, locale_en) -> Translation:
    return Translation.objects.get(source__object_id=obj.translation_key, target_locale=locale_en)


@pytest.fixture
def lausitz_space(sites):
    return InnovationSpace.objects.filter(region=sites["lausitz"], locale__language_code="de").first()


@pytest.mark.parametrize(
    ("username", "may"), [("lausitz", True), ("lausitz-editor", True), ("meissen", False)]
)
def test_translation_editor_of_an_innovation_space(login, locale_en, lausitz_space, username, may):
    translation = english_translation(lausitz_space, locale_en)
    client = login(username)
    assert allowed(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))) == may
    english = lausitz_space.get_translation(locale_en)
    edit = reverse("wagtailsnippets_library_innovationspace:edit", args=[english.pk])
    assert allowed(client.get(edit)) == may
    segment = StringSegment.objects.filter(source=translation.source).first()
    save_string = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    assert (
        allowed(client.put(save_string, "value=Neu", content_type="application/x-www-form-urlencoded")) == may
    )


@pytest.mark.parametrize(
    ("username", "may"), [("lausitz-editor", True), ("meissen", False), ("platform", False)]
)
def test_translation_editor_of_a_page(login, sites, locale_en, username, may):
    translation = english_translation(SiteSettings.for_site(sites["lausitz"]).imprint_page, locale_en)
    client = login(username)
    assert allowed(client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))) == may
    assert allowed(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))) == may


def test_only_a_moderator_syncs_and_publishes_translations(login, sites, locale_en):
    imprint = SiteSettings.for_site(sites["lausitz"]).imprint_page
    source = TranslationSource.objects.get_for_instance(imprint)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert not allowed(login("meissen").get(url))
    assert allowed(login("lausitz-editor").get(url))
    assert not allowed(login("lausitz-editor").post(url, {"publish_translations": "on"}))
    assert allowed(login("lausitz").post(url, {"publish_translations": "on"}))


def test_translating_another_hubs_page_is_refused(login, sites, locale_en):
    lausitz_home = sites["lausitz"].root_page
    page = lausitz_home.add_child(instance=Page(title="Neu in der Lausitz", slug="neu"))
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    login("meissen").post(url, {"locales": [locale_en.pk]})
    assert not page.get_translations().filter(locale=locale_en, alias_of__isnull=True).exists()
    login("lausitz-editor").post(url, {"locales": [locale_en.pk]})
    assert page.get_translations().filter(locale=locale_en, alias_of__isnull=True).exists()


def test_the_translations_report_lists_only_what_the_user_may_edit(login, sites, locale_en, lausitz_space):
    response = login("meissen").get(reverse("wagtail_localize:translations_report"))
    listed = {translation.source.object_id for translation in response.context["object_list"]}
    assert lausitz_space.translation_key not in listed
    assert sites["lausitz"].root_page.translation_key not in listed
    assert sites["meissen"].root_page.translation_key in listed
