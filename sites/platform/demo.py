"""Demo content of the learning platform: its home, method library, tool catalogue,
prototype gallery, two how-to guides (steps, checklist, questions and answers), an interview
and an experience report (invented, marked as examples), the project lead's quotes and a
materials library with PDFs made
here, in German with English translations."""

import datetime
import io

from django.core.files.base import ContentFile

from cms.core import demo_facts as facts
from cms.core.models import CMSDocument
from cms.core.translation import Bilingual
from cms.library.demo import demo_translation_key
from cms.library.models import AITool, MethodCard, Person
from sites.hubs.models import MatchPage
from sites.platform.models import (
    GuideIndexPage,
    GuideMethod,
    GuideTool,
    HowToGuidePage,
    InterviewKind,
    InterviewPage,
    Material,
    MaterialKind,
    MaterialsPage,
    MethodLibraryPage,
    PlatformHomePage,
    PrototypeGalleryPage,
    ToolCataloguePage,
)

INTRO = (
    "Die Lernplattform von Cross Innovation Made in Saxony: Prototypen, Methodenkarten, "
    "KI-Werkzeuge und Erfahrungen aus 28 Tandems in drei Regionen.",
    "The learning platform of Cross Innovation Made in Saxony: prototypes, method cards, AI "
    "tools and experience from 28 tandems in three regions.",
)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with a title and lines of text (Latin-1, Helvetica)."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = ["BT", "/F1 20 Tf", "56 780 Td", f"({escape(title)}) Tj", "/F1 12 Tf"]
    for line in lines:
        content += ["0 -22 Td", f"({escape(line)}) Tj"]
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


MATERIALS = [
    ("Vorlage: Challenge-Steckbrief", "de", MaterialKind.TEMPLATE,
     ("Beschreiben Sie Ihre Herausforderung auf einer Seite.", "Describe your challenge on one page."),
     ["Wer sind wir?", "Was ist das Problem?", "Wen betrifft es?", "Woran merken wir, dass es gelöst ist?"]),
    ("Template: challenge profile", "en", MaterialKind.TEMPLATE,
     ("The challenge profile in English.", "The challenge profile in English."),
     ["Who are we?", "What is the problem?", "Who does it affect?", "How will we know it is solved?"]),
    ("Arbeitsblatt: Empathiekarte", "de", MaterialKind.WORKSHEET,
     ("Zum Ausdrucken für den Workshop.", "To print for the workshop."),
     ["Sagt", "Denkt", "Tut", "Fühlt"]),
    # The method cards as a PDF are not a document: the materials page links to the PDF the
    # method library makes from the live cards (sites.platform.models.MethodLibraryPage).
    ("Leitfaden: Ihr eigener Cross-Innovation-Prozess", "de", MaterialKind.GUIDE,
     ("In sechs Schritten vom Problem zum Prototyp.", "From problem to prototype in six steps."),
     ["1. Partner finden", "2. Challenge klären", "3. Verstehen", "4. Ideen", "5. Prototyp", "6. Testen"]),
]  # fmt: skip


def _documents(context):
    collection = context.settings_for("platform").collection
    documents = []
    for title, language, _kind, _description, lines in MATERIALS:

        def create(title=title, language=language, lines=lines):
            document = CMSDocument(title=title, collection=collection, language=language)
            document.file.save(f"{language}-material.pdf", ContentFile(pdf_bytes(title, lines)), save=False)
            document.save()
            return document

        documents.append(
            context.ensure(
                f"document:{title}",
                create,
                find=lambda title=title: CMSDocument.objects.filter(
                    title=title, collection=collection
                ).first(),
            )
        )
    return documents


