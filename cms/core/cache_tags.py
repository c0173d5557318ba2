"""What a cached answer shows, and what a change touches: the tags of the page cache's exact
purge (``cms.core.page_cache`` stores an entry with the generation of each tag it depends on,
``cms.core.cache_purge`` gives the tags of a change a new generation).

The tags:

- ``all``: every entry depends on it (a locale, a site record, a view restriction, a move of a
  page with children, settings that other sites show);
- ``any``: given a new generation by *every* change. An answer that does not say what it
  shows depends on it (the API, search, sitemap, the theme): always right, never exact;
- ``site:<id>``: the frame of a site's every page: menu, breadcrumbs, footer, its settings;
- ``pages:<id>:<app.type>``: any page of that type on that site, for the listings that show
  them (indexes, home sections, iCal);
- ``hub-pages:<app.type>``: any page of that type on any hub, for the learning platform's
  home and gallery;
- ``page:<translation key>``: one page, in every language (its language switcher names the
  others);
- ``model:<app.model>``: any item of that library model, for the pages that list them.

What each page type shows besides itself is declared in ``SHOWS`` below; a page type missing
there depends on ``any``. Objects a page names directly (a chosen method, a hero image, a
person) need no declaration: Wagtail's reference index finds the pages that use them.
"""

ALL = "all"
ANY = "any"


def site_tag(site_id) -> str:
    return f"site:{site_id}"


def label(model) -> str:
    return model._meta.label_lower


def pages_tag(site_id, type_label: str) -> str:
    """Pages of one type on one site, for the site's listings of that type."""
    return f"pages:{site_id}:{type_label}"


def hub_pages_tag(type_label: str) -> str:
    """Pages of one type on any hub, for the learning platform's listings."""
    return f"hub-pages:{type_label}"


def model_tag(model_label: str) -> str:
    return f"model:{model_label}"


def page_tag(page) -> str:
    return f"page:{page.translation_key}"


#: Our own attribute on the request: the tags its answer depends on.
REQUEST_ATTRIBUTE = "cimis_cache_tags"


def own(*labels) -> tuple:
    """In ``SHOWS``: pages of these types on the answer's own site."""
    return tuple(("own", label) for label in labels)


def hubs(*labels) -> tuple:
    """In ``SHOWS``: pages of these types on any hub."""
    return tuple(("hubs", label) for label in labels)


def items(*labels) -> tuple:
    """In ``SHOWS``: any item of these library models."""
    return tuple(("model", label) for label in labels)


#: Page type → what its answers show besides the page itself, its site's frame and the objects
#: it names (found through the reference index). Every route of a routable page counts.
SHOWS: dict[str, tuple] = {
    "core.standardpage": (),
    "core.legalpage": (),
    "hubs.hubhomepage": (
        *own("hubs.matchpage", "hubs.eventpage", "hubs.newspage"),
        *items("library.partner"),
    ),
    "hubs.matchindexpage": own("hubs.matchpage"),
    # The tandem's people are chosen by organisation, and the testimonial by its translation.
    "hubs.matchpage": items("library.person", "library.testimonial"),
    "hubs.newsindexpage": own("hubs.newspage"),
    "hubs.newspage": (),
    "hubs.eventindexpage": own("hubs.eventpage"),
    "hubs.eventpage": (),
    "hubs.innovationspacepage": items("library.innovationspace"),
    # Its answers set a CSRF cookie and are never stored; declared for completeness.
    "hubs.contactpage": (),
    "platform.platformhomepage": (*hubs("hubs.matchpage"), *items("library.aitool")),
    "platform.prototypegallerypage": hubs("hubs.matchpage"),
    "platform.methodlibrarypage": items("library.methodcard"),
    "platform.toolcataloguepage": items("library.aitool"),
    "platform.guideindexpage": own("platform.howtoguidepage", "platform.interviewpage"),
    "platform.howtoguidepage": (),
    "platform.interviewpage": (),
    # The method cards' PDFs, one per language version of the method library (in the frame).
    "platform.materialspage": items("library.methodcard"),
}


def shown_by(page, site_id) -> set[str]:
    """The tags an answer of ``page`` (served on ``site_id``) depends on."""
    shows = SHOWS.get(label(page))
    if shows is None:
        return {ALL, ANY}
    tags = {ALL, site_tag(site_id), page_tag(page)}
    for kind, shown in shows:
        if kind == "own":
            tags.add(pages_tag(site_id, shown))
        elif kind == "hubs":
            tags.add(hub_pages_tag(shown))
        else:
            tags.add(model_tag(shown))
    return tags


def depends_on(request, tags) -> None:
    """Record that the answer to ``request`` shows ``tags`` (the page cache reads them)."""
    recorded = getattr(request, REQUEST_ATTRIBUTE, None)
    if recorded is None:
        recorded = set()
        setattr(request, REQUEST_ATTRIBUTE, recorded)
    recorded.update(tags)


def recorded(request) -> set[str]:
    """What the answer said it shows; ``any`` when nothing did."""
    return set(getattr(request, REQUEST_ATTRIBUTE, None) or {ALL, ANY})


def is_library_model(model) -> bool:
    return model._meta.app_label == "library"


def check_declarations() -> list[str]:
    """Page types of this project that ``SHOWS`` does not name (they fall back to ``any``)."""
    from wagtail.models import get_page_models

    project = {"core", "hubs", "platform"}
    return sorted(
        label(model)
        for model in get_page_models()
        if model._meta.app_label in project and label(model) not in SHOWS
    )
