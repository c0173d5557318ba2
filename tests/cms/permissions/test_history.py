"""History: a moderator compares revisions and reverts to an earlier one, the audit log
records who did what, and scheduled publishing takes effect when ``publish_scheduled`` runs."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision

import pytest

from cms.core.models import SiteSettings

from .conftest import allowed
from .forms import edit_form_data

pytestmark = pytest.mark.django_db

FIRST, SECOND = "Impressum (erste Fassung)", "Impressum (zweite Fassung)"


def publish_title(client, page, title, **extra):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_form_data(client.get(url), page)
    data.update({"title": title, "action-publish": "Veröffentlichen", **extra})
    return client.post(url, data)


@pytest.fixture
def imprint(sites):
    return SiteSettings.for_site(sites["meissen"]).imprint_page.specific


def live_title(page) -> str:
    return type(page).objects.get(pk=page.pk).title


def test_a_moderator_compares_and_reverts_revisions(login, imprint):
    client = login("meissen")
    publish_title(client, imprint, FIRST)
    first = Revision.page_revisions.filter(object_id=str(imprint.pk)).latest("created_at")
    publish_title(client, imprint, SECOND)
    assert live_title(imprint) == SECOND

    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[imprint.pk, first.pk, "latest"])
    )
    # The comparison shows both versions, word by word.
    assert "erste" in compare.content.decode() and "zweite" in compare.content.decode()

    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[imprint.pk, first.pk])
    reverted_form = client.get(revert_url)
    assert FIRST in reverted_form.content.decode()
    data = edit_form_data(reverted_form, first.as_object())
    data["action-publish"] = "Veröffentlichen"
    client.post(reverse("wagtailadmin_pages:edit", args=[imprint.pk]), data)
    assert live_title(imprint) == FIRST


def test_the_audit_log_records_who_did_what_for_those_who_may_see_it(login, imprint):
    publish_title(login("meissen"), imprint, FIRST)
    assert PageLogEntry.objects.filter(
        page=imprint, action="wagtail.publish", user__username="meissen"
    ).exists()
    history = login("meissen-editor").get(reverse("wagtailadmin_pages:history", args=[imprint.pk]))
    assert "meissen" in history.content.decode()
    site_history = reverse("wagtailadmin_reports:site_history")
    edit_url = reverse("wagtailadmin_pages:edit", args=[imprint.pk])
    assert edit_url in login("meissen").get(site_history).content.decode()
    assert edit_url not in login("lausitz").get(site_history).content.decode()
    assert not allowed(login("lausitz").get(reverse("wagtailadmin_pages:history", args=[imprint.pk])))


def test_scheduled_publishing_takes_effect_when_publish_scheduled_runs(login, sites, imprint):
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    publish_title(login("meissen"), imprint, SECOND, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    assert Revision.page_revisions.filter(
        object_id=str(imprint.pk), approved_go_live_at__isnull=False
    ).exists()

    call_command("publish_scheduled", verbosity=0)
    assert live_title(imprint) != SECOND  # not yet

    with mock.patch.object(timezone, "now", return_value=go_live + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled", verbosity=0)
    assert live_title(imprint) == SECOND
    visitor = Client().get(imprint.url, HTTP_HOST=sites["meissen"].hostname)
    assert SECOND in visitor.content.decode()
