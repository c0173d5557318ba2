"""Demo content of the learning platform: its home, method library, tool catalogue,
prototype gallery, two how-to guides, two interviews and a materials library with PDFs made
here, in German with English translations."""

import datetime
import io

from django.core.files.base import ContentFile

from cms.core.models import CMSDocument
from cms.core.translation import Bilingual
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


def _guides(context, home, index):
    methods = {m.slug: m for m in MethodCard.objects.filter(locale=context.source_locale)}
    tools = list(AITool.objects.filter(locale=context.source_locale).order_by("name"))
    guides = [
        ("In fünf Schritten zum ersten Prototyp", "Five steps to a first prototype", "erster-prototyp", "first-prototype",
         ["nutzerinterview", "persona", "papierprototyp"],
         [("Challenge klären", "Clarify the challenge",
           "Formulieren Sie gemeinsam, was besser werden soll – in einem Satz.",
           "Agree on what should get better – in one sentence."),
          ("Menschen verstehen", "Understand people",
           "Sprechen Sie mit fünf Menschen, die das Problem haben.", "Talk to five people who have the problem."),
          ("Ideen sammeln", "Collect ideas", "Sammeln Sie viele Ideen, bevor Sie eine auswählen.",
           "Collect many ideas before you choose one."),
          ("Prototyp bauen", "Build a prototype", "Bauen Sie die einfachste Version, die man ausprobieren kann.",
           "Build the simplest version that can be tried out."),
          ("Testen", "Test", "Lassen Sie fünf Menschen den Prototyp ausprobieren und hören Sie zu.",
           "Let five people try the prototype and listen.")]),
        ("KI-Werkzeuge sicher einsetzen", "Using AI tools safely", "ki-sicher-einsetzen", "using-ai-safely",
         ["design-challenge-formulieren"],
         [("Zweck klären", "Clarify the purpose", "Wofür soll das Werkzeug genutzt werden?",
           "What is the tool to be used for?"),
          ("Daten prüfen", "Check the data", "Geben Sie keine personenbezogenen Daten in Werkzeuge ohne Vertrag ein.",
           "Enter no personal data into tools without a processing agreement."),
          ("Ergebnisse prüfen", "Check the results", "Prüfen Sie jede Antwort, bevor Sie sie verwenden.",
           "Check every answer before you use it.")]),
    ]  # fmt: skip
    for number, (title_de, title_en, slug_de, slug_en, method_slugs, steps) in enumerate(guides):
        s = Bilingual()

        def create(number=number, titles=(title_de, title_en), slugs=(slug_de, slug_en), method_slugs=method_slugs,
                   steps=steps, s=s):  # fmt: skip
            page = HowToGuidePage(
                title=s(*titles),
                slug=s(*slugs),
                duration=s("2 halbe Tage", "2 half days") if number == 0 else s("1 Stunde", "1 hour"),
                intro=s(
                    "Eine Anleitung aus der Praxis von CIMIS 2.", "A guide from the practice of CIMIS 2."
                ),
                steps=[
                    ("step", {"title": s(t_de, t_en), "text": f"<p>{s(x_de, x_en)}</p>", "image": None})
                    for t_de, t_en, x_de, x_en in steps
                ],
            )
            page.method_links = [
                GuideMethod(method=methods[slug]) for slug in method_slugs if slug in methods
            ]
            page.tool_links = [GuideTool(tool=tool) for tool in tools[number * 2 : number * 2 + 2]]
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, slug_de, create, model=HowToGuidePage, strings=s)


def _interviews(context, index):
    if index is None:
        return
    people = list(Person.objects.filter(locale=context.source_locale).order_by("pk"))
    match = MatchPage.objects.filter(locale=context.source_locale, slug="match-1").order_by("path").first()
    stories = [
        (InterviewKind.INTERVIEW, datetime.date(2025, 5, 6), "interview-netzwerkkoordination",
         "interview-network-coordination",
         ("„Das Matching ist die halbe Miete“", "“Matching is half the battle”"),
         ("Eine Netzwerkkoordinatorin über gute Tandems.", "A network coordinator on good tandems."),
         ("Was macht ein gutes Tandem aus? Gegenseitige Neugier – und ein Problem, das beiden wichtig ist.",
          "What makes a good tandem? Mutual curiosity – and a problem that matters to both.")),
        (InterviewKind.EXPERIENCE_REPORT, datetime.date(2025, 4, 30), "erfahrungsbericht-weingut",
         "experience-report-wine-estate",
         ("Erfahrungsbericht: Vom Bestellzettel zum Onlineshop", "Experience report: from order slip to online shop"),
         ("Wie ein Weingut und eine Webentwicklerin zusammenfanden.", "How a wine estate and a web developer teamed up."),
         ("Wir hatten Angst vor der Technik. Nach drei Monaten lief der Shop, und wir verstehen ihn.",
          "We were afraid of the technology. After three months the shop was running, and we understand it.")),
    ]  # fmt: skip
    for number, (kind, date, slug_de, slug_en, title, intro, quote) in enumerate(stories):
        s = Bilingual()

        def create(number=number, kind=kind, date=date, slugs=(slug_de, slug_en), title=title, intro=intro,
                   quote=quote, s=s):  # fmt: skip
            page = InterviewPage(
                title=s(*title),
                slug=s(*slugs),
                kind=kind,
                date=date,
                intro=s(*intro),
                person=people[number] if len(people) > number else None,
                match=match if kind == InterviewKind.EXPERIENCE_REPORT else None,
                body=[
                    (
                        "quote",
                        {"quote": s(*quote), "author": people[number].name if people else "", "role": ""},
                    ),
                    (
                        "text",
                        f"<p>{s('Das Gespräch führte WIR GESTALTEN DRESDEN.', 'Interview by WIR GESTALTEN DRESDEN.')}</p>",
                    ),
                ],
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, slug_de, create, model=InterviewPage, strings=s)


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


def load(context) -> None:
    for key, site in context.sites.items():
        home = site.root_page.specific
        if not isinstance(home, PlatformHomePage):
            continue
        s = Bilingual()
        context.update_page(home, s, intro=s(*INTRO), hero_image=context.images[f"{key}-hero"])
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
