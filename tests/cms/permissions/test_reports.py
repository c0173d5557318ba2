"""Wagtail's reports, seen by a hub's moderator: nothing of another hub (its editors' names,
its pages' titles, its counts) appears; the administrator still sees everything."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest

from cms.core.roles import group_name
from cms.library.models import InnovationSpace
from sites.hubs.models import MatchPage

pytestmark = pytest.mark.django_db

WITNESS = "lausitz-zeugin"
TITLE = "Geheimer Lausitzer Prototyp"
SPACE = "Verborgenes Lausitzer Labor"

REPORTS = [
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:locked_pages_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:aging_pages_results",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "cimis_translation_status",
]


@pytest.fixture
def lausitz_activity(sites, locale_de):
    """A Lausitz moderator edits, publishes and locks a match page, submits another for
    review, and edits and submits a Lausitz innovation space."""
    witness = get_user_model().objects.create_user(WITNESS, f"{WITNESS}@example.org")
    witness.groups.set([Group.objects.get(name=group_name("lausitz", "moderators"))])
    matches = (
        MatchPage.objects.descendant_of(sites["lausitz"].root_page).filter(locale=locale_de).order_by("path")
    )
    page = matches[0]
    page.title = TITLE
    page.save_revision(user=witness, log_action=True).publish(user=witness)
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=witness, locked_at=timezone.now())
    other = matches[1]
    other.title = f"{TITLE} II"
    revision = other.save_revision(user=witness, log_action=True)
    workflow = other.get_workflow()
    if workflow is not None:
        workflow.start(other, witness)
    space = InnovationSpace.objects.filter(region=sites["lausitz"], locale=locale_de).order_by("pk").first()
    space.name = SPACE
    space.save_revision(user=witness, log_action=True).publish(user=witness)
    space_workflow = space.get_workflow()
    if space_workflow is not None:
        space.save_revision(user=witness, log_action=True)
        space_workflow.start(space, witness)
    return revision


def test_the_witness_is_in_the_reports_of_the_administrator(login, lausitz_activity):
    """The scenario reaches every kind of report: the administrator sees it there."""
    client = login("admin")
    seen = {name for name in REPORTS if WITNESS in client.get(reverse(name)).content.decode()}
    assert {
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:workflow",
    } <= seen
    assert TITLE in client.get(reverse("wagtailadmin_reports:page_types_usage")).content.decode()


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("username", ["meissen", "meissen-editor"])
def test_a_hub_role_sees_nothing_of_another_hub_in_the_reports(login, lausitz_activity, username, name):
    response = login(username).get(reverse(name))
    assert response.status_code in (200, 302)
    html = response.content.decode()
    assert WITNESS not in html
    assert TITLE not in html
    assert SPACE not in html


def test_page_types_usage_counts_only_the_own_hub(login, sites, locale_de):
    response = login("meissen").get(reverse("wagtailadmin_reports:page_types_usage_results"))
    counts = {row.model: row.count for row in response.context["object_list"]}
    own = Page.objects.descendant_of(sites["meissen"].root_page, inclusive=True).type(MatchPage)
    mine = (
        MatchPage.objects.filter(pk__in=own.values("pk")).count()
        + MatchPage.objects.filter(
            translation_key__in=MatchPage.objects.filter(pk__in=own.values("pk")).values("translation_key"),
            locale__language_code="en",
        ).count()
    )
    assert counts["matchpage"] == mine
    assert counts["matchpage"] < MatchPage.objects.count()
