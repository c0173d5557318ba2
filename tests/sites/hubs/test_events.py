"""Hub events: listing, detail, validation and iCalendar export."""

import datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from sites.hubs.models import EventIndexPage, EventKind, EventPage

pytestmark = pytest.mark.django_db


def index_of(sites, key):
    return EventIndexPage.objects.descendant_of(sites[key].root_page).get()


def add_upcoming_event(index, slug="netzwerktreffen", **values):
    """An event an editor adds after the project (the demo announces none)."""
    start = timezone.now() + datetime.timedelta(days=30)
    event = EventPage(title="Netzwerktreffen", slug=slug, kind=EventKind.OTHER, start=start, **values)
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def test_event_index_lists_upcoming_before_past_and_only_its_own_hub(client, sites):
    index = index_of(sites, "lausitz")
    added = add_upcoming_event(index)
    response = client.get(index.get_url(), HTTP_HOST="lausitz.localhost")
    assert response.status_code == 200
    upcoming = list(response.context["upcoming_events"])
    past = list(response.context["past_events"])
    assert [e.slug for e in upcoming] == [added.slug]
    assert {e.slug for e in past} == {
        "kick-off-workshop",
        "peer-learning-2",
        "expertenabend-websites",
        "abschlussveranstaltung",
    }
    for event in upcoming + past:
        assert event.get_parent().pk == index.pk
    html = response.content.decode()
    assert html.index("Netzwerktreffen") < html.index("Kick-off-Workshop Sächsische Lausitz")
    assert "Kick-off-Workshop Landkreis Meißen" not in html


def test_the_demo_announces_no_event_to_come(client, sites):
    cache.clear()  # pages another test rendered with an event it added (cms.core.page_cache)
    for key in ("meissen", "lausitz", "erzgebirge"):
        index = index_of(sites, key)
        assert not index.events().upcoming().exists()
        assert index.events().past().count() == 4
        soup = BeautifulSoup(client.get(index.get_url(), HTTP_HOST=f"{key}.localhost").content, "html.parser")
        assert len(soup.select(".cards .card__title a")) == 4


@pytest.mark.parametrize(
    "language, expected",
    [("de", "16. April 2025, 14:00"), ("en", "16 April 2025, 14:00")],
)
def test_closing_event_dates_are_formatted_for_the_language(client, sites, locale_en, language, expected):
    event = EventPage.objects.descendant_of(sites["meissen"].root_page).get(kind=EventKind.CLOSING_EVENT)
    if language == "en":
        event = event.get_translation(locale_en)
    soup = BeautifulSoup(client.get(event.get_url(), HTTP_HOST="meissen.localhost").content, "html.parser")
    when = soup.select(".facts time")
    assert when[0].get_text() == expected
    assert when[0]["datetime"].startswith("2025-04-16T14:00:00")
    assert when[1].get_text() == "19:00"


def test_past_event_offers_no_registration(client, sites):
    event = EventPage.objects.descendant_of(sites["meissen"].root_page).get(kind=EventKind.CLOSING_EVENT)
    event.registration_url = "https://example.org/anmeldung"
    event.save_revision().publish()
    html = client.get(event.get_url(), HTTP_HOST="meissen.localhost").content.decode()
    assert "https://example.org/anmeldung" not in html
    upcoming = add_upcoming_event(
        index_of(sites, "meissen"), registration_url="https://example.org/anmeldung"
    )
    assert (
        "https://example.org/anmeldung"
        in client.get(upcoming.get_url(), HTTP_HOST="meissen.localhost").content.decode()
    )


def test_event_end_before_start_is_rejected(sites):
    index = index_of(sites, "meissen")
    event = EventPage(
        title="Falsch",
        slug="falsch",
        start=datetime.datetime(2025, 5, 2, 18, tzinfo=datetime.UTC),
        end=datetime.datetime(2025, 5, 2, 17, tzinfo=datetime.UTC),
    )
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=event)
    assert "end" in error.value.message_dict


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    raw = response.content
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n")
    assert all(len(line) <= 75 for line in lines), "RFC 5545 folds lines at 75 octets"
    return Calendar.from_ical(raw)


def test_event_calendar_entry_parses_and_carries_the_event(client, sites):
    event = EventPage.objects.descendant_of(sites["meissen"].root_page).get(kind=EventKind.CLOSING_EVENT)
    calendar = parse_ics(client.get(event.get_url() + "calendar/", HTTP_HOST="meissen.localhost"))
    assert calendar["VERSION"] == "2.0"
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Abschlussveranstaltung CIMIS II"
    assert entry.decoded("DTSTART") == datetime.datetime(2025, 4, 16, 12, 0, tzinfo=datetime.UTC)
    assert entry.decoded("DTEND") == datetime.datetime(2025, 4, 16, 17, 0, tzinfo=datetime.UTC)
    assert "LOCATION" not in entry  # the place is not published, and the demo invents none
    assert str(entry["URL"]) == "http://meissen.localhost/de/veranstaltungen/abschlussveranstaltung/"
    assert str(entry["UID"]) == f"{event.translation_key}@meissen.localhost"


def test_english_calendar_entry_has_english_text_and_the_same_uid(client, sites, locale_en):
    event = EventPage.objects.descendant_of(sites["meissen"].root_page).get(kind=EventKind.CLOSING_EVENT)
    english = event.get_translation(locale_en)
    [entry] = parse_ics(client.get(english.get_url() + "calendar/", HTTP_HOST="meissen.localhost")).walk(
        "VEVENT"
    )
    assert str(entry["SUMMARY"]) == "CIMIS II closing event"
    assert str(entry["UID"]) == f"{event.translation_key}@meissen.localhost"


def test_hub_calendar_has_every_live_event_of_the_hub_and_no_other(client, sites):
    index = index_of(sites, "erzgebirge")
    calendar = parse_ics(client.get(index.get_url() + "calendar/", HTTP_HOST="erzgebirge.localhost"))
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    expected = sorted(e.title for e in EventPage.objects.child_of(index).live())
    assert summaries == expected
    assert len(summaries) == 4
    assert not any("Lausitz" in s or "Meißen" in s for s in summaries)


def test_unpublished_event_is_not_in_the_calendar(client, sites):
    index = index_of(sites, "erzgebirge")
    event = EventPage.objects.child_of(index).get(kind=EventKind.KICK_OFF)
    event.unpublish()
    calendar = parse_ics(client.get(index.get_url() + "calendar/", HTTP_HOST="erzgebirge.localhost"))
    assert event.title not in [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
