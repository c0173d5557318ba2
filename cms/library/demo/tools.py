"""Ten AI tools used in the tandems, each with an evaluation: (German, English) for every text.

Ratings run from 1 to 5 (cost: 5 = free or cheap). They reflect the tools as tested in the
project's work phase in early 2025; AI tools change quickly, hence ``evaluated_on``."""

from datetime import date

from cms.library.models import DataLocation, GDPRCompliance, Pricing, ToolCategory

TOOLS = [
    {
        "key": "chatgpt",
        "name": "ChatGPT",
        "vendor": "OpenAI",
        "url": "https://chatgpt.com/",
        "category": ToolCategory.TEXT,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (5, 5, 2, 4),
        "evaluated_on": date(2025, 2, 12),
        "summary": (
            "Chat-Assistent für Texte, Ideen, Zusammenfassungen und einfache Auswertungen.",
            "Chat assistant for texts, ideas, summaries and simple analyses.",
        ),
        "notes": (
            "Verarbeitung in den USA. In den Verbrauchertarifen können Eingaben zum Training genutzt "
            "werden; das lässt sich in den Einstellungen abschalten. Einen Auftragsverarbeitungsvertrag "
            "gibt es erst in den Team- und Enterprise-Tarifen. Keine Daten von Kundschaft eingeben.",
            "Processed in the USA. In the consumer plans, inputs may be used for training; this can be "
            "switched off in the settings. A data processing agreement is only available with the "
            "Team and Enterprise plans. Do not enter customer data.",
        ),
        "verdict": (
            "Der vielseitigste Einstieg: In den Tandems half ChatGPT beim Formulieren von "
            "Produkttexten, Social-Media-Beiträgen und Interviewleitfäden. Ergebnisse immer gegenlesen – "
            "Fakten können erfunden sein.",
            "The most versatile way in: in the tandems, ChatGPT helped to draft product texts, "
            "social-media posts and interview guides. Always check the results – facts can be made up.",
        ),
    },
    {
        "key": "deepl",
        "name": "DeepL",
        "vendor": "DeepL SE",
        "url": "https://www.deepl.com/",
        "category": ToolCategory.TEXT,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.EU,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 5, 4, 4),
        "evaluated_on": date(2025, 2, 12),
        "summary": (
            "Übersetzt Texte und Dokumente und schlägt mit DeepL Write bessere Formulierungen vor.",
            "Translates texts and documents, and suggests better wording with DeepL Write.",
        ),
        "notes": (
            "Anbieter mit Sitz in Köln, Verarbeitung in der EU. In der kostenlosen Version dürfen "
            "Texte zur Verbesserung des Dienstes gespeichert werden; mit DeepL Pro werden sie nach der "
            "Übersetzung gelöscht, ein Auftragsverarbeitungsvertrag ist enthalten.",
            "Based in Cologne, processed in the EU. In the free version, texts may be stored to "
            "improve the service; with DeepL Pro they are deleted after translation and a data "
            "processing agreement is included.",
        ),
        "verdict": (
            "Für englische Fassungen von Websites und Shops die erste Wahl. Für vertrauliche Texte "
            "lohnt sich Pro.",
            "The first choice for English versions of websites and shops. For confidential texts, Pro "
            "is worth it.",
        ),
    },
    {
        "key": "canva-magic-studio",
        "name": "Canva Magic Studio",
        "vendor": "Canva",
        "url": "https://www.canva.com/",
        "category": ToolCategory.DESIGN,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 5, 3, 4),
        "evaluated_on": date(2025, 2, 19),
        "summary": (
            "KI-Funktionen in Canva: Entwürfe aus Text, Bilder erweitern und freistellen, Texte umschreiben.",
            "AI features in Canva: designs from text, extending and cutting out images, rewriting copy.",
        ),
        "notes": (
            "Daten liegen überwiegend bei Cloud-Anbietern in den USA. Canva bietet einen "
            "Auftragsverarbeitungsvertrag an. Ob Inhalte zum Training genutzt werden, lässt sich in den "
            "Datenschutzeinstellungen festlegen.",
            "Data is mostly held with cloud providers in the USA. Canva offers a data processing "
            "agreement. Whether content is used for training can be set in the privacy settings.",
        ),
        "verdict": (
            "Ideal für Vereine und kleine Betriebe ohne Grafikabteilung: Social-Media-Vorlagen und "
            "Flyer entstehen in Minuten. Für ein eigenständiges Erscheinungsbild braucht es trotzdem "
            "die Kreativen.",
            "Ideal for associations and small firms without a design department: social-media templates "
            "and flyers in minutes. A distinctive identity still needs the creatives.",
        ),
    },
    {
        "key": "midjourney",
        "name": "Midjourney",
        "vendor": "Midjourney, Inc.",
        "url": "https://www.midjourney.com/",
        "category": ToolCategory.IMAGE,
        "pricing": Pricing.PAID,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.UNCLEAR,
        "ratings": (3, 3, 2, 2),
        "evaluated_on": date(2025, 2, 19),
        "summary": (
            "Erzeugt aus Textbeschreibungen stimmungsvolle Bilder und Illustrationen.",
            "Creates atmospheric images and illustrations from text descriptions.",
        ),
        "notes": (
            "Verarbeitung in den USA, kein Auftragsverarbeitungsvertrag für kleine Kundschaft. Bilder "
            "sind in den günstigen Tarifen öffentlich sichtbar; privat erst ab dem Pro-Tarif.",
            "Processed in the USA, no data processing agreement for small customers. In the cheaper "
            "plans, images are publicly visible; private only from the Pro plan.",
        ),
        "verdict": (
            "Stark für Moodboards und erste Bildideen, weniger für fertige Motive. Rechtefragen zu "
            "Trainingsdaten sind ungeklärt – für Werbung mit Vorsicht einsetzen.",
            "Strong for mood boards and first visual ideas, less so for finished images. Rights "
            "questions about the training data are unresolved – use with care in advertising.",
        ),
    },
    {
        "key": "perplexity",
        "name": "Perplexity",
        "vendor": "Perplexity AI, Inc.",
        "url": "https://www.perplexity.ai/",
        "category": ToolCategory.RESEARCH,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 5, 2, 4),
        "evaluated_on": date(2025, 3, 5),
        "summary": (
            "Suchmaschine mit KI-Antworten, die ihre Quellen verlinkt.",
            "Search engine with AI answers that link their sources.",
        ),
        "notes": (
            "Verarbeitung in den USA. Die Nutzung von Eingaben zum Training lässt sich in den "
            "Einstellungen abschalten; einen Auftragsverarbeitungsvertrag gibt es im Enterprise-Tarif.",
            "Processed in the USA. Use of inputs for training can be switched off in the settings; a "
            "data processing agreement is available in the Enterprise plan.",
        ),
        "verdict": (
            "Gut für die Recherche zu Markt, Förderprogrammen und Wettbewerb, weil jede Aussage eine "
            "Quelle hat. Die Quellen selbst lesen – die Zusammenfassung ist nicht immer treu.",
            "Good for researching markets, funding programmes and competitors because every statement "
            "has a source. Read the sources themselves – the summary is not always faithful.",
        ),
    },
    {
        "key": "microsoft-copilot",
        "name": "Microsoft Copilot",
        "vendor": "Microsoft",
        "url": "https://copilot.microsoft.com/",
        "category": ToolCategory.PRODUCTIVITY,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.EU,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 4, 3, 3),
        "evaluated_on": date(2025, 3, 5),
        "summary": (
            "KI-Assistent im Browser und in Microsoft 365: Word, Excel, Outlook und Teams.",
            "AI assistant in the browser and in Microsoft 365: Word, Excel, Outlook and Teams.",
        ),
        "notes": (
            "Mit einem Geschäftskonto gelten die Microsoft-365-Verträge und die EU-Datengrenze; "
            "Eingaben werden dann nicht zum Training genutzt. Mit privatem Konto gelten die "
            "Verbraucherbedingungen.",
            "With a business account, the Microsoft 365 contracts and the EU Data Boundary apply; inputs "
            "are then not used for training. With a personal account, the consumer terms apply.",
        ),
        "verdict": (
            "Naheliegend für Verwaltungen und Betriebe, die ohnehin mit Microsoft 365 arbeiten. Die "
            "Lizenz für die Office-Integration ist für kleine Organisationen teuer.",
            "The obvious choice for administrations and firms that already work with Microsoft 365. "
            "The licence for the Office integration is expensive for small organisations.",
        ),
    },
    {
        "key": "adobe-firefly",
        "name": "Adobe Firefly",
        "vendor": "Adobe",
        "url": "https://firefly.adobe.com/",
        "category": ToolCategory.IMAGE,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 4, 3, 3),
        "evaluated_on": date(2025, 2, 26),
        "summary": (
            "Erzeugt und bearbeitet Bilder, auch direkt in Photoshop und Express.",
            "Creates and edits images, also directly in Photoshop and Express.",
        ),
        "notes": (
            "Verarbeitung überwiegend in den USA; Adobe bietet einen Auftragsverarbeitungsvertrag. "
            "Laut Adobe mit lizenzierten Inhalten trainiert, Inhalte der Kundschaft werden nicht zum "
            "Training genutzt.",
            "Mostly processed in the USA; Adobe offers a data processing agreement. According to Adobe, "
            "trained on licensed content; customers' content is not used for training.",
        ),
        "verdict": (
            "Die sicherere Wahl für kommerziell genutzte Bilder. Das Kontingent an Generierungen ist "
            "im kostenlosen Tarif schnell aufgebraucht.",
            "The safer choice for images used commercially. The free plan's generation allowance runs "
            "out quickly.",
        ),
    },
    {
        "key": "notion-ai",
        "name": "Notion AI",
        "vendor": "Notion Labs, Inc.",
        "url": "https://www.notion.com/product/ai",
        "category": ToolCategory.PRODUCTIVITY,
        "pricing": Pricing.PAID,
        "data_location": DataLocation.USA,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (3, 4, 3, 2),
        "evaluated_on": date(2025, 3, 12),
        "summary": (
            "KI im Notion-Arbeitsbereich: fasst Seiten zusammen, beantwortet Fragen zum eigenen Wissen, "
            "schreibt Entwürfe.",
            "AI in the Notion workspace: summarises pages, answers questions about your own knowledge, "
            "writes drafts.",
        ),
        "notes": (
            "Verarbeitung in den USA, Auftragsverarbeitungsvertrag verfügbar. Notion sagt zu, dass "
            "Inhalte nicht zum Training der Modelle genutzt werden.",
            "Processed in the USA, data processing agreement available. Notion states that content is "
            "not used to train the models.",
        ),
        "verdict": (
            "Nützlich für Tandems, die ihre Projektdokumentation ohnehin in Notion führen. Allein für "
            "die KI lohnt sich der Aufpreis selten.",
            "Useful for tandems that already keep their project documentation in Notion. The surcharge "
            "is rarely worth it for the AI alone.",
        ),
    },
    {
        "key": "languagetool",
        "name": "LanguageTool",
        "vendor": "LanguageTooler GmbH",
        "url": "https://languagetool.org/",
        "category": ToolCategory.TEXT,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.EU,
        "gdpr": GDPRCompliance.YES,
        "ratings": (4, 5, 5, 4),
        "evaluated_on": date(2025, 2, 26),
        "summary": (
            "Prüft Rechtschreibung, Grammatik und Stil in über 30 Sprachen, auch im Browser und in Word.",
            "Checks spelling, grammar and style in more than 30 languages, also in the browser and in Word.",
        ),
        "notes": (
            "Anbieter mit Sitz in Potsdam, Server in Deutschland. Texte werden nach der Prüfung nicht "
            "gespeichert; ein Auftragsverarbeitungsvertrag ist verfügbar.",
            "Based in Potsdam, servers in Germany. Texts are not stored after checking; a data "
            "processing agreement is available.",
        ),
        "verdict": (
            "Unauffällig, aber im Alltag am häufigsten genutzt: sauberere Texte für Website, Shop und "
            "Anträge, datenschutzfreundlich aus Deutschland.",
            "Unobtrusive but the most used day to day: cleaner texts for the website, the shop and "
            "applications, privacy-friendly from Germany.",
        ),
    },
    {
        "key": "mistral-le-chat",
        "name": "Mistral Le Chat",
        "vendor": "Mistral AI",
        "url": "https://chat.mistral.ai/",
        "category": ToolCategory.TEXT,
        "pricing": Pricing.FREEMIUM,
        "data_location": DataLocation.EU,
        "gdpr": GDPRCompliance.CONDITIONAL,
        "ratings": (4, 4, 4, 5),
        "evaluated_on": date(2025, 3, 12),
        "summary": (
            "Chat-Assistent des französischen Anbieters Mistral AI, mit Websuche und Dokumentenanalyse.",
            "Chat assistant from the French company Mistral AI, with web search and document analysis.",
        ),
        "notes": (
            "Anbieter mit Sitz in Paris, Verarbeitung in der EU. In der kostenlosen Version können "
            "Eingaben zum Training genutzt werden (abschaltbar); Geschäftstarife schließen das aus.",
            "Based in Paris, processed in the EU. In the free version, inputs may be used for training "
            "(can be switched off); business plans exclude this.",
        ),
        "verdict": (
            "Eine europäische Alternative zu ChatGPT, großzügig im kostenlosen Tarif. Auf Deutsch "
            "etwas weniger sicher im Ausdruck.",
            "A European alternative to ChatGPT, generous in its free plan. Slightly less assured in German.",
        ),
    },
]
