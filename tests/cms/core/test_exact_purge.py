"""Exact purge (cms.core.cache_tags, cms.core.cache_purge): a change purges the pages that
show what changed, in another process on the same Redis, and leaves the others cached.

The last test is the safety net: for a set of changes, every sampled page of every type on
every site in both languages that is still served from the cache after the change must be
exactly what a fresh render shows."""

import html
import re

from wagtail.models import Page, ReferenceIndex

import pytest

from cms.core import cache_tags
from cms.core.models import CMSImage, SiteSettings
from cms.library.models import AITool, MethodCard, Partner, Person
from sites.hubs.models import EventPage, MatchPage, NewsPage
from sites.platform.models import HowToGuidePage, MethodLibraryPage, ToolCataloguePage

pytestmark = pytest.mark.django_db


def where(page):
    site = page.get_site()
    return site.hostname, page.get_url(current_site=site)


def first(model, language="de", **filters):
    return (
        model.objects.live().filter(locale__language_code=language, **filters).order_by("pk").first().specific
    )


def warm(client, *targets):
    for host, url in targets:
        assert client.get(url, HTTP_HOST=host).status_code == 200, url
        assert client.get(url, HTTP_HOST=host)["X-Cache"] == "hit", url


def states(client, targets) -> dict:
    return {(host, url): client.get(url, HTTP_HOST=host)["X-Cache"] for host, url in targets}


def test_every_page_type_says_what_it_shows():
    assert cache_tags.check_declarations() == []


def test_a_news_item_purges_itself_its_listings_and_nothing_else(client, sites, processes):
    news = first(NewsPage)
    hub = news.get_site()
    match = first(MatchPage, url_path__startswith=hub.root_page.url_path)
    other_hub = next(s for k, s in sites.items() if k != "platform" and s.pk != hub.pk)
    purged = [where(news), where(news.get_parent()), (hub.hostname, "/de/")]
    kept = [
        where(match),
        where(match.get_parent()),
        (other_hub.hostname, "/de/"),
        where(first(MethodLibraryPage)),
    ]
    warm(client, *purged, *kept)
    news.title = "Eine ganz frische Meldung"
    news.save_revision().publish()
    processes("process_b")
    assert states(client, purged) == dict.fromkeys(purged, "miss")
    assert states(client, kept) == dict.fromkeys(kept, "hit")
    assert "Eine ganz frische Meldung" in html.unescape(client.get(purged[1][1], HTTP_HOST=hub.hostname).text)


def test_a_draft_purges_nothing(client, processes):
    match = first(MatchPage)
    guide = first(HowToGuidePage)
    method = guide.method_links.select_related("method").first().method
    targets = [where(match), where(match.get_parent()), where(guide)]
    warm(client, *targets)
    match.title = "Nur ein Entwurf"
    match.save_revision()
    method.title = "Auch nur ein Entwurf"
    method.save_revision()
    processes("process_b")
    assert set(states(client, targets).values()) == {"hit"}


def test_a_method_purges_the_library_and_the_guides_that_name_it_not_the_hubs(client, sites, processes):
    guide = first(HowToGuidePage)
    method = guide.method_links.select_related("method").first().method
    assert ReferenceIndex.get_references_to(method).exists()
    platform = sites["platform"].hostname
    library = where(first(MethodLibraryPage))
    purged = [library, (platform, f"{library[1]}{method.slug}/"), where(guide)]
    # Matches name methods too (and the hub homes show matches): not these.
    kept = [where(first(ToolCataloguePage)), where(first(NewsPage)), where(first(EventPage).get_parent())]
    warm(client, *purged, *kept)
    method.title = "Eine umbenannte Methode"
    method.save()
    processes("process_b")
    assert states(client, purged) == dict.fromkeys(purged, "miss")
    assert states(client, kept) == dict.fromkeys(kept, "hit")
    assert "Eine umbenannte Methode" in html.unescape(client.get(where(guide)[1], HTTP_HOST=platform).text)


def test_an_image_purges_the_pages_that_use_it_and_their_listings_only(client, sites, processes):
    match = next(page for page in MatchPage.objects.live().order_by("pk").specific() if page.hero_image_id)
    users = {
        ref.object_id
        for ref in ReferenceIndex.get_references_to(CMSImage.objects.get(pk=match.hero_image_id))
    }
    unrelated = next(
        page for page in NewsPage.objects.live().order_by("pk").specific() if str(page.pk) not in users
    )
    unrelated_site = unrelated.get_site()
    if unrelated_site.pk == match.get_site().pk:
        unrelated = next(
            page
            for page in NewsPage.objects.live().order_by("pk").specific()
            if page.get_site().pk != match.get_site().pk and str(page.pk) not in users
        )
    warm(client, where(match), where(match.get_parent()), where(unrelated))
    image = CMSImage.objects.get(pk=match.hero_image_id)
    image.credit = "© Ganz neue Bildrechte"
    image.save()
    processes("process_b")
    assert states(client, [where(match), where(match.get_parent())]) == {
        where(match): "miss",
        where(match.get_parent()): "miss",
    }
    assert states(client, [where(unrelated)]) == {where(unrelated): "hit"}


