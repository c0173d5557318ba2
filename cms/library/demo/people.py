"""Partners, people and testimonials: (German, English) for every translated text.

The network partners take their names and websites from the site configuration (the partner
that runs each site); the project lead and her quotes are published (FACTS.md). Every other
firm and person is invented for the demo and marked as an example (``is_example``): no street
addresses, and invented websites use the reserved ``.example`` domain.

Keys stay as earlier versions of the demo recorded them (some are names), so a database loaded
before keeps its items; see cms.core.demo.DemoContext."""

from cms.core.demo_facts import LEAD_NAME, LEAD_QUOTES
from cms.library.models import PartnerKind, PersonRole

# The partner that runs each site, described; name and website come from CIMIS_SITES.
NETWORK_PARTNERS = {
    "platform": (
        "Netzwerk der Kultur- und Kreativwirtschaft in Dresden. Leitet CIMIS und betreibt die Lernplattform.",
        "Network of the cultural and creative industries in Dresden. Leads CIMIS and runs the learning "
        "platform.",
    ),
    "meissen": (
        "Verein der Kreativen im Landkreis Meißen. Koordiniert den CIMIS-Hub in der Region.",
        "Association of creative professionals in the district of Meißen. Coordinates the CIMIS hub in "
        "the region.",
    ),
    "lausitz": (
        "Netzwerk der Kreativwirtschaft in der sächsischen Lausitz (Bautzen, Görlitz, Hoyerswerda, "
        "Zittau). Koordiniert den CIMIS-Hub in der Region.",
        "Network of the creative industries in the Saxon Lausitz (Bautzen, Görlitz, Hoyerswerda, "
        "Zittau). Coordinates the CIMIS hub in the region.",
    ),
    "erzgebirge": (
        "Netzwerk der Kreativen im Erzgebirge. Koordiniert den CIMIS-Hub in der Region.",
        "Network of creative professionals in the Ore Mountains. Coordinates the CIMIS hub in the region.",
    ),
}

