"""load_demo creates only what was never there: each demo object is recorded by a stable key
(DemoRecord), and one an editor deleted is not brought back."""

import io

from django.core.management import call_command

from wagtail.models import Page

import pytest

from cms.core.models import DemoRecord
from cms.library.models import MethodCard
from sites.hubs.models import MatchPage

from .test_commands import snapshot

pytestmark = pytest.mark.django_db


def load_demo(settings, django_capture_on_commit_callbacks) -> str:
    settings.DEBUG = True
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0, stdout=out)
    return out.getvalue()


def delete_with_translations(instance):
    for item in [*instance.get_translations(), instance]:
        item.refresh_from_db()
        item.delete()


def library_counts():
    return {"method cards": MethodCard.objects.count(), "match pages": MatchPage.objects.count()}


def test_deleted_demo_page_and_method_card_stay_deleted(
    settings, sites, locale_de, django_capture_on_commit_callbacks
):
    match = MatchPage.objects.descendant_of(sites["meissen"].root_page).get(slug="match-2", locale=locale_de)
    method = MethodCard.objects.get(slug="crazy-8s", locale=locale_de)
    match_key, method_key = match.translation_key, method.translation_key
    delete_with_translations(Page.objects.get(pk=match.pk).specific)
    delete_with_translations(method)
    before = {**snapshot(), **library_counts()}

    output = load_demo(settings, django_capture_on_commit_callbacks)

    assert not MatchPage.objects.filter(translation_key=match_key).exists()
    assert not MethodCard.objects.filter(translation_key=method_key).exists()
    assert {**snapshot(), **library_counts()} == before
    assert "2 demo item(s) deleted since an earlier run left alone (not recreated)" in output


def test_a_second_run_changes_nothing_and_reports_nothing_deleted(
    settings, django_capture_on_commit_callbacks
):
    before = ({**snapshot(), **library_counts()}, DemoRecord.objects.count())
    output = load_demo(settings, django_capture_on_commit_callbacks)
    assert ({**snapshot(), **library_counts()}, DemoRecord.objects.count()) == before
    assert "left alone" not in output


def test_a_renamed_demo_page_is_recognised_not_duplicated(
    settings, sites, locale_de, django_capture_on_commit_callbacks
):
    match = MatchPage.objects.descendant_of(sites["lausitz"].root_page).get(slug="match-1", locale=locale_de)
    match.slug = "baeckerei-krautz"
    match.save_revision().publish()
    before = MatchPage.objects.count()
    load_demo(settings, django_capture_on_commit_callbacks)
    assert MatchPage.objects.count() == before
    assert not MatchPage.objects.child_of(match.get_parent()).filter(slug="match-1").exists()


def test_a_fresh_database_gets_every_demo_item_recorded(locale_de):
    """The session's database was loaded fresh: every demo object has its record, and each
    record points at an object that exists."""
    keys = set(DemoRecord.objects.values_list("key", flat=True))
    assert "page:meissen:matches/match-1" in keys
    assert "page:meissen:matches/match-1#en" in keys
    assert "snippet:library.methodcard:crazy-8s" in keys
    assert "snippet:library.methodcard:crazy-8s#en" in keys
    assert "user:meissen" in keys
    assert sum(key.startswith("snippet:library.methodcard:") and "#" not in key for key in keys) == 12
    assert MethodCard.objects.filter(locale=locale_de).count() == 12
    missing = [record.key for record in DemoRecord.objects.all() if record.get_object() is None]
    assert missing == []


def test_content_loaded_before_records_were_kept_is_adopted_not_duplicated(
    settings, django_capture_on_commit_callbacks
):
    """An install loaded before DemoRecord existed: the next run finds every demo item by its
    old lookup and records it, creating nothing. (What a demo item's creation made along the
    way, such as a match's organisation, is recorded only when the demo creates it.)"""
    before = {**snapshot(), **library_counts()}
    recorded = set(DemoRecord.objects.values_list("key", flat=True))
    DemoRecord.objects.all().delete()
    load_demo(settings, django_capture_on_commit_callbacks)
    assert {**snapshot(), **library_counts()} == before
    adopted = set(DemoRecord.objects.values_list("key", flat=True))
    assert adopted <= recorded
    assert {"page:meissen:matches/match-1", "snippet:library.methodcard:crazy-8s#en", "user:admin"} <= adopted
