"""The demo's matches: three invented tandems per hub, marked as examples, drawn from the kinds
of projects CIMIS II ran (online shops, digitised processes, websites, social media)."""

from cms.core.demo import ensure_image
from cms.core.translation import Bilingual
from cms.library.demo import demo_translation_key
from cms.library.models import AITool, MethodCard, Partner, Person, Testimonial
from sites.hubs.models import MatchCategory as C
from sites.hubs.models import MatchMethod, MatchPage, MatchTool

# organisation key, creative key, testimonial key (or None), category, title (de, en),
# intro (de, en), challenge (de, en), prototype (de, en), method slugs, tool names. The people,
# organisations and testimonials are the library's (cms.library.demo.people), each quote by
# someone of its own tandem. All invented, and marked as examples: the project's real 28
# matches are not published one by one.
MATCHES = {
    "meissen": [
        ("Weingut Hausmann", "Lena Richter", "weingut-onlineshop", C.ONLINE_SHOP,
         ("Wein ab Hof – jetzt auch online", "Wine from the estate – now online too"),
         ("Ein kleines Weingut verkauft seine Weine direkt an Stammkundschaft.",
          "A small wine estate sells its wines directly to regular customers."),
         ("Bestellungen kamen per Telefon und Zettel; Versand und Abholung waren schwer zu planen.",
          "Orders came by phone and on slips of paper; shipping and collection were hard to plan."),
         ("Ein schlanker Onlineshop mit Abholterminen und Versand innerhalb Sachsens.",
          "A lean online shop with collection slots and shipping within Saxony."),
         ["nutzerinterview", "persona", "papierprototyp"], ["ChatGPT", "Canva"]),
        ("Porzellanmalerei Sommer", "lea-hoffmann", "weingut-etikett", C.SOCIAL_MEDIA,
         ("Handwerk sichtbar machen", "Making a craft visible"),
         ("Eine Porzellanmalerin zeigt ihre Arbeit auf Instagram.",
          "A porcelain painter shows her work on Instagram."),
         ("Niemand außerhalb der Stadt kannte die Werkstatt.", "Nobody outside the town knew the workshop."),
         ("Ein Redaktionsplan, eine Bildsprache und Vorlagen für zwei Beiträge pro Woche.",
          "An editorial plan, a visual style and templates for two posts a week."),
         ["empathiekarte", "crazy-8s", "feedback-raster"], ["Canva", "DeepL"]),
        ("Gemeinde Rebenhain", "Sophie Engel", None, C.DIGITISED_PROCESS,
         ("Vereinsfeste ohne Papierkrieg", "Village fêtes without the paperwork"),
         ("Eine Gemeinde digitalisiert die Anmeldung von Veranstaltungen.",
          "A municipality digitises the registration of events."),
         ("Vereine füllten für jedes Fest vier Papierformulare aus.", "Clubs filled in four paper forms for every fête."),
         ("Ein Online-Formular, das Angaben einmal abfragt und an alle Stellen weitergibt.",
          "One online form that asks once and passes the details to every office."),
         ["stakeholder-landkarte", "beobachtung-vor-ort", "test-mit-lautem-denken"], ["Microsoft Copilot"]),
    ],
    "lausitz": [
        ("Bäckerei Krautz", "Tom Wendt", None, C.ONLINE_SHOP,
         ("Brötchen vorbestellen", "Pre-ordering bread rolls"),
         ("Eine Familienbäckerei in der Oberlausitz nimmt Vorbestellungen online an.",
          "A family bakery in Upper Lusatia takes pre-orders online."),
         ("Am Samstagmorgen bildeten sich lange Schlangen; vieles blieb liegen.",
          "Long queues formed on Saturday mornings, and much went unsold."),
         ("Eine Vorbestellung bis 18 Uhr am Vortag, mit Abholung ohne Warten.",
          "Pre-ordering until 6 pm the day before, with collection without queuing."),
         ["nutzerinterview", "storyboard", "papierprototyp"], ["ChatGPT", "LanguageTool"]),
        ("Heimatverein Kottmarblick", "Jana Petrick", None, C.WEBSITE,
         ("Eine Website für den Heimatverein", "A website for the local heritage club"),
         ("Ein Verein in der Oberlausitz erzählt die Geschichte seines Dorfes neu.",
          "A club in Upper Lusatia tells the story of its village anew."),
         ("Die alte Website war zehn Jahre alt und auf dem Telefon nicht lesbar.",
          "The old website was ten years old and unreadable on a phone."),
         ("Eine neue, barrierearme Website, die der Verein selbst pflegt.",
          "A new, accessible website the club maintains itself."),
         ["persona", "brainwriting-6-3-5", "test-mit-lautem-denken"], ["DeepL", "Adobe Firefly"]),
        ("Gemeinde Heidebrück", "paul-winkler", "gemeinde-antraege", C.DIGITISED_PROCESS,
         ("Vereinsförderung digital beantragen", "Applying for club funding online"),
         ("Eine Gemeinde im Landkreis Bautzen vereinfacht ihren Förderantrag.",
          "A municipality in the district of Bautzen simplifies its funding form."),
         ("Anträge waren unvollständig und mussten mehrfach nachgefordert werden.",
          "Applications were incomplete and had to be requested again and again."),
         ("Ein geführter Antrag mit Prüfungen, der fehlende Angaben gleich anzeigt.",
          "A guided application with checks that shows missing details at once."),
         ["stakeholder-landkarte", "design-challenge-formulieren", "feedback-raster"], ["Microsoft Copilot"]),
    ],
    "erzgebirge": [
        ("Tischlerei Neubert", "mira-schneider", "tischlerei-onlineshop", C.ONLINE_SHOP,
         ("Möbel aus dem Erzgebirge im Netz", "Furniture from the Erzgebirge online"),
         ("Eine Tischlerei verkauft Einzelstücke und kleine Serien online.",
          "A joinery sells one-off pieces and small series online."),
         ("Aufträge kamen nur aus der Umgebung, über Empfehlungen.",
          "Orders came only from nearby, by word of mouth."),
         ("Ein Onlineshop mit Fotos aus der Werkstatt und einer Geschichte zu jedem Stück.",
          "An online shop with photos from the workshop and a story for every piece."),
         ["persona", "crazy-8s", "papierprototyp"], ["DeepL", "ChatGPT"]),
        ("Skiverein Kammweg", "Clara Frenzel", None, C.SOCIAL_MEDIA,
         ("Nachwuchs für den Skiverein", "New members for the ski club"),
         ("Ein Verein erreicht Jugendliche dort, wo sie sind.", "A club reaches young people where they are."),
         ("Der Verein verlor jedes Jahr Mitglieder.", "The club lost members every year."),
         ("Kurze Videos und ein Kanal, den die Jugendlichen selbst gestalten.",
          "Short videos and a channel the young members run themselves."),
         ["nutzerinterview", "empathiekarte", "storyboard"], ["Canva", "ChatGPT"]),
        ("Klöppelverein Bergstadt", "Paula Weber", None, C.WEBSITE,
         ("Klöppeln lernen – online anmelden", "Learning bobbin lace – booking online"),
         ("Ein Verein mit langer Tradition bekommt eine Website mit Kursbuchung.",
          "A club with a long tradition gets a website with course booking."),
         ("Kurse wurden per Aushang beworben und telefonisch gebucht.",
          "Courses were advertised on notice boards and booked by phone."),
         ("Eine Website mit Kurskalender und Anmeldeformular.", "A website with a course calendar and booking form."),
         ["beobachtung-vor-ort", "brainwriting-6-3-5", "test-mit-lautem-denken"], ["LanguageTool"]),
    ],
}  # fmt: skip