OTHER_PARTNERS = [
    {
        "key": "freistaat-sachsen",
        "name": ("Freistaat Sachsen", "Free State of Saxony"),
        "kind": PartnerKind.FUNDER,
        "region": None,
        "website": "https://www.sachsen.de/",
        "example": False,
        "description": (
            "Fördert CIMIS mit Steuermitteln auf Grundlage des vom Sächsischen Landtag "
            "beschlossenen Haushaltes.",
            "Funds CIMIS with tax revenue on the basis of the budget passed by the Saxon State Parliament.",
        ),
    },
    {
        "key": "studio-bergwerk",
        "name": ("Studio Bergwerk", "Studio Bergwerk"),
        "kind": PartnerKind.CREATIVE_STUDIO,
        "region": "erzgebirge",
        "website": "https://studio-bergwerk.example/",
        "description": (
            "Kleines Studio für Fotografie und Content im Erzgebirge.",
            "Small studio for photography and content in the Erzgebirge.",
        ),
    },
    # The organisations of the demo's matches (sites.hubs.demo_matches).
    {
        "key": "Weingut Hausmann",
        "name": ("Weingut Hausmann", "Weingut Hausmann"),
        "kind": PartnerKind.COMPANY,
        "region": "meissen",
        "description": (
            "Kleines Familienweingut im Elbtal bei Meißen, das seine Weine ab Hof verkauft.",
            "Small family wine estate in the Elbe valley near Meißen that sells its wines at the estate.",
        ),
    },
    {
        "key": "Porzellanmalerei Sommer",
        "name": ("Porzellanmalerei Sommer", "Porzellanmalerei Sommer"),
        "kind": PartnerKind.COMPANY,
        "region": "meissen",
        "description": (
            "Werkstatt einer Porzellanmalerin, die Geschirr von Hand bemalt.",
            "The workshop of a porcelain painter who paints tableware by hand.",
        ),
    },
    {
        "key": "Gemeinde Rebenhain",
        "name": ("Gemeinde Rebenhain", "Municipality of Rebenhain"),
        "kind": PartnerKind.MUNICIPALITY,
        "region": "meissen",
        "description": (
            "Erfundene Gemeinde im Landkreis Meißen mit einem regen Vereinsleben.",
            "Invented municipality in the district of Meißen with a lively club life.",
        ),
    },
    {
        "key": "Bäckerei Krautz",
        "name": ("Bäckerei Krautz", "Bäckerei Krautz"),
        "kind": PartnerKind.COMPANY,
        "region": "lausitz",
        "description": (
            "Familienbäckerei in einem Dorf in der Oberlausitz, mit Backstube und zwei Filialen.",
            "Family bakery in a village in Upper Lusatia, with its bakehouse and two shops.",
        ),
    },
    {
        "key": "Heimatverein Kottmarblick",
        "name": ("Heimatverein Kottmarblick", "Kottmarblick local heritage club"),
        "kind": PartnerKind.ASSOCIATION,
        "region": "lausitz",
        "description": (
            "Heimatverein in einem Oberlausitzer Umgebindedorf, der Ortsgeschichte sammelt und "
            "Führungen anbietet.",
            "Local heritage club in an Upper Lusatian village of half-timbered Umgebinde houses, which "
            "collects local history and offers guided walks.",
        ),
    },
    {
        "key": "Gemeinde Heidebrück",
        "name": ("Gemeinde Heidebrück", "Municipality of Heidebrück"),
        "kind": PartnerKind.MUNICIPALITY,
        "region": "lausitz",
        "description": (
            "Erfundene Gemeinde im Landkreis Bautzen mit rund 4.000 Einwohnerinnen und Einwohnern.",
            "Invented municipality in the district of Bautzen with some 4,000 inhabitants.",
        ),
    },
    {
        "key": "Tischlerei Neubert",
        "name": ("Tischlerei Neubert", "Tischlerei Neubert"),
        "kind": PartnerKind.COMPANY,
        "region": "erzgebirge",
        "description": (
            "Tischlerei mit sechs Beschäftigten im Erzgebirge, in dritter Generation.",
            "Joinery with six employees in the Erzgebirge, in its third generation.",
        ),
    },
    {
        "key": "Skiverein Kammweg",
        "name": ("Skiverein Kammweg", "Kammweg ski club"),
        "kind": PartnerKind.ASSOCIATION,
        "region": "erzgebirge",
        "description": (
            "Skiverein im oberen Erzgebirge mit Langlauf- und Biathlongruppen für Kinder.",
            "Ski club in the upper Erzgebirge with cross-country and biathlon groups for children.",
        ),
    },
    {
        "key": "Klöppelverein Bergstadt",
        "name": ("Klöppelverein Bergstadt", "Bergstadt bobbin lace club"),
        "kind": PartnerKind.ASSOCIATION,
        "region": "erzgebirge",
        "description": (
            "Verein, der das Klöppeln lehrt – in Kursen für Anfängerinnen bis Meisterinnen.",
            "A club that teaches bobbin lace making, in courses from beginners to masters.",
        ),
    },
]


def _person(key, name, role, organisation, region, job_title, bio, example=True):
    return {
        "key": key,
        "name": name,
        "role": role,
        "organisation": organisation,
        "region": region,
        "job_title": job_title,
        "bio": bio,
        "example": example,
    }


C, K, V, E = PersonRole.CREATIVE, PersonRole.COORDINATOR, PersonRole.INTERVIEWEE, PersonRole.EXPERT