def test_a_hubs_contact_details_purge_that_hub_only_and_its_name_every_site(client, sites, processes):
    meissen, lausitz = sites["meissen"].hostname, sites["lausitz"].hostname
    warm(client, (meissen, "/de/"), (lausitz, "/de/"))
    row = SiteSettings.objects.get(site=sites["meissen"])
    row.contact_phone = "+49 3521 000000"
    row.save()
    processes("process_b")
    assert states(client, [(meissen, "/de/"), (lausitz, "/de/")]) == {
        (meissen, "/de/"): "miss",
        (lausitz, "/de/"): "hit",
    }
    processes("process_a")
    warm(client, (meissen, "/de/"))
    row.display_name = "Hub Meißen, neu benannt"
    row.save()
    processes("process_b")
    assert set(states(client, [(meissen, "/de/"), (lausitz, "/de/")]).values()) == {"miss"}


# --- the safety net: never a stale page --------------------------------------------------


def sample() -> list[tuple[str, str]]:
    """One page of every type in each language on every site, and the library's detail pages."""
    targets = []
    for model_label in cache_tags.SHOWS:
        if model_label == "hubs.contactpage":
            continue  # never stored (its form's CSRF cookie)
        for language in ("de", "en"):
            for page in (
                Page.objects.live()
                .public()
                .filter(content_type__model=model_label.split(".")[1], locale__language_code=language)
                .order_by("pk")[:1]
            ):
                targets.append(where(page))
    for index_model, item_model in ((MethodLibraryPage, MethodCard), (ToolCataloguePage, AITool)):
        for language in ("de", "en"):
            host, url = where(first(index_model, language))
            item = item_model.objects.live().filter(locale__language_code=language).order_by("pk").first()
            targets.append((host, f"{url}{item.slug}/"))
    return sorted(set(targets))


def comparable(response) -> str:
    # The request id is each answer's own; everything else must be the same.
    return re.sub(r'data-request-id="[^"]*"', "", response.content.decode())


def retitle(page, title, slug=None):
    page.title = title
    page.slug = slug or page.slug
    page.save_revision().publish()


def rename(obj, field, value):
    setattr(obj, field, value)
    obj.save()


def item(model, language="de"):
    return model.objects.filter(locale__language_code=language).order_by("pk").first()


CHANGES = {
    "news": lambda: retitle(first(NewsPage, "en"), "A news item, retitled"),
    "event": lambda: retitle(first(EventPage), "Eine verschobene Veranstaltung"),
    "person": lambda: rename(item(Person), "name", "Erika Mustermann-Neu"),
    "partner": lambda: rename(item(Partner), "name", "Ein umbenannter Partner"),
    "image": lambda: rename(
        CMSImage.objects.get(pk=first(MatchPage).hero_image_id), "credit", "© Eine neue Quelle"
    ),
    "method": lambda: rename(item(MethodCard, "en"), "title", "A renamed method"),
    # A top-level page of the platform moves to a new URL: the hubs' match pages link it.
    "library page": lambda: retitle(first(MethodLibraryPage), "Die Methoden", "die-methoden"),
}


def test_no_page_is_stale_after_any_change(client, sites, processes, settings):
    """The changes one after the other (the last one moves a page); after each, the sampled
    pages are fetched, which stores the purged ones again for the next change, and each answer
    is compared with a fresh render."""
    targets = sample()
    assert len(targets) >= 25
    warm(client, *targets)
    stale, kept = {}, {}
    for change, make in CHANGES.items():
        settings.PAGE_CACHE_SECONDS = 300
        processes("process_a")
        make()
        processes("process_b")
        served = {target: client.get(target[1], HTTP_HOST=target[0]) for target in targets}
        still_cached = [target for target, response in served.items() if response.get("X-Cache") == "hit"]
        settings.PAGE_CACHE_SECONDS = 0
        # Every answer, a hit or a page rendered again with the frame kept across requests
        # (cms.core.request_memo), against a render with nothing kept and nothing cached.
        stale[change] = [
            target
            for target in targets
            if comparable(served[target]) != comparable(client.get(target[1], HTTP_HOST=target[0]))
        ]
        kept[change] = len(still_cached)
    assert stale == {change: [] for change in CHANGES}
    # Every change purges some pages; all but the platform's frame keep others.
    assert all(count < len(targets) for count in kept.values()), kept
    assert all(kept[change] for change in CHANGES if change != "library page"), kept
