"""Demo content of the hubs, from the project's story: per hub its home, matches, events
(kick-off, expert event, the closing event of 16 April 2025, a network meeting to come),
news, innovation spaces and a contact page, in German with English translations."""

import datetime
from zoneinfo import ZoneInfo

from cms.core.translation import Bilingual
from sites.hubs.demo_matches import ensure_matches
from sites.hubs.models import (
    ContactPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HubHomePage,
    InnovationSpacePage,
    MatchIndexPage,
    NewsIndexPage,
    NewsPage,
)

BERLIN = ZoneInfo("Europe/Berlin")


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


REGIONS = {
    "meissen": {
        "intro": (
            "Im Landkreis Meißen bringt der Kreativ Kreis Meißen e.V. Kreative mit Handwerk, "
            "Weinbau und Vereinen zusammen.",
            "In the district of Meißen, Kreativ Kreis Meißen e.V. brings creatives together "
            "with crafts, wine-growing and associations.",
        ),
        "town": "Meißen",
        "venue": ("Kulturzentrum Hahnemannszentrum", "Hahnemannszentrum cultural centre"),
        "address": "Neugasse 44, 01662 Meißen",
        "kickoff": at(2024, 9, 12, 16),
        "expert": at(2024, 11, 21, 17),
    },
    "lausitz": {
        "intro": (
            "In der Lausitz begleitet Kreative Lausitz Tandems im Strukturwandel – von der "
            "Bäckerei bis zur Gemeindeverwaltung.",
            "In Lusatia, Kreative Lausitz supports tandems through structural change – from "
            "the bakery to the municipal office.",
        ),
        "town": "Cottbus",
        "venue": ("Startblock B2", "Startblock B2"),
        "address": "Friedrich-Ebert-Straße 13, 03044 Cottbus",
        "kickoff": at(2024, 9, 19, 16),
        "expert": at(2024, 11, 28, 17),
    },
    "erzgebirge": {
        "intro": (
            "Im Erzgebirge verbindet Kreatives Erzgebirge Kreative mit Manufakturen, Tourismus und Vereinen.",
            "In the Ore Mountains, Kreatives Erzgebirge connects creatives with manufacturers, "
            "tourism and associations.",
        ),
        "town": "Annaberg-Buchholz",
        "venue": ("Manufaktur der Träume", "Manufaktur der Träume"),
        "address": "Buchholzer Straße 2, 09456 Annaberg-Buchholz",
        "kickoff": at(2024, 9, 26, 16),
        "expert": at(2024, 12, 5, 17),
    },
}


def _events(context, home, key, region):
    s = Bilingual()
    index = context.ensure_page(
        home,
        EventIndexPage,
        s,
        title=s("Veranstaltungen", "Events"),
        slug=s("veranstaltungen", "events"),
        show_in_menus=True,
        intro=s(
            "Kick-off-Workshops, Expertenabende, Peer-Learning und die Abschlussveranstaltung.",
            "Kick-off workshops, expert evenings, peer learning and the closing event.",
        ),
    )
    venue = s(*region["venue"])
    town = region["town"]
    events = [
        dict(
            kind=EventKind.KICK_OFF,
            title=s(f"Kick-off-Workshop {town}", f"Kick-off workshop {town}"),
            slug=s("kick-off-workshop", "kick-off-workshop"),
            intro=s(
                "Auftakt der zweiten Runde: Unternehmen, Kommunen und Vereine stellen ihre "
                "Herausforderungen vor und lernen die Kreativen der Region kennen.",
                "Start of the second round: firms, municipalities and associations present "
                "their challenges and meet the region's creatives.",
            ),
            start=region["kickoff"],
            end=region["kickoff"] + datetime.timedelta(hours=4),
        ),
        dict(
            kind=EventKind.EXPERT_EVENT,
            title=s(
                "Expertenabend: KI im Alltag kleiner Betriebe",
                "Expert evening: AI in the daily work of small firms",
            ),
            slug=s("expertenabend-ki", "expert-evening-ai"),
            intro=s(
                "Welche KI-Werkzeuge helfen wirklich – und was heißt das für den Datenschutz?",
                "Which AI tools really help – and what does that mean for data protection?",
            ),
            start=region["expert"],
            end=region["expert"] + datetime.timedelta(hours=2, minutes=30),
        ),
        dict(
            kind=EventKind.CLOSING_EVENT,
            title=s("Abschlussveranstaltung CIMIS 2", "CIMIS 2 closing event"),
            slug=s("abschlussveranstaltung", "closing-event"),
            intro=s(
                "Am 16. April 2025 stellen die Matches aus allen drei Regionen ihre Prototypen vor.",
                "On 16 April 2025 the matches from all three regions present their prototypes.",
            ),
            start=at(2025, 4, 16, 14),
            end=at(2025, 4, 16, 19),
            location_name=s("Zentralwerk Dresden", "Zentralwerk Dresden"),
            address="Riesaer Straße 32, 01127 Dresden",
        ),
        dict(
            kind=EventKind.PEER_LEARNING,
            title=s("Peer-Learning: Ein Jahr danach", "Peer learning: one year on"),
            slug=s("peer-learning-ein-jahr-danach", "peer-learning-one-year-on"),
            intro=s(
                "Die Tandems treffen sich wieder: Was ist aus den Prototypen geworden?",
                "The tandems meet again: what became of the prototypes?",
            ),
            start=at(2027, 3, 18, 17),
            end=at(2027, 3, 18, 20),
            registration_url="https://example.org/anmeldung",
        ),
    ]
    for values in events:
        values.setdefault("location_name", venue)
        values.setdefault("address", region["address"])
        values["body"] = [("text", s(
            "<p>Der Eintritt ist frei. Die Veranstaltung ist barrierefrei erreichbar.</p>",
            "<p>Admission is free. The venue is step-free.</p>",
        ))]  # fmt: skip
        context.ensure_page(index, EventPage, s, **values)