def _library_item(context, model, key):
    """The German demo item of the library recorded under ``key`` (cms.library.demo)."""
    return model.objects.filter(
        locale=context.source_locale, translation_key=demo_translation_key(model, key)
    ).first()


def _method(context, slug):
    return MethodCard.objects.filter(locale=context.source_locale, slug=slug).first()


def _tool(context, name):
    return AITool.objects.filter(locale=context.source_locale, name__icontains=name).first()


def ensure_matches(context, key, index):
    if index is None:  # an editor deleted the match index, and with it the matches
        return
    hub_keys = sorted(k for k in context.sites if k in MATCHES)
    for number, entry in enumerate(MATCHES[key]):
        s = Bilingual()
        slug = f"match-{number + 1}"

        def create(number=number, entry=entry, s=s, slug=slug):
            org, creative, quote, category, title, intro, challenge, prototype, methods, tools = entry
            organisation = _library_item(context, Partner, org)
            person = _library_item(context, Person, creative)
            testimonial = _library_item(context, Testimonial, quote) if quote else None
            image = ensure_image(
                context,
                f"{key}-match-{number + 1}",
                title=f"{title[0]}: Prototyp",
                alt_de=f"Abstrakte Grafik als Bild zum Prototyp des Matches „{title[0]}“",
                alt_en=f"Abstract graphic as the picture of the prototype of the match “{title[1]}”",
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
                        {
                            "image": image,
                            "caption": s("Demo-Grafik zum Prototyp", "Demo graphic of the prototype"),
                        },
                    )
                ]
                if image
                else [],
                # By someone of this tandem (MatchPage.clean checks it), or none.
                testimonial=testimonial,
                is_example=True,
            )
            page.method_links = [
                MatchMethod(method=m) for m in (_method(context, slug) for slug in methods) if m
            ]
            page.tool_links = [MatchTool(tool=t) for t in (_tool(context, name) for name in tools) if t]
            index.add_child(instance=page)
            page.save_revision().publish()
            return page

        context.ensure_child_page(index, slug, create, model=MatchPage, strings=s)
