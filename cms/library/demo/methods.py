"""Twelve design-thinking method cards, two per phase: (German, English) for every text."""

from cms.library.models import Difficulty, Phase

METHODS = [
    {
        "key": "stakeholder-map",
        "phase": Phase.UNDERSTAND,
        "title": ("Stakeholder-Landkarte", "Stakeholder map"),
        "slug": ("stakeholder-landkarte", "stakeholder-map"),
        "summary": (
            "Zeigt, wer von einer Herausforderung betroffen ist, wer mitredet und wer entscheidet – "
            "bevor das Tandem mit der Lösung beginnt.",
            "Shows who is affected by a challenge, who has a say and who decides – before the tandem "
            "starts on a solution.",
        ),
        "duration": 45,
        "group": (2, 6),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Großes Papier oder Whiteboard\nHaftnotizen in drei Farben\nDicke Filzstifte",
            "Large sheet of paper or whiteboard\nSticky notes in three colours\nThick felt-tip pens",
        ),
        "steps": [
            (
                ("Herausforderung in die Mitte", "Challenge in the centre"),
                (
                    "Schreibt die Herausforderung in einem Satz in die Mitte des Blattes.",
                    "Write the challenge in one sentence in the centre of the sheet.",
                ),
            ),
            (
                ("Beteiligte sammeln", "Collect everyone involved"),
                (
                    "Jede Person notiert still alle Menschen, Gruppen und Organisationen, die betroffen "
                    "sind oder Einfluss haben – eine pro Haftnotiz.",
                    "Everyone silently notes all the people, groups and organisations that are affected "
                    "or have influence – one per sticky note.",
                ),
            ),
            (
                ("Nähe und Einfluss ordnen", "Arrange by closeness and influence"),
                (
                    "Klebt die Notizen in Ringen um die Mitte: je näher, desto direkter betroffen. Die "
                    "Farben zeigen, wer entscheidet, wer nutzt und wer unterstützt.",
                    "Stick the notes in rings around the centre: the closer, the more directly affected. "
                    "The colours show who decides, who uses and who supports.",
                ),
            ),
            (
                ("Lücken finden", "Find the gaps"),
                (
                    "Markiert, über wen ihr noch zu wenig wisst. Daraus entsteht eure Liste für Interviews.",
                    "Mark whom you still know too little about. That becomes your list for interviews.",
                ),
            ),
        ],
    },
    {
        "key": "design-challenge",
        "phase": Phase.UNDERSTAND,
        "title": ("Design Challenge formulieren", "Framing the design challenge"),
        "slug": ("design-challenge-formulieren", "framing-the-design-challenge"),
        "summary": (
            "Macht aus einem vagen Anliegen eine klare, offene Frage, an der das Tandem arbeiten kann.",
            "Turns a vague concern into a clear, open question the tandem can work on.",
        ),
        "duration": 60,
        "group": (2, 5),
        "difficulty": Difficulty.MEDIUM,
        "materials": ("Flipchart\nHaftnotizen\nStifte", "Flip chart\nSticky notes\nPens"),
        "steps": [
            (
                ("Anliegen erzählen", "Tell the story"),
                (
                    "Die Organisation erzählt in fünf Minuten, was sie beschäftigt. Die Kreativen hören "
                    "zu und notieren Stichworte.",
                    "The organisation spends five minutes explaining what is on its mind. The creatives "
                    "listen and note key words.",
                ),
            ),
            (
                ("Nach dem Warum fragen", "Ask why"),
                (
                    "Fragt mehrmals nach dem Warum, bis der eigentliche Bedarf sichtbar wird.",
                    "Ask why several times until the real need becomes visible.",
                ),
            ),
            (
                ("Frage formulieren", "Write the question"),
                (
                    "Formuliert die Herausforderung als offene Frage: für wen, was soll sich ändern, "
                    "woran merkt man den Erfolg?",
                    "Phrase the challenge as an open question: for whom, what should change, how will "
                    "you recognise success?",
                ),
            ),
            (
                ("Rahmen klären", "Agree on the scope"),
                (
                    "Haltet fest, was außerhalb des Projekts bleibt: Budget, Zeit, Technik.",
                    "Record what stays outside the project: budget, time, technology.",
                ),
            ),
        ],
    },
    {
        "key": "user-interview",
        "phase": Phase.OBSERVE,
        "title": ("Nutzerinterview", "User interview"),
        "slug": ("nutzerinterview", "user-interview"),
        "summary": (
            "Ein offenes Gespräch mit den Menschen, für die ihr gestaltet – um ihre Gewohnheiten, "
            "Wünsche und Ärgernisse zu verstehen.",
            "An open conversation with the people you are designing for – to understand their habits, "
            "wishes and frustrations.",
        ),
        "duration": 60,
        "group": (2, 3),
        "difficulty": Difficulty.MEDIUM,
        "materials": (
            "Gesprächsleitfaden mit offenen Fragen\nNotizblock\nEinverständniserklärung für Aufnahmen",
            "Interview guide with open questions\nNotepad\nConsent form for recordings",
        ),
        "steps": [
            (
                ("Leitfaden schreiben", "Write a guide"),
                (
                    "Sammelt offene Fragen („Erzählen Sie mal, wie …“) und ordnet sie vom Allgemeinen "
                    "zum Konkreten.",
                    "Collect open questions (“Tell me about how …”) and order them from the general to "
                    "the specific.",
                ),
            ),
            (
                ("Rollen verteilen", "Share the roles"),
                (
                    "Eine Person fragt, eine schreibt mit. Holt vor einer Aufnahme das Einverständnis ein.",
                    "One person asks, one takes notes. Get consent before recording.",
                ),
            ),
            (
                ("Zuhören und nachfragen", "Listen and dig deeper"),
                (
                    "Lasst Pausen zu, fragt nach Beispielen und nach dem letzten konkreten Mal.",
                    "Allow pauses, ask for examples and for the last specific time it happened.",
                ),
            ),
            (
                ("Direkt auswerten", "Debrief straight away"),
                (
                    "Notiert gleich danach Zitate, Überraschungen und Widersprüche.",
                    "Straight afterwards, note quotes, surprises and contradictions.",
                ),
            ),
        ],
    },
    {
        "key": "field-observation",
        "phase": Phase.OBSERVE,
        "title": ("Beobachtung vor Ort", "Field observation"),
        "slug": ("beobachtung-vor-ort", "field-observation"),
        "summary": (
            "Schaut zu, wie Menschen eine Aufgabe wirklich erledigen – im Laden, im Amt, in der Werkstatt.",
            "Watch how people really get a task done – in the shop, at the town hall, in the workshop.",
        ),
        "duration": 90,
        "group": (1, 3),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Notizbuch\nKamera oder Smartphone (nur mit Erlaubnis)\nBeobachtungsbogen",
            "Notebook\nCamera or smartphone (only with permission)\nObservation sheet",
        ),
        "steps": [
            (
                ("Ort und Zeit wählen", "Choose a place and time"),
                (
                    "Geht dorthin, wo die Aufgabe passiert, zu einer typischen Zeit.",
                    "Go where the task happens, at a typical time.",
                ),
            ),
            (
                ("Erlaubnis einholen", "Ask permission"),
                (
                    "Erklärt, wer ihr seid und warum ihr beobachtet. Fotografiert nur mit Zustimmung.",
                    "Explain who you are and why you are observing. Only take photos with consent.",
                ),
            ),
            (
                ("Beschreiben statt bewerten", "Describe, don't judge"),
                (
                    "Notiert, was Menschen tun, sagen und benutzen – Umwege und Notlösungen sind "
                    "besonders wertvoll.",
                    "Note what people do, say and use – detours and workarounds are especially valuable.",
                ),
            ),
            (
                ("Muster sammeln", "Collect patterns"),
                (
                    "Vergleicht eure Notizen im Tandem und markiert, was mehrfach vorkam.",
                    "Compare your notes as a tandem and mark what came up more than once.",
                ),
            ),
        ],
    },
    {
        "key": "empathy-map",
        "phase": Phase.POINT_OF_VIEW,
        "title": ("Empathiekarte", "Empathy map"),
        "slug": ("empathiekarte", "empathy-map"),
        "summary": (
            "Fasst zusammen, was eine Person sagt, denkt, tut und fühlt – als gemeinsame Grundlage für "
            "die Sichtweise.",
            "Sums up what a person says, thinks, does and feels – a shared basis for the point of view.",
        ),
        "duration": 45,
        "group": (2, 6),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Vorlage mit vier Feldern (A2 oder größer)\nHaftnotizen\n"
            "Ergebnisse aus Interviews und Beobachtungen",
            "Template with four quadrants (A2 or larger)\nSticky notes\n"
            "Findings from interviews and observations",
        ),
        "steps": [
            (
                ("Person wählen", "Choose a person"),
                (
                    "Nehmt eine konkrete Person aus euren Interviews in die Mitte.",
                    "Put one real person from your interviews in the centre.",
                ),
            ),
            (
                ("Felder füllen", "Fill in the quadrants"),
                (
                    "Ordnet Zitate und Beobachtungen den Feldern Sagen, Denken, Tun und Fühlen zu.",
                    "Sort quotes and observations into the quadrants says, thinks, does and feels.",
                ),
            ),
            (
                ("Widersprüche suchen", "Look for contradictions"),
                (
                    "Wo sagt die Person etwas anderes, als sie tut? Dort liegen oft die besten Ansätze.",
                    "Where does the person say something different from what they do? That is often "
                    "where the best openings lie.",
                ),
            ),
            (
                ("Bedürfnisse ableiten", "Derive needs"),
                (
                    "Formuliert zwei bis drei Bedürfnisse als Verben, z. B. „schnell Bescheid wissen“.",
                    "Phrase two or three needs as verbs, e.g. “to know quickly”.",
                ),
            ),
        ],
    },
    {
        "key": "persona",
        "phase": Phase.POINT_OF_VIEW,
        "title": ("Persona", "Persona"),
        "slug": ("persona", "persona"),
        "summary": (
            "Eine greifbare, aus echten Erkenntnissen gebaute Figur, die das Team bei jeder "
            "Entscheidung fragen lässt: Hilft das ihr?",
            "A tangible character built from real findings, which makes the team ask at every "
            "decision: does this help her?",
        ),
        "duration": 60,
        "group": (2, 6),
        "difficulty": Difficulty.MEDIUM,
        "materials": (
            "Persona-Vorlage\nErgebnisse der Empathiekarte\nFoto oder Skizze für das Gesicht",
            "Persona template\nEmpathy map results\nPhoto or sketch for the face",
        ),
        "steps": [
            (
                ("Muster bündeln", "Cluster patterns"),
                (
                    "Gruppiert Menschen aus den Interviews mit ähnlichen Zielen und Hürden.",
                    "Group people from the interviews with similar goals and obstacles.",
                ),
            ),
            (
                ("Steckbrief schreiben", "Write the profile"),
                (
                    "Gebt der Persona Namen, Alter, Alltag, Ziele und Frustrationen – alles belegt durch "
                    "eure Notizen.",
                    "Give the persona a name, age, daily routine, goals and frustrations – all backed by "
                    "your notes.",
                ),
            ),
            (
                ("Zitat finden", "Find a quote"),
                (
                    "Wählt ein typisches Zitat, das ihre Haltung auf den Punkt bringt.",
                    "Choose a typical quote that sums up her attitude.",
                ),
            ),
            (
                ("Sichtbar aufhängen", "Put it on the wall"),
                (
                    "Hängt die Persona gut sichtbar auf und bezieht euch in allen weiteren Phasen auf sie.",
                    "Hang the persona where everyone can see it and refer to it in every later phase.",
                ),
            ),
        ],
    },
    {
        "key": "brainwriting-635",
        "phase": Phase.IDEATE,
        "title": ("Brainwriting 6-3-5", "Brainwriting 6-3-5"),
        "slug": ("brainwriting-6-3-5", "brainwriting-6-3-5"),
        "summary": (
            "Sechs Personen, drei Ideen, fünf Minuten je Runde: In einer halben Stunde entstehen über "
            "hundert Ideen, und auch die Stillen kommen zu Wort.",
            "Six people, three ideas, five minutes a round: over a hundred ideas in half an hour, and "
            "the quiet ones get heard too.",
        ),
        "duration": 30,
        "group": (6, 6),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Ein Formblatt pro Person mit drei Spalten und sechs Zeilen\nStifte\nUhr",
            "One form per person with three columns and six rows\nPens\nA timer",
        ),
        "steps": [
            (
                ("Frage aufschreiben", "Write down the question"),
                (
                    "Schreibt eure Wie-könnten-wir-Frage oben auf jedes Blatt.",
                    "Write your how-might-we question at the top of each sheet.",
                ),
            ),
            (
                ("Drei Ideen in fünf Minuten", "Three ideas in five minutes"),
                (
                    "Jede Person schreibt drei Ideen in die erste Zeile.",
                    "Everyone writes three ideas in the first row.",
                ),
            ),
            (
                ("Weitergeben", "Pass it on"),
                (
                    "Die Blätter wandern reihum; in jeder Runde werden die Ideen darüber weiterentwickelt.",
                    "The sheets go round; in each round, people build on the ideas above.",
                ),
            ),
            (
                ("Auswählen", "Choose"),
                (
                    "Nach sechs Runden markiert jede Person ihre drei Favoriten mit Punkten.",
                    "After six rounds, everyone marks their three favourites with dots.",
                ),
            ),
        ],
    },
    {
        "key": "crazy-8s",
        "phase": Phase.IDEATE,
        "title": ("Crazy 8s", "Crazy 8s"),
        "slug": ("crazy-8s", "crazy-8s"),
        "summary": (
            "Acht Skizzen in acht Minuten: bringt schnell viele Varianten einer Idee aufs Papier, ohne "
            "Anspruch auf Perfektion.",
            "Eight sketches in eight minutes: get many variations of an idea on paper quickly, with no "
            "pressure to be perfect.",
        ),
        "duration": 15,
        "group": (1, 8),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Ein A4-Blatt pro Person, dreimal gefaltet (acht Felder)\nDicke Stifte\nTimer",
            "One A4 sheet per person, folded three times (eight panels)\nThick markers\nTimer",
        ),
        "steps": [
            (
                ("Falten", "Fold"),
                ("Faltet das Blatt so, dass acht Felder entstehen.", "Fold the sheet to make eight panels."),
            ),
            (
                ("Skizzieren", "Sketch"),
                (
                    "Stellt den Timer auf acht Minuten: eine Minute und eine Variante pro Feld.",
                    "Set the timer to eight minutes: one minute and one variation per panel.",
                ),
            ),
            (
                ("Vorstellen", "Present"),
                (
                    "Jede Person stellt ihre Skizzen in zwei Minuten vor.",
                    "Everyone presents their sketches in two minutes.",
                ),
            ),
            (
                ("Abstimmen", "Vote"),
                (
                    "Markiert mit Punkten, welche Varianten ihr weiterverfolgt.",
                    "Mark with dots which variations you will pursue.",
                ),
            ),
        ],
    },
    {
        "key": "paper-prototype",
        "phase": Phase.PROTOTYPE,
        "title": ("Papierprototyp", "Paper prototype"),
        "slug": ("papierprototyp", "paper-prototype"),
        "summary": (
            "Eine Website, ein Formular oder eine App aus Papier – in einer Stunde gebaut und "
            "sofort testbar.",
            "A website, form or app made of paper – built in an hour and ready to test straight away.",
        ),
        "duration": 60,
        "group": (2, 4),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Papier und Karton\nSchere, Klebestift\nHaftnotizen für Menüs und Meldungen\nDicke Stifte",
            "Paper and card\nScissors, glue stick\nSticky notes for menus and messages\nThick markers",
        ),
        "steps": [
            (
                ("Kernaufgabe wählen", "Pick the core task"),
                (
                    "Entscheidet, welche eine Aufgabe der Prototyp zeigen soll, z. B. „Tisch reservieren“.",
                    "Decide which single task the prototype should show, e.g. “book a table”.",
                ),
            ),
            (
                ("Bildschirme skizzieren", "Sketch the screens"),
                (
                    "Zeichnet jeden Schritt auf ein eigenes Blatt, grob und gut lesbar.",
                    "Draw each step on its own sheet, rough and legible.",
                ),
            ),
            (
                ("Bewegliche Teile", "Moving parts"),
                (
                    "Menüs, Fehlermeldungen und Eingaben kommen auf Haftnotizen, damit sie sich "
                    "austauschen lassen.",
                    "Menus, error messages and inputs go on sticky notes so they can be swapped.",
                ),
            ),
            (
                ("Durchspielen", "Walk through it"),
                (
                    "Spielt die Aufgabe selbst durch: Eine Person tippt mit dem Finger, eine andere "
                    "wechselt die Blätter.",
                    "Play through the task yourselves: one person taps with a finger, another swaps "
                    "the sheets.",
                ),
            ),
        ],
    },
    {
        "key": "storyboard",
        "phase": Phase.PROTOTYPE,
        "title": ("Storyboard", "Storyboard"),
        "slug": ("storyboard", "storyboard"),
        "summary": (
            "Erzählt in sechs bis acht Bildern, wie ein Mensch die neue Lösung erlebt – vom Auslöser "
            "bis zum Ergebnis.",
            "Tells in six to eight frames how a person experiences the new solution – from trigger "
            "to outcome.",
        ),
        "duration": 45,
        "group": (1, 4),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Storyboard-Vorlage mit sechs bis acht Feldern\nStifte\nPersona",
            "Storyboard template with six to eight frames\nPens\nPersona",
        ),
        "steps": [
            (
                ("Anfang und Ende festlegen", "Set the start and the end"),
                (
                    "Wo steht die Persona am Anfang, was hat sie am Ende erreicht?",
                    "Where is the persona at the start, and what has she achieved at the end?",
                ),
            ),
            (
                ("Szenen zeichnen", "Draw the scenes"),
                (
                    "Füllt die Felder mit einfachen Strichfiguren und kurzen Bildunterschriften.",
                    "Fill the frames with simple stick figures and short captions.",
                ),
            ),
            (
                ("Entscheidende Momente markieren", "Mark the moments of truth"),
                (
                    "Kennzeichnet die Szenen, in denen die Lösung überzeugen muss.",
                    "Mark the scenes in which the solution has to win people over.",
                ),
            ),
            (
                ("Nacherzählen lassen", "Have it retold"),
                (
                    "Lasst eine unbeteiligte Person die Geschichte nacherzählen – so seht ihr, ob sie "
                    "verständlich ist.",
                    "Ask someone uninvolved to retell the story – that shows whether it makes sense.",
                ),
            ),
        ],
    },
    {
        "key": "feedback-grid",
        "phase": Phase.TEST,
        "title": ("Feedback-Raster", "Feedback capture grid"),
        "slug": ("feedback-raster", "feedback-capture-grid"),
        "summary": (
            "Sammelt Rückmeldungen zu einem Prototyp in vier Feldern: Gefällt, Wünsche, Fragen, Ideen.",
            "Collects feedback on a prototype in four quadrants: likes, wishes, questions, ideas.",
        ),
        "duration": 30,
        "group": (2, 10),
        "difficulty": Difficulty.EASY,
        "materials": (
            "Flipchart mit vier Feldern\nHaftnotizen\nDer Prototyp",
            "Flip chart with four quadrants\nSticky notes\nThe prototype",
        ),
        "steps": [
            (
                ("Raster zeichnen", "Draw the grid"),
                (
                    "Teilt ein Flipchart in vier Felder: Gefällt, Wünsche, Fragen, Ideen.",
                    "Divide a flip chart into four quadrants: likes, wishes, questions, ideas.",
                ),
            ),
            (
                ("Prototyp zeigen", "Show the prototype"),
                (
                    "Lasst Testpersonen den Prototyp ausprobieren, ohne ihn vorher zu erklären.",
                    "Let testers try the prototype without explaining it first.",
                ),
            ),
            (
                ("Rückmeldungen einsortieren", "Sort the feedback"),
                (
                    "Jede Rückmeldung kommt als Haftnotiz in das passende Feld.",
                    "Each piece of feedback goes on a sticky note in the right quadrant.",
                ),
            ),
            (
                ("Nächste Schritte", "Next steps"),
                (
                    "Entscheidet gemeinsam, welche Wünsche und Ideen in die nächste Version kommen.",
                    "Decide together which wishes and ideas go into the next version.",
                ),
            ),
        ],
    },
    {
        "key": "think-aloud",
        "phase": Phase.TEST,
        "title": ("Test mit lautem Denken", "Think-aloud test"),
        "slug": ("test-mit-lautem-denken", "think-aloud-test"),
        "summary": (
            "Testpersonen sprechen aus, was sie denken, während sie den Prototyp benutzen – so werden "
            "Stolpersteine hörbar.",
            "Testers say what they are thinking while they use the prototype – so stumbling blocks "
            "become audible.",
        ),
        "duration": 45,
        "group": (2, 3),
        "difficulty": Difficulty.MEDIUM,
        "materials": (
            "Prototyp (Papier oder digital)\nTestaufgaben auf Karten\nBeobachtungsbogen\n"
            "Einverständniserklärung",
            "Prototype (paper or digital)\nTest tasks on cards\nObservation sheet\nConsent form",
        ),
        "steps": [
            (
                ("Aufgaben vorbereiten", "Prepare the tasks"),
                (
                    "Formuliert drei realistische Aufgaben, z. B. „Finden Sie die Öffnungszeiten“.",
                    "Write three realistic tasks, e.g. “Find the opening hours”.",
                ),
            ),
            (
                ("Lautes Denken erklären", "Explain thinking aloud"),
                (
                    "Bittet die Testperson, alles auszusprechen, was ihr durch den Kopf geht. Getestet "
                    "wird der Prototyp, nicht sie.",
                    "Ask the tester to say everything that goes through their mind. You are testing the "
                    "prototype, not them.",
                ),
            ),
            (
                ("Beobachten, nicht helfen", "Watch, don't help"),
                (
                    "Greift nicht ein, wenn es hakt. Notiert, wo die Person zögert oder sucht.",
                    "Don't step in when they get stuck. Note where the person hesitates or searches.",
                ),
            ),
            (
                ("Auswerten", "Evaluate"),
                (
                    "Sammelt nach drei bis fünf Tests die Stellen, an denen mehrere Personen "
                    "gestolpert sind.",
                    "After three to five tests, collect the spots where several people stumbled.",
                ),
            ),
        ],
    },
]