# (German, English) pairs; rich text goes through cms.core.demo_facts.html piece by piece.
GUIDES = [
    {
        "title": ("In fünf Schritten zum ersten Prototyp", "Five steps to a first prototype"),
        "slug": ("erster-prototyp", "first-prototype"),
        "duration": ("2 halbe Tage", "2 half days"),
        "intro": (
            "Von der Herausforderung zum ersten Prototyp, den man ausprobieren kann: der Weg, den die "
            "Tandems in der Arbeitsphase gegangen sind, in fünf Schritten.",
            "From the challenge to a first prototype that people can try: the path the tandems took in "
            "the work phase, in five steps.",
        ),
        "methods": ["nutzerinterview", "persona", "papierprototyp"],
        "steps": [
            (("Challenge klären", "Clarify the challenge"),
             ("Formulieren Sie gemeinsam in einem Satz, was besser werden soll und für wen. Schreiben "
              "Sie auf, woran Sie merken würden, dass es besser geworden ist.",
              "Agree in one sentence on what should get better, and for whom. Write down how you "
              "would notice that it has got better.")),
            (("Menschen verstehen", "Understand people"),
             ("Sprechen Sie mit fünf Menschen, die das Problem haben: Kundschaft, Mitglieder, "
              "Kolleginnen. Fragen Sie nach dem letzten Mal, als es hakte, nicht nach Wünschen.",
              "Talk to five people who have the problem: customers, members, colleagues. Ask about "
              "the last time it went wrong, not about wishes.")),
            (("Ideen sammeln", "Collect ideas"),
             ("Sammeln Sie viele Ideen, bevor Sie eine auswählen. Die kreative Seite des Tandems "
              "bringt Bilder und Skizzen ein, die Organisation ihr Wissen über den Alltag.",
              "Collect many ideas before you choose one. The creative side of the tandem brings "
              "pictures and sketches, the organisation its knowledge of everyday work.")),
            (("Prototyp bauen", "Build a prototype"),
             ("Bauen Sie die einfachste Version, die man ausprobieren kann: Papier, eine Klickstrecke "
              "oder ein Formular. Was an einem Nachmittag nicht fertig wird, ist zu groß.",
              "Build the simplest version that can be tried out: paper, a clickable mock-up or a "
              "form. What cannot be finished in an afternoon is too big.")),
            (("Testen", "Test"),
             ("Lassen Sie fünf Menschen den Prototyp ausprobieren, schweigen Sie und hören Sie zu. "
              "Notieren Sie, wo sie zögern, und bessern Sie genau dort nach.",
              "Let five people try the prototype, keep quiet and listen. Note where they hesitate, "
              "and improve exactly there.")),
        ],
        "before": [
            ("h2", "Bevor Sie anfangen", "Before you start"),
            ("p", "Sie brauchen wenig: ein Tandem, zwei halbe Tage und Material zum Skizzieren.",
             "You need little: a tandem, two half days and things to sketch with."),
            ("ul", [
                ("eine Organisation mit einer echten Herausforderung und eine kreative Person,",
                 "an organisation with a real challenge and a creative professional,"),
                ("zwei halbe Tage, an denen beide Zeit haben,",
                 "two half days when both have time,"),
                ("Papier, Stifte, Klebezettel und ein Telefon für Fotos.",
                 "paper, pens, sticky notes and a phone for photos."),
            ]),
        ],
        "faq": [
            (("Wie groß sollte die Herausforderung sein?", "How big should the challenge be?"),
             ("So klein, dass ein erster Prototyp in wenigen Wochen möglich ist – etwa ein Formular "
              "oder eine Bestellstrecke, nicht die ganze Verwaltung.",
              "Small enough for a first prototype within a few weeks – a form or an ordering flow, "
              "not the whole administration.")),
            (("Was, wenn niemand Zeit für Interviews hat?", "What if nobody has time for interviews?"),
             ("Dann reichen kurze Gespräche am Tresen oder am Telefon. Fünf Minuten mit fünf Menschen "
              "zeigen mehr als eine lange Sitzung ohne sie.",
              "Then short talks at the counter or on the phone will do. Five minutes with five people "
              "show more than a long meeting without them.")),
            (("Wann ist ein Prototyp gut genug?", "When is a prototype good enough?"),
             ("Wenn Menschen ihn ausprobieren können und Sie daraus etwas lernen. Schön muss er "
              "noch nicht sein.",
              "When people can try it and you learn something from it. It does not have to look "
              "good yet.")),
        ],
        "after": [
            ("h2", "Wie es weitergeht", "What comes next"),
            ("p", "Zu jedem Schritt gibt es Methodenkarten in der Methodenbibliothek; die Vorlagen "
                  "finden Sie unter Materialien.",
             "There are method cards for every step in the method library; you will find the "
             "templates under materials."),
        ],
    },
    {
        "title": ("KI-Werkzeuge sicher einsetzen", "Using AI tools safely"),
        "slug": ("ki-sicher-einsetzen", "using-ai-safely"),
        "duration": ("1 Stunde", "1 hour"),
        "intro": (
            "Worauf kleine Organisationen achten, bevor sie ein KI-Werkzeug in den Alltag holen: "
            "Zweck, Daten, Ergebnisse und klare Regeln für alle.",
            "What small organisations look out for before they bring an AI tool into their daily "
            "work: purpose, data, results and clear rules for everyone.",
        ),
        "methods": ["design-challenge-formulieren"],
        "steps": [
            (("Zweck klären", "Clarify the purpose"),
             ("Wofür soll das Werkzeug genutzt werden: Texte entwerfen, übersetzen, Bilder erstellen? "
              "Ein klarer Zweck macht die Auswahl leichter.",
              "What is the tool to be used for: drafting texts, translating, making pictures? A clear "
              "purpose makes the choice easier.")),
            (("Daten prüfen", "Check the data"),
             ("Geben Sie keine personenbezogenen Daten in Werkzeuge ein, für die es keinen Vertrag "
              "zur Auftragsverarbeitung gibt, und prüfen Sie, wo die Daten verarbeitet werden.",
              "Enter no personal data into tools without a data processing agreement, and check where "
              "the data is processed.")),
            (("Ergebnisse prüfen", "Check the results"),
             ("Prüfen Sie jede Antwort, bevor Sie sie verwenden. KI-Werkzeuge klingen sicher, auch "
              "wenn sie sich irren.",
              "Check every answer before you use it. AI tools sound sure of themselves even when they "
              "are wrong.")),
            (("Regeln festhalten", "Write down the rules"),
             ("Halten Sie auf einer Seite fest, wer welches Werkzeug wofür nutzt. Das schafft "
              "Sicherheit im Team.",
              "Write down on one page who uses which tool for what. That gives the team "
              "confidence.")),
        ],
        "before": [
            ("h2", "Wofür diese Anleitung gedacht ist", "What this guide is for"),
            ("p", "Viele Tandems haben KI-Werkzeuge genutzt, um schneller zu Entwürfen zu kommen. Die "
                  "Anleitung fasst zusammen, was sich dabei bewährt hat. Sie ersetzt keine "
                  "Rechtsberatung.",
             "Many tandems used AI tools to get to drafts faster. This guide sums up what worked. "
             "It is no substitute for legal advice."),
            ("h2", "Checkliste", "Checklist"),
            ("ul", [
                ("Zweck in einem Satz beschrieben", "Purpose described in one sentence"),
                ("Datenverarbeitung und Speicherort geprüft", "Data processing and location checked"),
                ("Verantwortliche Person benannt", "Person responsible named"),
                ("Regeln für das Team aufgeschrieben", "Rules for the team written down"),
            ]),
        ],
        "faq": [
            (("Dürfen wir Kundendaten in ein KI-Werkzeug eingeben?",
              "May we enter customer data into an AI tool?"),
             ("Nur, wenn es einen Vertrag zur Auftragsverarbeitung gibt und die Verarbeitung den "
              "Regeln der DSGVO folgt. Im Zweifel: Daten weglassen oder unkenntlich machen.",
              "Only if there is a data processing agreement and the processing follows the GDPR. If "
              "in doubt: leave the data out or make it unrecognisable.")),
            (("Wer ist für einen Text verantwortlich, den eine KI entworfen hat?",
              "Who is responsible for a text an AI drafted?"),
             ("Die Organisation, die ihn veröffentlicht. Deshalb liest ein Mensch jeden Text, bevor "
              "er hinausgeht.",
              "The organisation that publishes it. That is why a person reads every text before it "
              "goes out.")),
            (("Welche Werkzeuge haben die Teams genutzt?", "Which tools did the teams use?"),
             ("Der Werkzeugkatalog zeigt sie mit Bewertungen nach Nutzen, Bedienung, Datenschutz und "
              "Kosten.",
              "The tool catalogue shows them with ratings for usefulness, ease of use, data "
              "protection and cost.")),
        ],
        "after": [
            ("h2", "Aus der Praxis der Tandems", "From the tandems' practice"),
            ("p", "Bewährt hat sich, KI-Werkzeuge für Entwürfe zu nutzen – für Produkttexte, "
                  "Übersetzungen oder erste Bildideen – und die Entscheidung immer bei den Menschen im "
                  "Tandem zu lassen. Wer ein Werkzeug auswählt, findet im Werkzeugkatalog die "
                  "Bewertungen der Teams und Hinweise zum Datenschutz.",
             "What worked was to use AI tools for drafts – product texts, translations or first "
             "ideas for pictures – and always to leave the decision to the people in the tandem. "
             "Anyone choosing a tool will find the teams' ratings and notes on data protection in "
             "the tool catalogue."),
        ],
    },
]  # fmt: skip

