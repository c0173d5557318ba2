"""Review before publishing, as a new user would do it: a hub editor submits, a moderator of
the same hub approves (or asks for changes, with a comment), the visitor sees the result;
nobody else can approve, and everyone concerned is told in the admin and by e-mail."""

from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

import pytest

from cms.core.roles import workflow_name
from cms.core.sites import site_config
from cms.library.models import InnovationSpace, MethodCard

from .conftest import allowed, denied
from .forms import edit_form_data

pytestmark = pytest.mark.django_db

NEW_INTRO = "Neu im Hub: offene Werkstatt jeden Donnerstag."


def submit_home(client, home, intro=NEW_INTRO):
    url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    data = edit_form_data(client.get(url), home)
    data["intro"] = intro
    data["action-submit"] = "Zur Prüfung einreichen"
    return client.post(url, data)


def current_task_state(obj) -> TaskState:
    return (
        WorkflowState.objects.for_instance(obj)
        .get(status=WorkflowState.STATUS_IN_PROGRESS)
        .current_task_state
    )


def page_action(client, page, action, task_state, comment=""):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment} if comment else {})


def visitor_sees(site, text) -> bool:
    response = Client().get("/de/", HTTP_HOST=site.hostname)
    assert response.status_code == 200
    return text in response.content.decode()


@pytest.fixture
def meissen_home(sites):
    return sites["meissen"].root_page.specific


def test_editor_submits_moderator_approves_visitor_sees_it(login, sites, meissen_home):
    assert submit_home(login("meissen-editor"), meissen_home).status_code == 302
    assert meissen_home.workflow_in_progress
    assert not visitor_sees(sites["meissen"], NEW_INTRO)

    # The moderators of Meißen are told, by e-mail and on their dashboard; Lausitz is not.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "meissen@demo.localhost" in recipients
    assert "lausitz@demo.localhost" not in recipients
    edit_url = reverse("wagtailadmin_pages:edit", args=[meissen_home.pk])
    assert edit_url in login("meissen").get("/admin/").content.decode()
    assert edit_url not in login("lausitz").get("/admin/").content.decode()

    task_state = current_task_state(meissen_home)
    assert denied(page_action(login("lausitz"), meissen_home, "approve", task_state))
    assert denied(page_action(login("meissen-editor"), meissen_home, "approve", task_state))
    assert not visitor_sees(sites["meissen"], NEW_INTRO)

    mail.outbox.clear()
    response = page_action(login("meissen"), meissen_home, "approve", task_state, comment="Passt so.")
    assert allowed(response)
    meissen_home.refresh_from_db()
    assert not meissen_home.workflow_in_progress
    assert meissen_home.live_revision.user.username == "meissen-editor"
    assert visitor_sees(sites["meissen"], NEW_INTRO)
    assert [message.to for message in mail.outbox] == [["meissen-editor@demo.localhost"]]


def test_moderator_requests_changes_with_a_comment_the_editor_reads(login, sites, meissen_home):
    submit_home(login("meissen-editor"), meissen_home)
    mail.outbox.clear()
    comment = "Bitte den Termin ergänzen."
    page_action(login("meissen"), meissen_home, "reject", current_task_state(meissen_home), comment=comment)

    assert not visitor_sees(sites["meissen"], NEW_INTRO)
    assert [message.to for message in mail.outbox] == [["meissen-editor@demo.localhost"]]
    assert comment in mail.outbox[0].body
    editor_view = login("meissen-editor").get(reverse("wagtailadmin_pages:edit", args=[meissen_home.pk]))
    assert comment in editor_view.content.decode()


def test_an_editor_cannot_publish_by_posting_the_publish_action(login, sites, meissen_home):
    client = login("meissen-editor")
    url = reverse("wagtailadmin_pages:edit", args=[meissen_home.pk])
    data = edit_form_data(client.get(url), meissen_home)
    data["intro"] = NEW_INTRO
    data["action-publish"] = "Veröffentlichen"
    client.post(url, data)
    assert not visitor_sees(sites["meissen"], NEW_INTRO)


def test_a_moderator_publishes_directly(login, sites, meissen_home):
    client = login("meissen")
    url = reverse("wagtailadmin_pages:edit", args=[meissen_home.pk])
    data = edit_form_data(client.get(url), meissen_home)
    data["intro"] = NEW_INTRO
    data["action-publish"] = "Veröffentlichen"
    client.post(url, data)
    assert visitor_sees(sites["meissen"], NEW_INTRO)


def test_every_site_has_its_own_review_in_both_languages(sites, locale_en):
    for key, site in sites.items():
        for page in (site.root_page, site.root_page.get_translation(locale_en)):
            workflow = page.get_workflow()
            assert workflow.name == workflow_name("workflow", site_config(key))
            [task] = workflow.tasks.specific()
            assert [group.name for group in task.groups.all()] == [f"{key} moderators"]


def test_an_innovation_space_is_reviewed_by_the_moderators_of_its_region(login, sites):
    space = InnovationSpace.objects.filter(region=sites["meissen"], locale__language_code="de").first()
    client = login("meissen-editor")
    url = reverse("wagtailsnippets_library_innovationspace:edit", args=[space.pk])
    data = edit_form_data(client.get(url), space, form_id="w-editor-form")
    data["description"] = NEW_INTRO
    data["action-submit"] = "Zur Prüfung einreichen"
    assert client.post(url, data).status_code == 302
    space.refresh_from_db()
    assert space.workflow_in_progress
    recipients = {address for message in mail.outbox for address in message.to}
    assert "meissen@demo.localhost" in recipients
    assert "lausitz@demo.localhost" not in recipients

    task_state = current_task_state(space)
    action = "wagtailsnippets_library_innovationspace:workflow_action"
    assert denied(login("lausitz").post(reverse(action, args=[space.pk, "approve", task_state.pk])))
    assert denied(login("platform").post(reverse(action, args=[space.pk, "approve", task_state.pk])))
    assert allowed(login("meissen").post(reverse(action, args=[space.pk, "approve", task_state.pk])))
    space.refresh_from_db()
    assert space.live and space.description == NEW_INTRO


def test_a_shared_library_item_is_reviewed_by_the_platform(login):
    card = MethodCard.objects.filter(locale__language_code="de", live=True).first()
    client = login("platform-editor")
    url = reverse("wagtailsnippets_library_methodcard:edit", args=[card.pk])
    data = edit_form_data(client.get(url), card, form_id="w-editor-form")
    data["summary"] = NEW_INTRO
    data["action-submit"] = "Zur Prüfung einreichen"
    assert client.post(url, data).status_code == 302
    assert "platform@demo.localhost" in {address for message in mail.outbox for address in message.to}

    action = "wagtailsnippets_library_methodcard:workflow_action"
    args = [card.pk, "approve", current_task_state(card).pk]
    assert denied(login("meissen").post(reverse(action, args=args)))
    assert allowed(login("platform").post(reverse(action, args=args)))
    card.refresh_from_db()
    assert card.live and card.summary == NEW_INTRO
