"""Initial text of the legal pages every site gets from the bootstrap. Editors own the pages
afterwards; this is only the starting point, in German with its English translation."""

from cms.core.models import LegalPage

LEGAL_PAGES = {
    LegalPage.Kind.IMPRINT: {
        "title": ("Impressum", "Imprint"),
        "slug": ("impressum", "imprint"),
        # The provider's details (name, address, representative, register, contact, who is
        # responsible for the content) come from the site settings (cms.core.imprint); the
        # body adds what editors want to say besides.
        "paragraphs": [
            (
                "Diese Website ist Teil von „Cross Innovation Made in Saxony“ (CIMIS), einem "
                "Projekt von WIR GESTALTEN DRESDEN mit Partnern in Meißen, der Lausitz und dem "
                "Erzgebirge.",
                "This website is part of “Cross Innovation Made in Saxony” (CIMIS), a project "
                "of WIR GESTALTEN DRESDEN with partners in Meißen, Lusatia and the Ore Mountains.",
            ),
        ],
    },
    # Describes what the software does (cms.core, sites.hubs): keep it in step when that changes.
    # No "{partner}" stands before a full stop: a name ending in "e.V." would get two.
    LegalPage.Kind.PRIVACY: {
        "title": ("Datenschutz", "Privacy policy"),
        "slug": ("datenschutz", "privacy"),
        "paragraphs": [
            (
                "Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist {partner} – "
                "Anschrift und Kontakt stehen im Impressum. Wir verarbeiten personenbezogene Daten "
                "nur, soweit es für den Betrieb dieser Website nötig ist.",
                "The controller under the General Data Protection Regulation (GDPR) is {partner} – "
                "the address and contact details are in the imprint. We process personal data only "
                "as far as running this website requires.",
            ),
            (
                "Server-Protokolle: Bei jedem Seitenaufruf verarbeitet der Server, was für die "
                "Auslieferung technisch nötig ist: die aufgerufene Adresse, Datum und Uhrzeit, den "
                "Statuscode, die Datenmenge, den Browsertyp und Ihre IP-Adresse. Fehler und "
                "Anfragen werden protokolliert, um die Website sicher und funktionsfähig zu halten "
                "(Art. 6 Abs. 1 lit. f DSGVO). Die Protokolle werden nur so lange aufbewahrt, wie "
                "Betrieb und Sicherheit es erfordern, und dann gelöscht.",
                "Server logs: with every request the server processes what delivering the page "
                "technically requires: the address requested, date and time, the status code, the "
                "amount of data, the browser type and your IP address. Errors and requests are "
                "logged to keep the website secure and working (Art. 6 (1) (f) GDPR). The logs are "
                "kept only as long as operation and security require, and then deleted.",
            ),
            (
                "Kontaktformular: Wenn Sie uns über das Kontaktformular schreiben, speichern wir "
                "Ihren Namen, Ihre E-Mail-Adresse, den Betreff, Ihre Nachricht, die Seite, von der "
                "sie kam, und den Zeitpunkt, um Ihre Anfrage zu beantworten (Art. 6 Abs. 1 lit. b "
                "und f DSGVO). Die Nachricht wird außerdem per E-Mail an das Team dieser Website "
                "zugestellt; ob die Zustellung gelang, wird bei der Nachricht vermerkt. Wir löschen "
                "die Nachricht, sobald Ihr Anliegen erledigt ist und keine gesetzliche "
                "Aufbewahrungspflicht entgegensteht.",
                "Contact form: when you write to us through the contact form, we store your name, "
                "your e-mail address, the subject, your message, the page it came from and the "
                "time, in order to answer your request (Art. 6 (1) (b) and (f) GDPR). The message "
                "is also delivered by e-mail to the team of this website; whether delivery "
                "succeeded is noted with the message. We delete the message once your request has "
                "been dealt with, unless a legal duty to keep it applies.",
            ),
            (
                "Schutz vor Missbrauch: Damit das Kontaktformular nicht massenhaft missbraucht "
                "wird, nimmt es von einem Absender nur eine begrenzte Zahl von Nachrichten pro "
                "Stunde an. Dafür speichern wir nicht Ihre IP-Adresse, sondern nur einen mit einem "
                "geheimen Schlüssel gebildeten Hashwert daraus (HMAC), im Zwischenspeicher für "
                "eine Stunde und zusammen mit Ihrer Nachricht. Aus dem Hashwert lässt sich die "
                "Adresse nicht zurückrechnen (Art. 6 Abs. 1 lit. f DSGVO).",
                "Protection against abuse: so that the contact form cannot be abused in bulk, it "
                "accepts only a limited number of messages per sender and hour. For this we do not "
                "store your IP address, only a hash of it made with a secret key (HMAC), in the "
                "cache for an hour and together with your message. The address cannot be worked "
                "back from the hash (Art. 6 (1) (f) GDPR).",
            ),
            (
                "Karte: Die Karte der Innovationsorte lädt ihre Kartenkacheln von OpenStreetMap "
                "(OpenStreetMap Foundation) erst, wenn Sie dem ausdrücklich zustimmen, indem Sie "
                "die Schaltfläche über der Karte drücken. Erst dann erhält der Anbieter Ihre "
                "IP-Adresse und die Adressen der abgerufenen Kacheln (Art. 6 Abs. 1 lit. a DSGVO). "
                "Bis dahin sehen Sie eine schematische Karte, für die keine Daten an Dritte gehen.",
                "Map: the map of the innovation spaces loads its map tiles from OpenStreetMap "
                "(OpenStreetMap Foundation) only once you expressly agree by pressing the button "
                "above the map. Only then does the provider receive your IP address and the "
                "addresses of the tiles requested (Art. 6 (1) (a) GDPR). Until then you see a "
                "schematic map, for which no data goes to third parties.",
            ),
            (
                "Videos: Eingebettete Videos anderer Anbieter (etwa YouTube oder Vimeo) werden erst "
                "geladen, wenn Sie auf die Schaltfläche zum Abspielen drücken. Erst dann erhält der "
                "Anbieter Ihre IP-Adresse und kann eigene Cookies setzen; es gelten seine "
                "Datenschutzhinweise (Art. 6 Abs. 1 lit. a DSGVO). Ohne Ihre Zustimmung sehen Sie "
                "nur einen Link zum Video.",
                "Videos: embedded videos from other providers (such as YouTube or Vimeo) load only "
                "when you press the play button. Only then does the provider receive your IP "
                "address and may set its own cookies; its privacy notice applies (Art. 6 (1) (a) "
                "GDPR). Without your consent you see only a link to the video.",
            ),
            (
                "Cookies: Diese Website setzt keine Cookies zu Werbe- oder Analysezwecken. Ein "
                "Sitzungs-Cookie und ein Cookie zum Schutz vor gefälschten Anfragen (CSRF) setzt "
                "sie nur, wenn sich das Redaktionsteam im Verwaltungsbereich anmeldet; das "
                "Kontaktformular nutzt ebenfalls nur ein solches CSRF-Cookie. Ihre Zustimmung zu "
                "Karte oder Video wird nicht gespeichert: Sie gilt nur für den jeweiligen "
                "Seitenaufruf.",
                "Cookies: this website sets no advertising or analytics cookies. It sets a session "
                "cookie and a cookie that protects against forged requests (CSRF) only when the "
                "editorial team signs in to the administration area; the contact form likewise "
                "uses only such a CSRF cookie. Your consent to the map or a video is not stored: "
                "it applies to that page view only.",
            ),
            (
                "Ihre Rechte: Sie haben das Recht auf Auskunft, Berichtigung, Löschung, "
                "Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch. Sie können "
                "sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, in Sachsen bei "
                "der Sächsischen Datenschutz- und Transparenzbeauftragten.",
                "Your rights: you have the right of access, rectification, erasure, restriction of "
                "processing, data portability and objection. You can also complain to a data "
                "protection supervisory authority, in Saxony the Saxon Data Protection and "
                "Transparency Commissioner.",
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