EXAMPLE_STORY = (
    "Beispiel: Person und Gespräch sind für die Demo erfunden.",
    "Example: the person and the conversation are invented for the demo.",
)

INTERVIEW = {
    "kind": InterviewKind.INTERVIEW,
    "date": datetime.date(2025, 5, 6),
    "slug": ("interview-netzwerkkoordination", "interview-network-coordination"),
    "title": ("„Das Matching ist die halbe Miete“", "“Matching is half the battle”"),
    "intro": (
        "Eine Netzwerkkoordinatorin im Erzgebirge darüber, wie aus einer Organisation und einer "
        "kreativen Person ein gutes Tandem wird.",
        "A network coordinator in the Erzgebirge on how an organisation and a creative professional "
        "become a good tandem.",
    ),
    "person": "susann-lorenz",
    "match": None,
    "qa": [
        (("Was macht ein gutes Tandem aus?", "What makes a good tandem?"),
         ("Gegenseitige Neugier – und ein Problem, das beiden wichtig ist. Wenn die Tischlerin wissen "
          "will, wie eine Fotografin denkt, und die Fotografin wissen will, wie ein Auftrag durch die "
          "Werkstatt läuft, ist die halbe Arbeit getan.",
          "Mutual curiosity – and a problem that matters to both. When the joiner wants to know how a "
          "photographer thinks, and the photographer wants to know how an order runs through the "
          "workshop, half the work is done.")),
        (("Wie haben Sie die Partner zusammengebracht?", "How did you bring the partners together?"),
         ("Nach den Kick-off-Workshops haben wir mit jeder Organisation über ihre Herausforderung "
          "gesprochen und dann zwei oder drei Kreative vorgeschlagen. Entschieden haben die beiden "
          "selbst, nach einem ersten Treffen.",
          "After the kick-off workshops we talked to every organisation about its challenge and then "
          "suggested two or three creatives. The two decided themselves, after a first meeting.")),
        (("Wo hakte es am häufigsten?", "Where did things get stuck most often?"),
         ("An der Zeit. Kleine Betriebe haben keinen freien Tag für Workshops. Geholfen haben feste, "
          "kurze Termine und Aufgaben, die zwischen zwei Treffen wirklich zu schaffen sind.",
          "Time. Small firms have no spare day for workshops. What helped were fixed, short meetings "
          "and tasks that can really be done between two of them.")),
        (("Welche Rolle spielten die Peer-Learning-Treffen?", "What part did the peer-learning meetings play?"),
         ("Eine große. Wenn ein Verein hört, dass eine Bäckerei dieselben Fragen hat, wird vieles "
          "leichter. Die Tandems haben sich gegenseitig Methoden und Werkzeuge empfohlen.",
          "A big one. When a club hears that a bakery has the same questions, a lot gets easier. The "
          "tandems recommended methods and tools to each other.")),
        (("Was raten Sie Regionen, die so etwas selbst versuchen wollen?",
          "What do you advise regions that want to try this themselves?"),
         ("Klein anfangen, echte Probleme wählen und jemanden haben, der die Tandems begleitet. "
          "Innovation ist kein Großstadtprivileg – aber sie braucht Menschen, die Brücken bauen.",
          "Start small, choose real problems and have someone to accompany the tandems. Innovation is "
          "not a big-city privilege – but it needs people who build bridges.")),
        (("Was bleibt, wenn das Projekt vorbei ist?", "What remains when the project is over?"),
         ("Die Prototypen, die weiter genutzt werden, und die Kontakte. Viele Tandems arbeiten auch "
          "danach zusammen, und auf der Lernplattform kann jede Region nachlesen, welche Methoden und "
          "Werkzeuge geholfen haben.",
          "The prototypes that are still in use, and the contacts. Many tandems keep working "
          "together afterwards, and on the learning platform any region can read which methods and "
          "tools helped.")),
    ],
    "quote": ("Die Tandems haben sich gegenseitig Mut gemacht.", "The tandems gave each other courage."),
}  # fmt: skip

