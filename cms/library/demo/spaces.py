"""Four innovation spaces per hub region: (German, English) for every translated text.

The spaces are invented for the demo and marked as examples: placed in real towns of each
region with coordinates in those towns, but at a street that is plainly made up
("Musterstraße"), never at a real address; their websites use the reserved ``.example``
domain."""

from cms.library.models import SpaceKind

SPACES = {
    "meissen": [
        {
            "key": "makerspace-meissen",
            "name": ("Makerspace Meißen", "Makerspace Meissen"),
            "kind": SpaceKind.MAKERSPACE,
            "street": "Musterstraße 1",
            "postcode": "01662",
            "city": "Meißen",
            "position": ("51.163200", "13.473700"),
            "description": (
                "Offene Werkstatt in der Altstadt mit 3D-Druckern, Lasercutter und Textilecke.",
                "Open workshop in the old town with 3D printers, a laser cutter and a textiles corner.",
            ),
        },
        {
            "key": "coworking-radebeul",
            "name": ("Co-Working am Bahnhof Radebeul", "Co-working at Radebeul station"),
            "kind": SpaceKind.COWORKING,
            "street": "Musterstraße 2",
            "postcode": "01445",
            "city": "Radebeul",
            "position": ("51.106600", "13.665800"),
            "description": (
                "Arbeitsplätze und Besprechungsraum direkt an der S-Bahn nach Dresden und Meißen.",
                "Desks and a meeting room right by the suburban line to Dresden and Meißen.",
            ),
        },
        {
            "key": "digitallabor-riesa",
            "name": ("Digitallabor Riesa", "Riesa Digital Lab"),
            "kind": SpaceKind.DIGITAL_LAB,
            "street": "Musterstraße 3",
            "postcode": "01587",
            "city": "Riesa",
            "position": ("51.308100", "13.294000"),
            "description": (
                "Probierraum für Handel und Handwerk: Kassensysteme, Onlineshops und Social Media "
                "zum Ausprobieren.",
                "A space for retail and crafts to try out till systems, online shops and social media.",
            ),
        },
        {
            "key": "landwerkstatt-grossenhain",
            "name": ("Landwerkstatt Großenhain", "Grossenhain Rural Workshop"),
            "kind": SpaceKind.MAKERSPACE,
            "street": "Musterstraße 4",
            "postcode": "01558",
            "city": "Großenhain",
            "position": ("51.289300", "13.532500"),
            "description": (
                "Holz- und Metallwerkstatt mit Reparaturcafé an jedem ersten Samstag im Monat.",
                "Wood and metal workshop with a repair café on the first Saturday of every month.",
            ),
        },
    ],
    "lausitz": [
        {
            "key": "makerspace-goerlitz",
            "name": ("Makerspace Görlitz", "Makerspace Goerlitz"),
            "kind": SpaceKind.MAKERSPACE,
            "street": "Musterstraße 5",
            "postcode": "02826",
            "city": "Görlitz",
            "position": ("51.150800", "14.985000"),
            "description": (
                "Werkstatt für Elektronik, Holz und 3D-Druck, mit Kursen auf Deutsch und Polnisch.",
                "Workshop for electronics, wood and 3D printing, with courses in German and Polish.",
            ),
        },
        {
            "key": "coworking-bautzen",
            "name": ("Co-Working Bautzen", "Co-working Bautzen"),
            "kind": SpaceKind.COWORKING,
            "street": "Musterstraße 6",
            "postcode": "02625",
            "city": "Bautzen",
            "position": ("51.181300", "14.426500"),
            "description": (
                "Gemeinsames Büro für Selbstständige und Pendelnde in der Altstadt von Bautzen.",
                "Shared office for freelancers and commuters in Bautzen's old town.",
            ),
        },
        {
            "key": "digitallabor-hoyerswerda",
            "name": ("Digitallabor Hoyerswerda", "Hoyerswerda Digital Lab"),
            "kind": SpaceKind.DIGITAL_LAB,
            "street": "Musterstraße 7",
            "postcode": "02977",
            "city": "Hoyerswerda",
            "position": ("51.438500", "14.248000"),
            "description": (
                "Lernort für Verwaltungen und Vereine: digitale Formulare, Videokonferenzen, Datenschutz.",
                "A place for administrations and associations to learn digital forms, video calls and "
                "data protection.",
            ),
        },
        {
            "key": "kreativraum-zittau",
            "name": ("Kreativraum Zittau", "Zittau Creative Space"),
            "kind": SpaceKind.COWORKING,
            "street": "Musterstraße 8",
            "postcode": "02763",
            "city": "Zittau",
            "position": ("50.896300", "14.807500"),
            "description": (
                "Arbeitsplätze, Fotostudio und Ausstellungsfläche im Dreiländereck.",
                "Desks, a photo studio and exhibition space where three countries meet.",
            ),
        },
    ],
    "erzgebirge": [
        {
            "key": "makerspace-annaberg",
            "name": ("Makerspace Annaberg-Buchholz", "Makerspace Annaberg-Buchholz"),
            "kind": SpaceKind.MAKERSPACE,
            "street": "Musterstraße 9",
            "postcode": "09456",
            "city": "Annaberg-Buchholz",
            "position": ("50.580000", "13.003000"),
            "description": (
                "Werkstatt mit CNC-Fräse und Lasercutter, wo Holzkunst und Technik zusammenkommen.",
                "Workshop with a CNC router and laser cutter, where wooden crafts meet technology.",
            ),
        },
        {
            "key": "coworking-schwarzenberg",
            "name": ("Co-Working Schwarzenberg", "Co-working Schwarzenberg"),
            "kind": SpaceKind.COWORKING,
            "street": "Musterstraße 10",
            "postcode": "08340",
            "city": "Schwarzenberg",
            "position": ("50.544000", "12.785000"),
            "description": (
                "Ruhige Arbeitsplätze mit schnellem Internet und Blick auf das Schloss.",
                "Quiet desks with fast internet and a view of the castle.",
            ),
        },
        {
            "key": "digitallabor-aue",
            "name": ("Digitallabor Aue", "Aue Digital Lab"),
            "kind": SpaceKind.DIGITAL_LAB,
            "street": "Musterstraße 11",
            "postcode": "08280",
            "city": "Aue-Bad Schlema",
            "position": ("50.586500", "12.700500"),
            "description": (
                "Beratung und Geräte für Betriebe, die Abläufe digitalisieren wollen.",
                "Advice and equipment for firms that want to digitise their processes.",
            ),
        },
        {
            "key": "werkstatt-olbernhau",
            "name": ("Werkstatt Olbernhau", "Olbernhau Workshop"),
            "kind": SpaceKind.MAKERSPACE,
            "street": "Musterstraße 12",
            "postcode": "09526",
            "city": "Olbernhau",
            "position": ("50.660000", "13.340000"),
            "description": (
                "Gemeinschaftswerkstatt in der Spielzeugstadt, mit Drechselbänken und 3D-Druck.",
                "Community workshop in the toy-making town, with wood-turning lathes and 3D printing.",
            ),
        },
    ],
}
