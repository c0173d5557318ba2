"""The project's published facts, as the demo states them (German, English).

One place for what every site says about CIMIS II: the partners, the history, the 28 matches,
the five phases, the events, the project lead and her two published quotes, the video. The
demo's own inventions (firms, people, match stories) live with the demo content and are marked
as examples; nothing here is invented."""

MATCH_COUNT = 28

LEAD_NAME = "Juliane Waidhas"
LEAD_ROLE = ("Projektleitung CIMIS II, WIR GESTALTEN DRESDEN", "CIMIS II project lead, WIR GESTALTEN DRESDEN")

# Published in German, word for word; the English is a translation.
LEAD_QUOTES = [
    (
        "CIMIS II hat eindrucksvoll gezeigt, was möglich ist, wenn Kreativschaffende und "
        "mittelständische Unternehmen sich auf Augenhöhe begegnen und gemeinsam an realen "
        "Herausforderungen tüfteln.",
        "CIMIS II has shown impressively what is possible when creative professionals and small and "
        "medium-sized firms meet as equals and work out real challenges together.",
    ),
    (
        "Wenn kreative Ideen auf reale Herausforderungen treffen und Menschen aus unterschiedlichen "
        "Welten miteinander ins Arbeiten kommen, entsteht nicht nur Innovation – sondern "
        "gegenseitiges Verständnis und Zukunft.",
        "When creative ideas meet real challenges and people from different worlds start working "
        "together, what comes of it is not only innovation – but mutual understanding and a future.",
    ),
]

VIDEO_TITLE = (
    "Zwei Minuten Cross Innovation – Das war CIMIS II",
    "Two minutes of cross innovation – that was CIMIS II",
)
VIDEO_PENDING = (
    "Der Film zum Projekt folgt: Die Redaktion ergänzt ihn hier, sobald seine Adresse veröffentlicht ist.",
    "The project's film will follow: the editors add it here once its address is published.",
)

WHO = [
    ("h2", "Wer dahintersteht", "Who is behind it"),
    (
        "p",
        "CIMIS II wird von WIR GESTALTEN DRESDEN mit drei regionalen Partnern getragen: dem Kreativ "
        "Kreis Meißen e.V. für den Landkreis Meißen, Kreative Lausitz für die sächsische Lausitz "
        "(Bautzen, Görlitz, Hoyerswerda, Zittau) und Kreatives Erzgebirge für das Erzgebirge.",
        "CIMIS II is run by WIR GESTALTEN DRESDEN with three regional partners: Kreativ Kreis Meißen "
        "e.V. for the district of Meißen, Kreative Lausitz for the Saxon Lausitz (Bautzen, Görlitz, "
        "Hoyerswerda, Zittau) and Kreatives Erzgebirge for the Erzgebirge.",
    ),
    (
        "p",
        "Das Projekt folgte auf CIMIS I; seine zweite Runde begann 2024.",
        "The project followed CIMIS I; its second round started in 2024.",
    ),
]

AIM = [
    ("h2", "Worum es geht", "What it is about"),
    (
        "p",
        "Cross Innovation Made in Saxony hilft kleinen Organisationen im ländlichen Sachsen – "
        "Unternehmen, kommunalen Einrichtungen und Vereinen –, sich gemeinsam mit Kreativschaffenden "
        "zu digitalisieren. Das Motto: Innovation ist kein Großstadtprivileg.",
        "Cross Innovation Made in Saxony helps small organisations in rural Saxony – firms, municipal "
        "bodies and associations – to digitalise by co-creation with creative professionals. The "
        "motto: innovation is not a big-city privilege.",
    ),
    (
        "p",
        "28 interdisziplinäre Matches im Erzgebirge, in der Lausitz und in Meißen haben je "
        "Kreativschaffende mit einem Unternehmen oder einer Organisation zusammengebracht. Sie bauten "
        "digitale Prototypen: Onlineshops, digitalisierte analoge Arbeitsabläufe, bessere Websites und "
        "professionelle Auftritte in sozialen Medien.",
        "28 interdisciplinary matches in the Erzgebirge, the Lausitz and Meißen each paired creative "
        "professionals with a firm or an organisation. They built digital prototypes: online shops, "
        "digitised analogue work processes, better websites and a professional social-media presence.",
    ),
]