REPORT = {
    "kind": InterviewKind.EXPERIENCE_REPORT,
    "date": datetime.date(2025, 4, 30),
    "slug": ("erfahrungsbericht-weingut", "experience-report-wine-estate"),
    "title": ("Erfahrungsbericht: Vom Bestellzettel zum Onlineshop", "Experience report: from order slip to online shop"),
    "intro": (
        "Eine Winzerin erzählt, wie ihr Weingut mit einer Webentwicklerin in drei Monaten einen eigenen "
        "Onlineshop aufgebaut hat.",
        "A winemaker tells how her wine estate built its own online shop with a web developer in three "
        "months.",
    ),
    "person": "sabine-hausmann",
    "match": ("meissen", "match-1"),
    "sections": [
        ("h2", "Die Ausgangslage", "Where we started"),
        ("p", "Unsere Stammkundschaft bestellte per Telefon, per E-Mail und auf Zetteln, die im Hofladen "
              "lagen. Vor Weihnachten wussten wir oft nicht mehr, welche Kiste für wen war.",
         "Our regular customers ordered by phone, by e-mail and on slips of paper in the farm shop. "
         "Before Christmas we often no longer knew which case was for whom."),
        ("p", "Ein Onlineshop stand seit Jahren auf unserer Liste. Aber jedes Angebot, das wir uns "
              "ansahen, war zu groß für einen Betrieb mit drei Menschen im Verkauf, und niemand von uns "
              "hatte Zeit, sich einzuarbeiten.",
         "An online shop had been on our list for years. But every offer we looked at was too big for "
         "a business with three people in sales, and none of us had time to learn it."),
        ("h2", "Wie wir vorgegangen sind", "How we went about it"),
        ("p", "Mit Lena Richter haben wir nicht mit der Technik angefangen, sondern mit unserer Kundschaft.",
         "With Lena Richter we did not start with the technology but with our customers."),
        ("ol", [
            ("Wir haben sechs Stammkundinnen und -kunden gefragt, wie sie bestellen möchten.",
             "We asked six regular customers how they would like to order."),
            ("Auf Papier haben wir eine Bestellung in drei Schritten skizziert.",
             "On paper we sketched an order in three steps."),
            ("Den Papierprototyp haben wir im Hofladen ausprobieren lassen.",
             "We had the paper prototype tried out in the farm shop."),
            ("Erst dann hat Lena den Shop eingerichtet – mit Abholterminen statt Zetteln.",
             "Only then did Lena set up the shop – with collection slots instead of slips."),
        ]),
        ("h2", "Was herausgekommen ist", "What came of it"),
        ("p", "Ein schlanker Onlineshop mit Abholterminen und Versand innerhalb Sachsens. Die Hälfte der "
              "Bestellungen kommt heute darüber, und wir pflegen ihn selbst.",
         "A lean online shop with collection slots and shipping within Saxony. Half of the orders now "
         "come through it, and we maintain it ourselves."),
        ("p", "Wichtiger noch: Wir wissen jetzt, wie man eine Idee mit der Kundschaft ausprobiert, bevor "
              "man Geld ausgibt. Das nutzen wir inzwischen auch für unsere Weinproben.",
         "More important still: we now know how to try an idea out with customers before spending "
         "money. We use that for our wine tastings now, too."),
        ("h2", "Was wir anderen raten", "What we advise others"),
        ("ul", [
            ("Nehmen Sie sich feste Termine für das Tandem.", "Set fixed dates for the tandem."),
            ("Fragen Sie Ihre Kundschaft, bevor Sie etwas bauen.", "Ask your customers before you build anything."),
            ("Bauen Sie nur, was Sie selbst pflegen können.", "Build only what you can maintain yourselves."),
        ]),
    ],
    "quote": ("Wir hatten Angst vor der Technik. Nach drei Monaten lief der Shop – und wir verstehen ihn.",
              "We were afraid of the technology. After three months the shop was running – and we "
              "understand it."),
}  # fmt: skip