def _news(context, home, key, region):
    s = Bilingual()
    index = context.ensure_page(
        home,
        NewsIndexPage,
        s,
        title=s("Neuigkeiten", "News"),
        slug=s("neuigkeiten", "news"),
        show_in_menus=True,
    )
    items = [
        dict(
            title=s(
                f"Zehn Matches in der Region {region['town']} gestartet",
                f"Ten matches under way around {region['town']}",
            ),
            slug=s("matches-gestartet", "matches-under-way"),
            date=datetime.date(2024, 10, 15),
            intro=s(
                "Nach dem Matching mit den Netzwerkkoordinator·innen beginnt die Arbeitsphase.",
                "After matching with the network coordinators, the work phase begins.",
            ),
        ),
        dict(
            title=s("Rückblick auf die Abschlussveranstaltung", "Looking back at the closing event"),
            slug=s("rueckblick-abschlussveranstaltung", "closing-event-review"),
            date=datetime.date(2025, 4, 22),
            intro=s(
                "Onlineshops, digitale Formulare, neue Websites: Die Matches haben geliefert.",
                "Online shops, digital forms, new websites: the matches delivered.",
            ),
        ),
    ]
    for values in items:
        values["hero_image"] = context.images[f"{key}-hero"]
        values["body"] = [("text", s(
            "<p>Alle Prototypen finden Sie in der Galerie der Lernplattform.</p>",
            "<p>You will find all prototypes in the learning platform's gallery.</p>",
        ))]  # fmt: skip
        context.ensure_page(index, NewsPage, s, **values)


def _matches(context, home, key):
    s = Bilingual()
    index = context.ensure_page(
        home,
        MatchIndexPage,
        s,
        title=s("Matches", "Matches"),
        slug=s("matches", "matches"),
        show_in_menus=True,
        intro=s(
            "Die Tandems aus Unternehmen, Kommunen oder Vereinen und Kreativen unserer Region.",
            "The tandems of firms, municipalities or associations and creatives in our region.",
        ),
    )
    ensure_matches(context, key, index)


def _spaces(context, home):
    s = Bilingual()
    context.ensure_page(
        home,
        InnovationSpacePage,
        s,
        title=s("Innovationsorte", "Innovation spaces"),
        slug=s("innovationsorte", "innovation-spaces"),
        show_in_menus=True,
        intro=s(
            "Makerspaces, Coworking-Spaces und digitale Labore in der Region.",
            "Makerspaces, co-working spaces and digital labs in the region.",
        ),
    )


def _contact(context, home):
    s = Bilingual()
    context.ensure_page(
        home,
        ContactPage,
        s,
        title=s("Kontakt", "Contact"),
        slug=s("kontakt", "contact"),
        show_in_menus=True,
        intro=s(
            "Schreiben Sie uns – wir antworten innerhalb weniger Tage.",
            "Write to us – we answer within a few days.",
        ),
        thank_you=s("Vielen Dank! Wir melden uns bald bei Ihnen.", "Thank you! We will be in touch soon."),
    )


def load(context) -> None:
    for key, site in context.sites.items():
        home = site.root_page.specific
        if not isinstance(home, HubHomePage) or key not in REGIONS:
            continue
        region = REGIONS[key]
        s = Bilingual()
        context.update_page(home, s, intro=s(*region["intro"]), hero_image=context.images[f"{key}-hero"])
        _matches(context, home, key)
        _events(context, home, key, region)
        _news(context, home, key, region)
        _spaces(context, home)
        _contact(context, home)
