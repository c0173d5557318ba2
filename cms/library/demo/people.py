"""Partners, people and testimonials: (German, English) for every translated text.

The network partners take their names and websites from the site configuration (the partner
that runs each site). People and firms other than the partners are invented for the demo;
invented websites use the reserved ``.example`` domain."""

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
        "Netzwerk der Kreativwirtschaft in der Lausitz. Koordiniert den CIMIS-Hub in der Region.",
        "Network of the creative industries in Lusatia. Coordinates the CIMIS hub in the region.",
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
            "Kleines Studio für Fotografie und Content in Annaberg-Buchholz.",
            "Small studio for photography and content in Annaberg-Buchholz.",
        ),
    },
]

# Organisations and regions by key: a site key (its network partner / its region) or a key above.
PEOPLE = [
    {
        "key": "katrin-boehme",
        "name": "Katrin Böhme",
        "role": PersonRole.COORDINATOR,
        "organisation": "meissen",
        "region": "meissen",
        "job_title": ("Netzwerkkoordinatorin", "Network coordinator"),
        "bio": (
            "Bringt im Landkreis Meißen Kreative mit Handwerk, Weinbau und Vereinen zusammen.",
            "Brings creative professionals together with crafts, wine-growing and associations in the "
            "district of Meißen.",
        ),
    },
    {
        "key": "jan-kuehnel",
        "name": "Jan Kühnel",
        "role": PersonRole.COORDINATOR,
        "organisation": "lausitz",
        "region": "lausitz",
        "job_title": ("Netzwerkkoordinator", "Network coordinator"),
        "bio": (
            "Begleitet Tandems in der Lausitz, von der Bäckerei bis zur Gemeindeverwaltung.",
            "Supports tandems in Lusatia, from the bakery to the municipal office.",
        ),
    },
    {
        "key": "susann-lorenz",
        "name": "Susann Lorenz",
        "role": PersonRole.COORDINATOR,
        "organisation": "erzgebirge",
        "region": "erzgebirge",
        "job_title": ("Netzwerkkoordinatorin", "Network coordinator"),
        "bio": (
            "Verbindet im Erzgebirge Kreative mit Manufakturen, Tourismus und Vereinen.",
            "Connects creative professionals with manufacturers, tourism and associations in the Ore "
            "Mountains.",
        ),
    },
    {
        "key": "martin-seidel",
        "name": "Martin Seidel",
        "role": PersonRole.COORDINATOR,
        "organisation": "platform",
        "region": None,
        "job_title": ("Projektleitung CIMIS", "CIMIS project lead"),
        "bio": (
            "Leitet CIMIS bei WIR GESTALTEN DRESDEN und kuratiert die Lernplattform.",
            "Leads CIMIS at WIR GESTALTEN DRESDEN and curates the learning platform.",
        ),
    },
    {
        "key": "lea-hoffmann",
        "name": "Lea Hoffmann",
        "role": PersonRole.CREATIVE,
        "organisation": None,
        "region": "meissen",
        "job_title": ("Grafikdesignerin", "Graphic designer"),
        "bio": (
            "Gestaltet Marken und Etiketten für kleine Betriebe; im Tandem mit einem Weingut bei Meißen.",
            "Designs brands and labels for small firms; in a tandem with a winery near Meißen.",
        ),
    },
    {
        "key": "paul-winkler",
        "name": "Paul Winkler",
        "role": PersonRole.CREATIVE,
        "organisation": None,
        "region": "lausitz",
        "job_title": ("Webentwickler", "Web developer"),
        "bio": (
            "Baut barrierefreie Websites und hat mit einer Gemeinde im Landkreis Bautzen Anträge "
            "digitalisiert.",
            "Builds accessible websites and digitised applications with a municipality in the district "
            "of Bautzen.",
        ),
    },
    {
        "key": "mira-schneider",
        "name": "Mira Schneider",
        "role": PersonRole.CREATIVE,
        "organisation": "studio-bergwerk",
        "region": "erzgebirge",
        "job_title": ("Fotografin und Content Creatorin", "Photographer and content creator"),
        "bio": (
            "Fotografiert Handwerk und hat mit einer Tischlerei im Erzgebirge einen Onlineshop aufgebaut.",
            "Photographs crafts and built an online shop with a joinery in the Ore Mountains.",
        ),
    },
    {
        "key": "frank-neubert",
        "name": "Frank Neubert",
        "role": PersonRole.INTERVIEWEE,
        "organisation": None,
        "region": "erzgebirge",
        "job_title": ("Tischlermeister", "Master carpenter"),
        "bio": (
            "Führt eine Tischlerei mit sechs Beschäftigten im Erzgebirge, in dritter Generation.",
            "Runs a joinery with six employees in the Ore Mountains, in the third generation.",
        ),
    },
    {
        "key": "anna-weiss",
        "name": "Dr. Anna Weiß",
        "role": PersonRole.EXPERT,
        "organisation": None,
        "region": None,
        "job_title": ("Rechtsanwältin für Datenschutz", "Data protection lawyer"),
        "bio": (
            "Sprach beim Expertenabend über KI-Werkzeuge und die DSGVO in kleinen Organisationen.",
            "Spoke at the expert evening about AI tools and the GDPR in small organisations.",
        ),
    },
]

TESTIMONIALS = [
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
            "Im Tandem habe ich gelernt, erst zuzuhören und dann zu gestalten. Das Ergebnis passt viel "
            "besser zum Weingut als mein erster Entwurf.",
            "In the tandem I learned to listen first and design second. The result suits the winery much "
            "better than my first draft.",
        ),
    },
    {
        "key": "gemeinde-antraege",
        "person": None,
        "author_name": "Claudia Vogel",
        "author_role": (
            "Hauptamtsleiterin einer Gemeinde im Landkreis Bautzen",
            "Head of the main office of a municipality in the district of Bautzen",
        ),
        "quote": (
            "Unsere Anträge laufen jetzt digital. Die Kolleginnen sparen jede Woche Stunden, und niemand "
            "muss mehr extra ins Rathaus kommen.",
            "Our applications now run digitally. My colleagues save hours every week, and nobody has to "
            "make a special trip to the town hall any more.",
        ),
    },
]