def _guides(context, home, index):
    if index is None:
        return
    methods = {m.slug: m for m in MethodCard.objects.filter(locale=context.source_locale)}
    tools = list(AITool.objects.filter(locale=context.source_locale).order_by("name"))
    for number, guide in enumerate(GUIDES):
        s = Bilingual()

        def create(number=number, guide=guide, s=s):
            body = [("text", facts.html(s, guide["before"]))]
            body.append(
                (
                    "accordion",
                    {
                        "heading": s("Häufige Fragen", "Frequently asked questions"),
                        "items": [
                            {"heading": s(*question), "body": f"<p>{s(*answer)}</p>"}
                            for question, answer in guide["faq"]
                        ],
                    },
                )
            )
            if guide["after"]:
                body.append(("text", facts.html(s, guide["after"])))
            page = HowToGuidePage(
                title=s(*guide["title"]),
                slug=s(*guide["slug"]),
                duration=s(*guide["duration"]),
                intro=s(*guide["intro"]),
                steps=[
                    ("step", {"title": s(*title), "text": f"<p>{s(*text)}</p>", "image": None})
                    for title, text in guide["steps"]
                ],
                body=body,
            )
            page.method_links = [
                GuideMethod(method=methods[slug]) for slug in guide["methods"] if slug in methods
            ]
            page.tool_links = [GuideTool(tool=tool) for tool in tools[number * 2 : number * 2 + 2]]
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, guide["slug"][0], create, model=HowToGuidePage, strings=s)


