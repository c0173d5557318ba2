"""iCalendar (RFC 5545) export of hub events, per event and per hub calendar."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from icalendar import Calendar, Event


def build_calendar(events, request, *, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//CIMIS//Cross Innovation Made in Saxony//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for page in events:
        site = page.get_site()
        event = Event()
        # One UID for all languages of an event: it is the same appointment.
        event.add("uid", f"{page.translation_key}@{site.hostname if site else 'cimis'}")
        event.add("dtstamp", stamp)
        event.add("dtstart", page.start)
        if page.end:
            event.add("dtend", page.end)
        event.add("summary", page.title)
        if page.intro:
            event.add("description", strip_tags(page.intro))
        where = ", ".join(part for part in (page.location_name, page.address) if part) or page.online_url
        if where:
            event.add("location", where)
        event.add("url", page.get_full_url(request))
        event.add("categories", [page.get_kind_display()])
        calendar.add_component(event)
    return calendar


def calendar_response(events, request, *, filename: str) -> HttpResponse:
    events = list(events)
    name = events[0].get_site().site_name if events and events[0].get_site() else "CIMIS"
    response = HttpResponse(
        build_calendar(events, request, name=name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
