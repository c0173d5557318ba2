"""Demo content of the hubs, from the project's story (FACTS.md): per hub its home, matches
(invented, marked as examples), events (its kick-off, its share of the peer-learning meetings
and expert events, the closing event of 16 April 2025; all past), news, innovation spaces and a
contact page, in German with English translations."""

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
        "place": ("Landkreis Meißen", "District of Meißen"),
    },
    "lausitz": {
        "intro": (
            "In der sächsischen Lausitz – um Bautzen, Görlitz, Hoyerswerda und Zittau – begleitet "
            "Kreative Lausitz Tandems im Strukturwandel, von der Bäckerei bis zur Gemeindeverwaltung.",
            "In the Saxon Lausitz – around Bautzen, Görlitz, Hoyerswerda and Zittau – Kreative Lausitz "
            "supports tandems through structural change, from the bakery to the municipal office.",
        ),
        "place": ("Sächsische Lausitz", "Saxon Lausitz"),
    },
    "erzgebirge": {
        "intro": (
            "Im Erzgebirge verbindet Kreatives Erzgebirge Kreative mit Handwerk, Tourismus und Vereinen.",
            "In the Erzgebirge, Kreatives Erzgebirge connects creatives with crafts, tourism and "
            "associations.",
        ),
        "place": ("Erzgebirge", "Erzgebirge"),
    },
}