PHASES_HEADING = ("Der Ablauf in fünf Phasen", "The process in five phases")
PHASES = [
    (
        ("Phase 1", "Phase 1"),
        ("Kick-off-Workshops", "Kick-off workshops"),
        ("In Meißen, im Erzgebirge und in der Lausitz.", "In Meißen, the Erzgebirge and the Lausitz."),
    ),
    (
        ("Phase 2", "Phase 2"),
        ("Team-Matching", "Team matching"),
        ("Begleitet von den Netzwerkkoordinator·innen.", "Accompanied by the network coordinators."),
    ),
    (
        ("Phase 3", "Phase 3"),
        ("Arbeitsphase", "Work phase"),
        (
            "Aufgebaut auf den zentralen Elementen des Design Thinking.",
            "Built on the central elements of design thinking.",
        ),
    ),
    (
        ("Phase 4", "Phase 4"),
        ("Expertenveranstaltungen", "Expert events"),
        ("Mit Impulsen von außen.", "With input from outside."),
    ),
    (
        ("Phase 5", "Phase 5"),
        ("Reflexion und Peer-Learning", "Reflection and peer learning"),
        ("Regelmäßige Treffen zum Austausch.", "Regular meetings to reflect and learn from each other."),
    ),
]

EVENTS = [
    ("h2", "Die Veranstaltungen", "The events"),
    (
        "p",
        "Ab Oktober 2024 gab es drei Kick-off-Veranstaltungen, vier Peer-Learning-Formate und zwei "
        "Expertenveranstaltungen. Bei der Abschlussveranstaltung am 16. April 2025 stellten die "
        "Matches ihre Prototypen vor. Das Projekt ist abgeschlossen.",
        "From October 2024 there were three kick-off events, four peer-learning formats and two expert "
        "events. At the closing event on 16 April 2025 the matches presented their prototypes. The "
        "project is finished.",
    ),
]

PLATFORM_OFFERS = [
    ("h2", "Was die Lernplattform bietet", "What the learning platform offers"),
    (
        "p",
        "Die Lernplattform ist zum Ende von CIMIS II entstanden. Sie bietet:",
        "The learning platform was launched at the end of CIMIS II. It offers:",
    ),
    (
        "ul",
        [
            ("Einblicke in die Prototypen der Teams;", "insights into the teams’ prototypes;"),
            (
                "Methodenkarten, Anleitungen und Praxisbeispiele rund um Design Thinking;",
                "method cards, how-to guides and practice examples around design thinking;",
            ),
            (
                "eine kuratierte, bewertete Sammlung von KI-Werkzeugen, die den Teams geholfen haben;",
                "a curated, rated collection of AI tools that helped the teams;",
            ),
            (
                "Interviews, Erfahrungsberichte und Projektwissen aus den Regionen;",
                "interviews, experience reports and project knowledge from the regions;",
            ),
            (
                "Anregungen und Materialien für den eigenen Cross-Innovation-Prozess.",
                "inspiration and materials for starting your own cross-innovation process.",
            ),
        ],
    ),
    (
        "p",
        "Sie ist für alle, die im ländlichen Raum disziplinübergreifend arbeiten – zwischen "
        "Wirtschaft, Kultur und Kreativwirtschaft.",
        "It is for everyone who works across disciplines in rural areas – between business, culture "
        "and the creative industries.",
    ),
]

EXAMPLES_NOTE = [
    (
        "p",
        "Die Matches, Firmen und Personen in den Beispielen dieser Website sind für die Demo erfunden "
        "und als „Beispiel“ gekennzeichnet.",
        "The matches, firms and people in this website’s examples are invented for the demo and marked "
        "“Example”.",
    ),
]


def html(s, parts) -> str:
    """Rich text from ``parts`` — ``(tag, German, English)`` for a heading or paragraph,
    ``("ul" | "ol", [(German, English), …])`` for a list — in German, each piece's English in
    ``s`` (a Bilingual): wagtail-localize translates rich text piece by piece."""
    out = []
    for tag, *texts in parts:
        if tag in ("ul", "ol"):
            items = "".join(f"<li>{s(*pair)}</li>" for pair in texts[0])
            out.append(f"<{tag}>{items}</{tag}>")
        else:
            out.append(f"<{tag}>{s(*texts)}</{tag}>")
    return "".join(out)


def timeline(s) -> tuple:
    """The five phases as a timeline block, its strings collected in ``s`` (a Bilingual)."""
    return (
        "timeline",
        {
            "heading": s(*PHASES_HEADING),
            "entries": [
                {"period": s(*period), "date": None, "title": s(*title), "text": s(*text)}
                for period, title, text in PHASES
            ],
        },
    )


def lead_quote(s, number: int) -> tuple:
    """One of the project lead's quotes as a quote block."""
    return (
        "quote",
        {"quote": s(*LEAD_QUOTES[number]), "author": LEAD_NAME, "role": s(*LEAD_ROLE)},
    )
