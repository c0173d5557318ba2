"""The demo's matches: three tandems per hub, drawn from the kinds of projects CIMIS 2 ran
(online shops, digitised processes, websites, social media)."""

from cms.core.demo import ensure_image
from cms.core.translation import Bilingual
from cms.library.models import AITool, MethodCard, Partner, Person, Testimonial
from cms.library.models.people import PartnerKind, PersonRole
from sites.hubs.models import MatchCategory as C
from sites.hubs.models import MatchMethod, MatchPage, MatchTool

# (organisation, kind), (creative, job), category, title (de, en), intro (de, en),
# challenge (de, en), prototype (de, en), method slugs, tool names
MATCHES = {
    "meissen": [
        (("Weingut Hausmann", PartnerKind.COMPANY), ("Lena Richter", "Webentwicklerin"), C.ONLINE_SHOP,
         ("Wein ab Hof – jetzt auch online", "Wine from the estate – now online too"),
         ("Ein kleines Weingut verkauft seine Weine direkt an Stammkundschaft.",
          "A small wine estate sells its wines directly to regular customers."),
         ("Bestellungen kamen per Telefon und Zettel; Versand und Abholung waren schwer zu planen.",
          "Orders came by phone and on slips of paper; shipping and collection were hard to plan."),
         ("Ein schlanker Onlineshop mit Abholterminen und Versand innerhalb Sachsens.",
          "A lean online shop with collection slots and shipping within Saxony."),
         ["nutzerinterview", "persona", "papierprototyp"], ["ChatGPT", "Canva"]),
        (("Porzellanmalerei Sommer", PartnerKind.COMPANY), ("Felix Hartmann", "Fotograf"), C.SOCIAL_MEDIA,
         ("Handwerk sichtbar machen", "Making a craft visible"),
         ("Eine Porzellanmalerin zeigt ihre Arbeit auf Instagram.",
          "A porcelain painter shows her work on Instagram."),
         ("Niemand außerhalb der Stadt kannte die Werkstatt.", "Nobody outside the town knew the workshop."),
         ("Ein Redaktionsplan, Bildsprache und Vorlagen für zwei Beiträge pro Woche.",
          "An editorial plan, a visual style and templates for two posts a week."),
         ["empathiekarte", "crazy-8s", "feedback-raster"], ["Canva", "DeepL"]),
        (("Gemeinde Klipphausen", PartnerKind.MUNICIPALITY), ("Sophie Engel", "Service-Designerin"),
         C.DIGITISED_PROCESS,
         ("Vereinsfeste ohne Papierkrieg", "Village fêtes without the paperwork"),
         ("Eine Gemeinde digitalisiert die Anmeldung von Veranstaltungen.",
          "A municipality digitises the registration of events."),
         ("Vereine füllten für jedes Fest vier Papierformulare aus.", "Clubs filled in four paper forms for every fête."),
         ("Ein Online-Formular, das Angaben einmal abfragt und an alle Stellen weitergibt.",
          "One online form that asks once and passes the details to every office."),
         ["stakeholder-landkarte", "beobachtung-vor-ort", "test-mit-lautem-denken"], ["Microsoft Copilot"]),
    ],
    "lausitz": [
        (("Bäckerei Krautz", PartnerKind.COMPANY), ("Tom Wendt", "UX-Designer"), C.ONLINE_SHOP,
         ("Brötchen vorbestellen", "Pre-ordering bread rolls"),
         ("Eine Familienbäckerei nimmt Vorbestellungen online an.", "A family bakery takes pre-orders online."),
         ("Am Samstagmorgen bildeten sich lange Schlangen; vieles blieb liegen.",
          "Long queues formed on Saturday mornings, and much went unsold."),
         ("Eine Vorbestellung bis 18 Uhr am Vortag, mit Abholung ohne Warten.",
          "Pre-ordering until 6 pm the day before, with collection without queuing."),
         ["nutzerinterview", "storyboard", "papierprototyp"], ["ChatGPT", "LanguageTool"]),
        (("Heimatverein Burg (Spreewald)", PartnerKind.ASSOCIATION), ("Jana Petrick", "Grafikdesignerin"),
         C.WEBSITE,
         ("Eine Website für den Heimatverein", "A website for the local heritage club"),
         ("Ein Verein erzählt die Geschichte seines Ortes neu.", "A club tells the story of its village anew."),
         ("Die alte Website war zehn Jahre alt und auf dem Telefon nicht lesbar.",
          "The old website was ten years old and unreadable on a phone."),
         ("Eine neue, barrierearme Website, die der Verein selbst pflegt.",
          "A new, accessible website the club maintains itself."),
         ["persona", "brainwriting-6-3-5", "test-mit-lautem-denken"], ["DeepL", "Adobe Firefly"]),
        (("Stadt Weißwasser", PartnerKind.MUNICIPALITY), ("Oskar Noack", "Entwickler"), C.DIGITISED_PROCESS,
         ("Vereinsförderung digital beantragen", "Applying for club funding online"),
         ("Eine Stadtverwaltung vereinfacht ihren Förderantrag.", "A town administration simplifies its funding form."),
         ("Anträge waren unvollständig und mussten mehrfach nachgefordert werden.",
          "Applications were incomplete and had to be requested again and again."),
         ("Ein geführter Antrag mit Prüfungen, der fehlende Angaben gleich anzeigt.",
          "A guided application with checks that shows missing details at once."),
         ["stakeholder-landkarte", "design-challenge-formulieren", "feedback-raster"], ["Microsoft Copilot"]),
    ],
    "erzgebirge": [
        (("Holzkunst Uhlig", PartnerKind.COMPANY), ("Max Lange", "Webentwickler"), C.ONLINE_SHOP,
         ("Erzgebirgische Holzkunst im Netz", "Ore Mountain woodcraft online"),
         ("Eine Drechslerei verkauft Nussknacker und Pyramiden weltweit.",
          "A wood-turning workshop sells nutcrackers and pyramids worldwide."),
         ("Der Verkauf hing an zwei Weihnachtsmärkten im Jahr.", "Sales depended on two Christmas markets a year."),
         ("Ein zweisprachiger Onlineshop mit Geschichten zu jedem Stück.",
          "A bilingual online shop with a story for every piece."),
         ["persona", "crazy-8s", "papierprototyp"], ["DeepL", "ChatGPT"]),
        (("Skiclub Oberwiesenthal", PartnerKind.ASSOCIATION), ("Clara Frenzel", "Content Creatorin"),
         C.SOCIAL_MEDIA,
         ("Nachwuchs für den Skiclub", "New members for the ski club"),
         ("Ein Verein erreicht Jugendliche dort, wo sie sind.", "A club reaches young people where they are."),
         ("Der Verein verlor jedes Jahr Mitglieder.", "The club lost members every year."),
         ("Kurze Videos und ein Kanal, den die Jugendlichen selbst gestalten.",
          "Short videos and a channel the young members run themselves."),
         ["nutzerinterview", "empathiekarte", "storyboard"], ["Canva", "ChatGPT"]),
        (("Klöppelschule Annaberg", PartnerKind.ASSOCIATION), ("Paula Weber", "Webdesignerin"), C.WEBSITE,
         ("Klöppeln lernen – online anmelden", "Learning bobbin lace – booking online"),
         ("Eine traditionsreiche Schule bekommt eine Website mit Kursbuchung.",
          "A school with a long tradition gets a website with course booking."),
         ("Kurse wurden per Aushang beworben und telefonisch gebucht.",
          "Courses were advertised on notice boards and booked by phone."),
         ("Eine Website mit Kurskalender und Anmeldeformular.", "A website with a course calendar and booking form."),
         ["beobachtung-vor-ort", "brainwriting-6-3-5", "test-mit-lautem-denken"], ["LanguageTool"]),
    ],
}  # fmt: skip


