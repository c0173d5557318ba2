"""Initial text of the legal pages every site gets from the bootstrap. Editors own the pages
afterwards; this is only the starting point, in German with its English translation."""

from cms.core.models import LegalPage

LEGAL_PAGES = {
    LegalPage.Kind.IMPRINT: {
        "title": ("Impressum", "Imprint"),
        "slug": ("impressum", "imprint"),
        "paragraphs": [
            (
                "Verantwortlich für den Inhalt dieser Website ist {partner}.",
                "{partner} is responsible for the content of this website.",
            ),
            (
                "Diese Website ist Teil von „Cross Innovation Made in Saxony“ (CIMIS), einem "
                "Projekt von WIR GESTALTEN DRESDEN mit Partnern in Meißen, der Lausitz und dem "
                "Erzgebirge.",
                "This website is part of “Cross Innovation Made in Saxony” (CIMIS), a project "
                "of WIR GESTALTEN DRESDEN with partners in Meißen, Lusatia and the Ore Mountains.",
            ),
        ],
    },
    LegalPage.Kind.PRIVACY: {
        "title": ("Datenschutz", "Privacy policy"),
        "slug": ("datenschutz", "privacy"),
        "paragraphs": [
            (
                "Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb dieser "
                "Website nötig ist. Verantwortlich im Sinne der DSGVO ist {partner}.",
                "We process personal data only as far as running this website requires. The "
                "controller under the GDPR is {partner}.",
            ),
            (
                "Diese Website setzt keine Cookies zu Werbe- oder Analysezwecken. Inhalte "
                "Dritter, etwa Videos, werden erst nach Ihrer Zustimmung geladen.",
                "This website sets no advertising or analytics cookies. Third-party content "
                "such as videos loads only after you consent.",
            ),
        ],
    },
    LegalPage.Kind.ACCESSIBILITY: {
        "title": ("Erklärung zur Barrierefreiheit", "Accessibility statement"),
        "slug": ("barrierefreiheit", "accessibility"),
        "paragraphs": [
            (
                "{partner} ist bemüht, diese Website im Einklang mit der "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den WCAG 2.1 "
                "(Stufe AA) barrierefrei zugänglich zu machen.",
                "{partner} strives to make this website accessible in line with the German "
                "Accessible Information Technology Ordinance (BITV 2.0) and WCAG 2.1 (level AA).",
            ),
            (
                "So prüfen wir: Bei jeder Änderung an der Software der Website wird jede Seitenart "
                "– Startseiten, Übersichten mit Filtern, Detailseiten, Suche, Formulare und "
                "Fehlerseiten – mit Beispielinhalten automatisch in einem echten Browser geöffnet, "
                "auf Deutsch und auf Englisch, in Desktop- und in Smartphone-Größe, und mit dem "
                "Prüfwerkzeug axe-core gegen die Erfolgskriterien der WCAG 2.1 (Stufen A und AA) "
                "getestet. Eine Änderung, bei der ein schwerwiegender oder kritischer Fehler "
                "gefunden wird, wird nicht übernommen. Außerdem werden der Sprunglink zum Inhalt, "
                "die Hauptnavigation sowie die Filter- und Vergleichsformulare allein mit der "
                "Tastatur bedient, mit sichtbarem Fokus.",
                "How we test: with every change to the website's software, every type of page – "
                "home pages, overviews with filters, detail pages, search, forms and error pages – "
                "is opened automatically with sample content in a real browser, in German and in "
                "English, at desktop and at phone size, and tested with the axe-core checker "
                "against the success criteria of WCAG 2.1 (levels A and AA). A change in which a "
                "serious or critical error is found is not accepted. The skip link, the main "
                "navigation and the filter and comparison forms are also operated with the "
                "keyboard alone, with the focus visible.",
            ),
            (
                "Automatische Prüfungen finden nicht jede Barriere, und was die Redaktion "
                "einstellt – etwa Bildbeschreibungen, Dokumente zum Herunterladen oder Videos "
                "anderer Anbieter –, erfassen sie nicht.",
                "Automated checks do not find every barrier, and they do not cover what the "
                "editors publish, such as image descriptions, documents to download or videos "
                "from other providers.",
            ),
            (
                "Barriere melden: Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen "
                "Inhalt in einer anderen Form? Schreiben Sie {partner} über die Kontaktangaben am "
                "Ende jeder Seite oder im Impressum; wir antworten innerhalb von zwei Wochen.",
                "Report a barrier: have you come across a barrier, or do you need content in "
                "another form? Write to {partner} using the contact details at the foot of every "
                "page or in the imprint; we answer within two weeks.",
            ),
            (
                "Durchsetzungsverfahren: Erhalten Sie keine oder keine zufriedenstellende Antwort, "
                "können Sie sich an die Durchsetzungsstelle für Barrierefreiheit des Freistaates "
                "Sachsen wenden.",
                "Enforcement: if you receive no answer, or none that satisfies you, you can turn "
                "to the accessibility enforcement body of the Free State of Saxony "
                "(Durchsetzungsstelle).",
            ),
        ],
    },
}