def _story_body(s, story, person):
    if story["kind"] == InterviewKind.INTERVIEW:
        parts = []
        for question, answer in story["qa"]:
            parts += [("h2", *question), ("p", *answer)]
        body = [("text", facts.html(s, parts[:6])), None, ("text", facts.html(s, parts[6:]))]
    else:
        sections = story["sections"]
        middle = [part[1] for part in sections].index("Was herausgekommen ist")  # the quote goes before
        body = [("text", facts.html(s, sections[:middle])), None, ("text", facts.html(s, sections[middle:]))]
    body[1] = ("quote", {"quote": s(*story["quote"]), "author": person.name if person else "", "role": ""})
    body.append(("text", f"<p>{s(*EXAMPLE_STORY)}</p>"))
    return body


def _interviews(context, index):
    if index is None:
        return
    for story in (INTERVIEW, REPORT):
        s = Bilingual()

        def create(story=story, s=s):
            person = Person.objects.filter(
                locale=context.source_locale, translation_key=demo_translation_key(Person, story["person"])
            ).first()
            match = None
            if story["match"]:
                hub, slug = story["match"]
                match = (
                    MatchPage.objects.descendant_of(context.sites[hub].root_page)
                    .filter(locale=context.source_locale, slug=slug)
                    .first()
                )
            page = InterviewPage(
                title=s(*story["title"]),
                slug=s(*story["slug"]),
                kind=story["kind"],
                date=story["date"],
                intro=s(*story["intro"]),
                person=person,
                match=match,
                body=_story_body(s, story, person),
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, story["slug"][0], create, model=InterviewPage, strings=s)