def _method(context, slug):
    return MethodCard.objects.filter(locale=context.source_locale, slug=slug).first()


def _tool(context, name):
    return AITool.objects.filter(locale=context.source_locale, name__icontains=name).first()


def ensure_matches(context, key, index):
    if index is None:  # an editor deleted the match index, and with it the matches
        return
    site = context.sites[key]
    testimonials = list(Testimonial.objects.filter(locale=context.source_locale).order_by("pk"))
    hub_keys = sorted(k for k in context.sites if k in MATCHES)
    for number, entry in enumerate(MATCHES[key]):
        s = Bilingual()
        slug = f"match-{number + 1}"

        def create(number=number, entry=entry, s=s, slug=slug):
            (org, kind), (creative, job), category, title, intro, challenge, prototype, methods, tools = entry
            organisation = context.ensure_snippet(Partner, Bilingual(), {"name": org}, kind=kind, region=site)
            person = context.ensure_snippet(
                Person, Bilingual(), {"name": creative}, role=PersonRole.CREATIVE, job_title=job, region=site
            )
            image = ensure_image(
                context,
                f"{key}-match-{number + 1}",
                title=f"{title[0]}: Prototyp",
                alt_de=f"Prototyp des Matches „{title[0]}“",
                alt_en=f"Prototype of the match “{title[1]}”",
                colour=context.settings_for(key).primary_colour,
                collection=context.settings_for(key).collection,
                seed=10 + hub_keys.index(key) * 3 + number,
            )
            page = MatchPage(
                title=s(*title),
                slug=slug,
                intro=s(*intro),
                hero_image=image,
                organisation=organisation,
                creative=person,
                category=category,
                challenge=f"<p>{s(*challenge)}</p>",
                prototype=f"<p>{s(*prototype)}</p>",
                gallery=[
                    (
                        "image",
                        {"image": image, "caption": s("Der Prototyp im Einsatz", "The prototype in use")},
                    )
                ]
                if image
                else [],
                # The first match of each hub carries one of the library's testimonials.
                testimonial=testimonials[hub_keys.index(key) % len(testimonials)]
                if number == 0 and testimonials
                else None,
            )
            page.method_links = [
                MatchMethod(method=m) for m in (_method(context, slug) for slug in methods) if m
            ]
            page.tool_links = [MatchTool(tool=t) for t in (_tool(context, name) for name in tools) if t]
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, slug, create, model=MatchPage, strings=s)
