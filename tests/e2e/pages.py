"""Every page type a visitor can reach, where the demo has one, and how to check a page with
axe-core."""

from dataclasses import dataclass

from axe_playwright_python.sync_playwright import Axe


@dataclass(frozen=True)
class PageType:
    """A visitor-facing page type (or state of one): opened at ``path`` (German) on ``site``,
    then, optionally, the first element matching ``follow`` (a CSS selector) clicked. The
    English version is reached through the language switcher, or at ``path_en`` where the
    switcher cannot lead to it (a search, a form's answer, a page that does not exist)."""

    name: str
    site: str
    path: str
    follow: str | None = None
    path_en: str | None = None
    status: int = 200

    def __str__(self):
        return self.name


FIRST_CARD = ".cards .card__title a"

PAGE_TYPES = [
    # The learning platform
    PageType("platform-home", "platform", "/de/"),
    PageType("prototype-gallery", "platform", "/de/prototypen/"),
    PageType("prototype-gallery-filtered", "platform", "/de/prototypen/?region=meissen&category=online_shop"),
    PageType("method-library", "platform", "/de/methoden/"),
    PageType("method-card", "platform", "/de/methoden/", follow=FIRST_CARD),
    PageType("tool-catalogue", "platform", "/de/ki-werkzeuge/"),
    PageType("ai-tool", "platform", "/de/ki-werkzeuge/", follow=FIRST_CARD),
    PageType(
        "tool-comparison",
        "platform",
        "/de/ki-werkzeuge/compare/?tool=chatgpt&tool=deepl",
        path_en="/en/ai-tools/compare/?tool=chatgpt&tool=deepl",
    ),
    PageType("guide-index", "platform", "/de/anleitungen/"),
    PageType("how-to-guide", "platform", "/de/anleitungen/erster-prototyp/"),
    PageType("interview", "platform", "/de/anleitungen/interview-netzwerkkoordination/"),
    PageType("materials", "platform", "/de/materialien/"),
    PageType("standard-page", "platform", "/de/ueber-cimis/"),
    PageType("accessibility-statement", "platform", "/de/barrierefreiheit/"),
    PageType("search-results", "platform", "/de/suche/?q=Prototyp", path_en="/en/search/?q=prototype"),
    PageType("not-found", "platform", "/de/gibt-es-nicht/", path_en="/en/does-not-exist/", status=404),
    # The regional hubs (one set of page types; each hub in its own colours)
    PageType("hub-home-meissen", "meissen", "/de/"),
    PageType("hub-home-lausitz", "lausitz", "/de/"),
    PageType("hub-home-erzgebirge", "erzgebirge", "/de/"),
    PageType("match-index", "meissen", "/de/matches/"),
    PageType("match-page", "meissen", "/de/matches/", follow=FIRST_CARD),
    PageType("event-index", "lausitz", "/de/veranstaltungen/"),
    PageType("event-page", "lausitz", "/de/veranstaltungen/", follow=FIRST_CARD),
    PageType("news-index", "erzgebirge", "/de/neuigkeiten/"),
    PageType("news-page", "erzgebirge", "/de/neuigkeiten/", follow=FIRST_CARD),
    PageType("innovation-spaces", "meissen", "/de/innovationsorte/"),
    PageType("contact-page", "meissen", "/de/kontakt/"),
    PageType(
        "contact-form-errors",
        "meissen",
        "/de/kontakt/",
        follow="form.form [type=submit]",
        path_en="/en/contact/",
    ),
    PageType("imprint", "erzgebirge", "/de/impressum/"),
]

#: WCAG 2.1 A and AA, plus axe's best practices (landmarks, headings); reported by impact.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as it is now."""
    return _axe.run(page, options=AXE_OPTIONS).response["violations"]


BROKEN_REFERENCES = """() => {
    const broken = [];
    const missing = (id) => id && !document.getElementById(id);
    for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
            for (const id of element.getAttribute(attribute).split(/\\s+/)) {
                if (missing(id)) broken.push(`${element.outerHTML.slice(0, 120)}: ${attribute} ${id}`);
            }
        }
    }
    for (const label of document.querySelectorAll('label[for]')) {
        if (missing(label.htmlFor)) broken.push(`${label.outerHTML.slice(0, 120)}: for ${label.htmlFor}`);
    }
    for (const link of document.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(link.getAttribute('href').slice(1));
        if (missing(id)) broken.push(`${link.outerHTML.slice(0, 120)}: href #${id}`);
    }
    return broken;
}"""


def broken_references(page) -> list[str]:
    """Ids that aria-describedby, aria-labelledby, aria-controls, <label for> or an in-page link
    name and the page lacks: axe reports a missing aria-describedby target only as "needs
    review", yet a screen reader then never reads the error message the field points to."""
    return page.evaluate(BROKEN_REFERENCES)


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(
            f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}"
            for node in violation["nodes"][:5]
        )
    return "\n".join(lines)