# The events of CIMIS II (FACTS.md): from October 2024 three kick-offs, four peer-learning
# formats and two expert events, then the closing event of 16 April 2025, which every hub
# shows. Kinds, counts, months and the closing date are the project's; the days and hours of
# the others are the demo's assumption, and the pages say so. All are past.
KICK_OFFS = {
    "meissen": at(2024, 10, 10, 16),
    "lausitz": at(2024, 10, 17, 16),
    "erzgebirge": at(2024, 10, 24, 16),
}
PEER_LEARNING = [
    ("meissen", at(2024, 12, 5, 17), 1),
    ("lausitz", at(2025, 1, 16, 17), 2),
    ("erzgebirge", at(2025, 2, 13, 17), 3),
    ("erzgebirge", at(2025, 3, 13, 17), 4),
]
EXPERT_EVENTS = {
    "meissen": (
        at(2024, 11, 21, 17),
        ("Expertenveranstaltung: KI im Alltag kleiner Betriebe", "Expert event: AI in the daily work of small firms"),
        "expertenabend-ki",
        "expert-evening-ai",
        (
            "Impulse von außen: Welche KI-Werkzeuge helfen wirklich – und was heißt das für den Datenschutz?",
            "Input from outside: which AI tools really help – and what does that mean for data protection?",
        ),
    ),
    "lausitz": (
        at(2025, 2, 20, 17),
        ("Expertenveranstaltung: Gute Websites für kleine Organisationen",
         "Expert event: good websites for small organisations"),
        "expertenabend-websites",
        "expert-event-websites",
        (
            "Impulse von außen: Barrierefreiheit, Texte und Pflege – was eine Website im Alltag tragen muss.",
            "Input from outside: accessibility, copy and upkeep – what a website has to carry day to day.",
        ),
    ),
}  # fmt: skip
ASSUMED = (
    "Tag und Uhrzeit dieser Seite sind für die Demo angenommen (Beispiel); veröffentlicht sind "
    "Art, Zahl und Zeitraum der Veranstaltungen.",
    "The day and time on this page are assumed for the demo (example); what is published is the "
    "kind, number and period of the events.",
)


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
            "Kick-off-Workshop, Peer-Learning, Expertenveranstaltungen und die Abschlussveranstaltung "
            "von CIMIS II. Das Projekt ist abgeschlossen.",
            "Kick-off workshop, peer learning, expert events and the closing event of CIMIS II. The "
            "project is finished.",
        ),
    )
    place = s(*region["place"])
    kick_off = KICK_OFFS[key]
    events = [
        dict(
            kind=EventKind.KICK_OFF,
            title=s(f"Kick-off-Workshop {region['place'][0]}", f"Kick-off workshop {region['place'][1]}"),
            slug=s("kick-off-workshop", "kick-off-workshop"),
            intro=s(
                "Auftakt der zweiten Runde: Unternehmen, Kommunen und Vereine stellten ihre "
                "Herausforderungen vor und lernten die Kreativen der Region kennen.",
                "Start of the second round: firms, municipalities and associations presented "
                "their challenges and met the region's creatives.",
            ),
            start=kick_off,
            end=kick_off + datetime.timedelta(hours=4),
            location_name=place,
        ),
        dict(
            kind=EventKind.CLOSING_EVENT,
            title=s("Abschlussveranstaltung CIMIS II", "CIMIS II closing event"),
            slug=s("abschlussveranstaltung", "closing-event"),
            intro=s(
                "Am 16. April 2025 stellten die Matches aus allen drei Regionen ihre Prototypen vor.",
                "On 16 April 2025 the matches from all three regions presented their prototypes.",
            ),
            start=at(2025, 4, 16, 14),
            end=at(2025, 4, 16, 19),
        ),
    ]
    for hub, start, number in PEER_LEARNING:
        if hub != key:
            continue
        events.append(
            dict(
                kind=EventKind.PEER_LEARNING,
                title=s(f"Peer-Learning-Treffen {number}", f"Peer-learning meeting {number}"),
                slug=s(f"peer-learning-{number}", f"peer-learning-{number}"),
                intro=s(
                    "Reflexion und Austausch: Die Tandems berichteten einander von ihrem Stand, "
                    "ihren Hürden und dem, was geholfen hat.",
                    "Reflection and exchange: the tandems told each other where they stood, what "
                    "held them up and what helped.",
                ),
                start=start,
                end=start + datetime.timedelta(hours=2, minutes=30),
                location_name=place,
            )
        )
    if key in EXPERT_EVENTS:
        start, title, slug_de, slug_en, intro = EXPERT_EVENTS[key]
        events.append(
            dict(
                kind=EventKind.EXPERT_EVENT,
                title=s(*title),
                slug=s(slug_de, slug_en),
                intro=s(*intro),
                start=start,
                end=start + datetime.timedelta(hours=2, minutes=30),
                location_name=place,
            )
        )
    for values in events:
        values.setdefault("location_name", "")
        paragraphs = [s("Eine Veranstaltung von CIMIS II.", "An event of CIMIS II.")]
        if values["kind"] != EventKind.CLOSING_EVENT:
            paragraphs.append(s(*ASSUMED))
        values["body"] = [("text", "".join(f"<p>{text}</p>" for text in paragraphs))]
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
            title=s(f"Die Matches in der Region {region['place'][0]} arbeiten",
                    f"The matches in the region {region['place'][1]} are at work"),
            slug=s("matches-gestartet", "matches-under-way"),
            date=datetime.date(2024, 12, 2),
            intro=s(
                "Nach den Kick-off-Workshops und dem Matching mit den Netzwerkkoordinator·innen hat die "
                "Arbeitsphase begonnen – für 28 Matches in drei Regionen.",
                "After the kick-off workshops and the matching with the network coordinators, the work "
                "phase has begun – for 28 matches in three regions.",
            ),
        ),
        dict(
            title=s("Rückblick auf die Abschlussveranstaltung", "Looking back at the closing event"),
            slug=s("rueckblick-abschlussveranstaltung", "closing-event-review"),
            date=datetime.date(2025, 4, 22),
            intro=s(
                "Onlineshops, digitalisierte Abläufe, neue Websites: Am 16. April 2025 stellten die Matches "
                "ihre Prototypen vor.",
                "Online shops, digitised processes, new websites: on 16 April 2025 the matches presented "
                "their prototypes.",
            ),
        ),
    ]  # fmt: skip
    for values in items:
        values["hero_image"] = context.images[f"{key}-hero"]
        # Rich text is translated paragraph by paragraph: the strings are the paragraphs' text.
        values["body"] = [("text", "<p>{}</p>".format(s(
            "Alle Prototypen finden Sie in der Galerie der Lernplattform.",
            "You will find all prototypes in the learning platform's gallery.",
        )))]  # fmt: skip
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
