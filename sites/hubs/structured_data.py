"""schema.org JSON-LD of hub pages (rendered by cms.core.sharing)."""

from django.utils import timezone

from cms.core.network import network
from cms.core.sharing import organisation_ref

EVENT_SCHEDULED = "https://schema.org/EventScheduled"
OFFLINE, ONLINE, MIXED = (
    "https://schema.org/OfflineEventAttendanceMode",
    "https://schema.org/OnlineEventAttendanceMode",
    "https://schema.org/MixedEventAttendanceMode",
)


def event_data(page, request, sharing) -> dict:
    """An Event: when, where (a place, an online meeting or both) and the hub organising it.
    There is no cancelled or postponed state in the model, so every event is scheduled."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": timezone.localtime(page.start).isoformat(),
        "eventStatus": EVENT_SCHEDULED,
        "url": sharing.canonical,
        "inLanguage": page.locale.language_code,
    }
    if page.end:
        data["endDate"] = timezone.localtime(page.end).isoformat()
    if sharing.description:
        data["description"] = sharing.description
    if sharing.image is not None:
        data["image"] = [sharing.image.url]
    locations = []
    if page.location_name or page.address:
        place = {"@type": "Place", "name": page.location_name or page.address}
        if page.address:
            place["address"] = page.address
        locations.append(place)
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
        data["eventAttendanceMode"] = (
            MIXED if len(locations) > 1 else (ONLINE if page.online_url else OFFLINE)
        )
    here = next((entry for entry in network(request) if entry.current), None)
    if here is not None:
        data["organizer"] = organisation_ref(here)
    if page.registration_url and not page.is_past:  # as on the page: no sign-up for what is over
        data["offers"] = {"@type": "Offer", "url": page.registration_url}
    return data