# Organisations and regions by key: a site key (its network partner / its region) or a key above.
PEOPLE = [
    # The key of an invented project lead that earlier demos had, now the real one.
    _person(
        "martin-seidel", LEAD_NAME, K, "platform", None,
        ("Projektleitung CIMIS II", "CIMIS II project lead"),
        ("Leitet CIMIS II bei WIR GESTALTEN DRESDEN.", "Leads CIMIS II at WIR GESTALTEN DRESDEN."),
        example=False,
    ),
    _person(
        "katrin-boehme", "Katrin Böhme", K, "meissen", "meissen",
        ("Netzwerkkoordinatorin", "Network coordinator"),
        ("Bringt im Landkreis Meißen Kreative mit Handwerk, Weinbau und Vereinen zusammen.",
         "Brings creative professionals together with crafts, wine-growing and associations in the "
         "district of Meißen."),
    ),
    _person(
        "jan-kuehnel", "Jan Kühnel", K, "lausitz", "lausitz",
        ("Netzwerkkoordinator", "Network coordinator"),
        ("Begleitet Tandems in der Oberlausitz, von der Bäckerei bis zur Gemeindeverwaltung.",
         "Supports tandems in Upper Lusatia, from the bakery to the municipal office."),
    ),
    _person(
        "susann-lorenz", "Susann Lorenz", K, "erzgebirge", "erzgebirge",
        ("Netzwerkkoordinatorin", "Network coordinator"),
        ("Verbindet im Erzgebirge Kreative mit Handwerk, Tourismus und Vereinen.",
         "Connects creative professionals with crafts, tourism and associations in the Erzgebirge."),
    ),
    # Meißen: the creatives and the people of the organisations.
    _person(
        "Lena Richter", "Lena Richter", C, None, "meissen", ("Webentwicklerin", "Web developer"),
        ("Baut schlanke Onlineshops für kleine Betriebe; im Tandem mit einem Weingut bei Meißen.",
         "Builds lean online shops for small firms; in a tandem with a wine estate near Meißen."),
    ),
    _person(
        "sabine-hausmann", "Sabine Hausmann", V, "Weingut Hausmann", "meissen",
        ("Winzerin", "Winemaker"),
        ("Führt das Familienweingut mit ihrem Bruder und kümmert sich um den Verkauf.",
         "Runs the family wine estate with her brother and looks after sales."),
    ),
    _person(
        "lea-hoffmann", "Lea Hoffmann", C, None, "meissen", ("Grafikdesignerin", "Graphic designer"),
        ("Gestaltet Marken und Bildsprachen für kleine Betriebe; im Tandem mit einer Porzellanmalerei.",
         "Designs brands and visual styles for small firms; in a tandem with a porcelain painter."),
    ),
    _person(
        "Sophie Engel", "Sophie Engel", C, None, "meissen", ("Service-Designerin", "Service designer"),
        ("Gestaltet Abläufe aus der Sicht der Menschen, die sie nutzen.",
         "Designs processes from the point of view of the people who use them."),
    ),
    # Lausitz
    _person(
        "Tom Wendt", "Tom Wendt", C, None, "lausitz", ("UX-Designer", "UX designer"),
        ("Entwirft Bestell- und Buchungsstrecken, die auch am Telefon funktionieren.",
         "Designs ordering and booking flows that work on a phone too."),
    ),
    _person(
        "marko-krautz", "Marko Krautz", V, "Bäckerei Krautz", "lausitz",
        ("Bäckermeister", "Master baker"),
        ("Führt die Familienbäckerei in vierter Generation.", "Runs the family bakery in its fourth generation."),
    ),
    _person(
        "Jana Petrick", "Jana Petrick", C, None, "lausitz", ("Grafikdesignerin", "Graphic designer"),
        ("Gestaltet Websites und Drucksachen für Vereine und Kultureinrichtungen.",
         "Designs websites and print for clubs and cultural institutions."),
    ),
    _person(
        "paul-winkler", "Paul Winkler", C, None, "lausitz", ("Webentwickler", "Web developer"),
        ("Baut barrierefreie Websites und hat mit einer Gemeinde im Landkreis Bautzen Anträge "
         "digitalisiert.",
         "Builds accessible websites and digitised applications with a municipality in the district "
         "of Bautzen."),
    ),
    _person(
        "claudia-vogel", "Claudia Vogel", V, "Gemeinde Heidebrück", "lausitz",
        ("Hauptamtsleiterin", "Head of the main office"),
        ("Leitet das Hauptamt einer Gemeinde im Landkreis Bautzen.",
         "Heads the main office of a municipality in the district of Bautzen."),
    ),
    # Erzgebirge
    _person(
        "mira-schneider", "Mira Schneider", C, "studio-bergwerk", "erzgebirge",
        ("Fotografin und Content Creatorin", "Photographer and content creator"),
        ("Fotografiert Handwerk und hat mit einer Tischlerei im Erzgebirge einen Onlineshop aufgebaut.",
         "Photographs crafts and built an online shop with a joinery in the Erzgebirge."),
    ),
    _person(
        "frank-neubert", "Frank Neubert", V, "Tischlerei Neubert", "erzgebirge",
        ("Tischlermeister", "Master carpenter"),
        ("Führt eine Tischlerei mit sechs Beschäftigten im Erzgebirge, in dritter Generation.",
         "Runs a joinery with six employees in the Erzgebirge, in the third generation."),
    ),
    _person(
        "Clara Frenzel", "Clara Frenzel", C, None, "erzgebirge", ("Content Creatorin", "Content creator"),
        ("Erzählt in kurzen Videos von Sport, Handwerk und Orten im Erzgebirge.",
         "Tells of sport, crafts and places in the Erzgebirge in short videos."),
    ),
    _person(
        "Paula Weber", "Paula Weber", C, None, "erzgebirge", ("Webdesignerin", "Web designer"),
        ("Gestaltet Websites mit Buchung für Kurse, Ferienwohnungen und Vereine.",
         "Designs websites with booking for courses, holiday flats and clubs."),
    ),
    _person(
        "anna-weiss", "Dr. Anna Weiß", E, None, None,
        ("Rechtsanwältin für Datenschutz", "Data protection lawyer"),
        ("Spricht über KI-Werkzeuge und die DSGVO in kleinen Organisationen.",
         "Speaks about AI tools and the GDPR in small organisations."),
    ),
]  # fmt: skip