def _materials(context, home):
    s = Bilingual()

    def create():
        documents = _documents(context)
        page = MaterialsPage(
            title=s("Materialien", "Materials"),
            slug=s("materialien", "materials"),
            show_in_menus=True,
            intro=s(
                "Vorlagen, Arbeitsblätter und Methodenkarten für Ihren eigenen Cross-Innovation-Prozess.",
                "Templates, worksheets and method cards for your own cross-innovation process.",
            ),
        )
        page.materials = [
            Material(document=document, kind=kind, description=s(*description))
            for document, (_title, _language, kind, description, _lines) in zip(
                documents, MATERIALS, strict=True
            )
            if document is not None
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    # Found as the home's materials page, whatever its slug: there is one.
    context.ensure(
        context.page_key(home, "materialien"),
        create,
        find=lambda: MaterialsPage.objects.child_of(home).first(),
        strings=s,
    )


def _home_body(s):
    """The learning platform's offer, the project lead's two quotes and the film's section
    (FACTS.md). The film's address is not published: the section says it follows, and editors
    put a video block there once it is."""
    return [
        ("text", facts.html(s, facts.PLATFORM_OFFERS)),
        facts.lead_quote(s, 0),
        facts.lead_quote(s, 1),
        ("text", facts.html(s, [("h2", *facts.VIDEO_TITLE), ("p", *facts.VIDEO_PENDING)])),
        ("text", facts.html(s, facts.EXAMPLES_NOTE)),
    ]


def load(context) -> None:
    for key, site in context.sites.items():
        home = site.root_page.specific
        if not isinstance(home, PlatformHomePage):
            continue
        s = Bilingual()
        values = {"intro": s(*INTRO), "hero_image": context.images[f"{key}-hero"]}
        if not home.specific.body:  # a body is set once, never compared (a StreamValue is not a list)
            values["body"] = _home_body(s)
        context.update_page(home, s, **values)
        s = Bilingual()
        context.ensure_page(home, PrototypeGalleryPage, s, title=s("Prototypen", "Prototypes"),
                            slug=s("prototypen", "prototypes"), show_in_menus=True,
                            intro=s("Alle Prototypen aus Meißen, der Lausitz und dem Erzgebirge.",
                                    "All prototypes from Meißen, Lusatia and the Ore Mountains."))  # fmt: skip
        s = Bilingual()
        context.ensure_page(home, MethodLibraryPage, s, title=s("Methoden", "Methods"),
                            slug=s("methoden", "methods"), show_in_menus=True,
                            intro=s("Design-Thinking-Methoden aus der Praxis der Tandems.",
                                    "Design-thinking methods from the tandems' practice."))  # fmt: skip
        s = Bilingual()
        context.ensure_page(home, ToolCataloguePage, s, title=s("KI-Werkzeuge", "AI tools"),
                            slug=s("ki-werkzeuge", "ai-tools"), show_in_menus=True,
                            intro=s("Von den Matches genutzte KI-Werkzeuge, bewertet nach Nutzen, Bedienung, "
                                    "Datenschutz und Kosten.",
                                    "AI tools the matches used, rated for usefulness, ease of use, data "
                                    "protection and cost."))  # fmt: skip
        s = Bilingual()
        index = context.ensure_page(home, GuideIndexPage, s, title=s("Anleitungen und Erfahrungen", "Guides and stories"),
                                    slug=s("anleitungen", "guides"), show_in_menus=True)  # fmt: skip
        _guides(context, home, index)
        _interviews(context, index)
        _materials(context, home)