TESTIMONIALS = [
    # The project lead's published quotes, word for word.
    {"key": "lead-quote-1", "person": "martin-seidel", "quote": LEAD_QUOTES[0], "example": False},
    {"key": "lead-quote-2", "person": "martin-seidel", "quote": LEAD_QUOTES[1], "example": False},
    # Quotes of the demo's invented matches, each by someone of its own tandem.
    {
        "key": "tischlerei-onlineshop",
        "person": "frank-neubert",
        "quote": (
            "Ich hätte nie gedacht, dass unsere Tischlerei einmal einen Onlineshop hat. Mit Mira ging "
            "das Schritt für Schritt – und die ersten Bestellungen kamen aus Leipzig.",
            "I never thought our joinery would have an online shop. With Mira it happened step by step "
            "– and the first orders came from Leipzig.",
        ),
    },
    {
        "key": "weingut-etikett",
        "person": "lea-hoffmann",
        "quote": (
            "Im Tandem habe ich gelernt, erst zuzuhören und dann zu gestalten. Die Vorlagen passen viel "
            "besser zur Werkstatt als mein erster Entwurf.",
            "In the tandem I learned to listen first and design second. The templates suit the workshop "
            "much better than my first draft.",
        ),
    },
    {
        "key": "gemeinde-antraege",
        "person": "claudia-vogel",
        "quote": (
            "Unsere Anträge laufen jetzt digital. Die Kolleginnen sparen jede Woche Stunden, und niemand "
            "muss mehr extra ins Rathaus kommen.",
            "Our applications now run digitally. My colleagues save hours every week, and nobody has to "
            "make a special trip to the town hall any more.",
        ),
    },
    {
        "key": "weingut-onlineshop",
        "person": "sabine-hausmann",
        "quote": (
            "Wir hatten Angst vor der Technik. Nach drei Monaten lief der Shop – und wir verstehen ihn.",
            "We were afraid of the technology. After three months the shop was running – and we "
            "understand it.",
        ),
    },
]
