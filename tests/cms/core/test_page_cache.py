"""The page cache (cms.core.page_cache) and its purge (cms.core.cache_purge): anonymous answers
come from the shared cache; every change shows in the very next anonymous answer; nothing
rendered for a signed-in editor is ever served to a visitor."""

import html
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision

import pytest

from cms.core.models import CMSImage, SiteSettings
from cms.core.page_cache import normalised_query
from cms.library.models import MethodCard
from sites.hubs.models import MatchIndexPage, MatchPage, NewsPage

pytestmark = pytest.mark.django_db

REDIS = "redis://127.0.0.1:6379/9"


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_ALIAS = "default"
    caches["default"].clear()
    yield
    caches["default"].clear()


def get(client, page_or_url, host=None, **extra):
    if isinstance(page_or_url, Page):
        site = page_or_url.get_site()
        url = page_or_url.get_url(current_site=site)
        host = site.hostname
    else:
        url = page_or_url
    return client.get(url, HTTP_HOST=host, **extra)


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_match(language="de") -> MatchPage:
    return MatchPage.objects.live().filter(locale__language_code=language).order_by("pk").first().specific


def publish(page) -> None:
    page.save_revision().publish()


# --- what is cached, and for whom -----------------------------------------------------------


def test_an_anonymous_page_comes_from_the_cache_the_second_time(client, django_assert_max_num_queries):
    match = a_match()
    site = match.get_site()
    url, host = match.get_url(current_site=site), site.hostname
    first = client.get(url, HTTP_HOST=host)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    with django_assert_max_num_queries(0):
        second = client.get(url, HTTP_HOST=host)
    assert second.status_code == 200 and second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert "Cookie" in second["Vary"]
    # Headers of the middleware outside the cache are made afresh for each answer.
    assert second["X-Request-ID"] != first["X-Request-ID"]
    assert "Content-Security-Policy" in second


def test_a_head_request_and_a_conditional_get_are_answered_from_the_cache(client):
    match = a_match()
    first = get(client, match)
    head = client.head(match.get_url(current_site=match.get_site()), HTTP_HOST=match.get_site().hostname)
    assert head.status_code == 200 and head["X-Cache"] == "hit"
    not_modified = get(client, match, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == first["ETag"]


def test_reordered_and_tracking_parameters_share_one_entry_and_filters_do_not():
    assert normalised_query("region=meissen&category=shop") == normalised_query(
        "category=shop&region=meissen"
    )
    assert normalised_query("region=meissen&utm_source=news&fbclid=x") == normalised_query("region=meissen")
    assert normalised_query("page=2") != normalised_query("page=3")


def test_reordered_query_parameters_are_served_from_one_entry(client, sites):
    host = sites["platform"].hostname
    first = client.get("/de/prototypen/?region=meissen&category=online_shop", HTTP_HOST=host)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    reordered = client.get("/de/prototypen/?category=online_shop&region=meissen&utm_source=x", HTTP_HOST=host)
    assert reordered["X-Cache"] == "hit"
    other = client.get("/de/prototypen/?region=lausitz", HTTP_HOST=host)
    assert other["X-Cache"] == "miss"
    assert other.content != first.content


def test_the_languages_and_sites_have_their_own_entries(client, sites):
    german = client.get("/de/", HTTP_HOST=sites["meissen"].hostname)
    english = client.get("/en/", HTTP_HOST=sites["meissen"].hostname)
    other_hub = client.get("/de/", HTTP_HOST=sites["lausitz"].hostname)
    assert [german["X-Cache"], english["X-Cache"], other_hub["X-Cache"]] == ["miss", "miss", "miss"]
    assert 'lang="de"' in german.content.decode() and 'lang="en"' in english.content.decode()
    assert other_hub.content != german.content


def test_a_page_rendered_for_a_signed_in_editor_is_never_served_to_a_visitor(client):
    match = a_match()
    admin = get_user_model().objects.create_superuser("cache-editor", "e@example.org", "pw-cache-editor-1")
    client.force_login(admin)
    for _ in range(2):
        as_editor = get(client, match)
        assert as_editor.status_code == 200
        assert "X-Cache" not in as_editor
    assert "wagtail-userbar" in as_editor.content.decode()
    client.logout()
    client.cookies.clear()
    as_visitor = get(client, match)
    assert as_visitor["X-Cache"] == "miss"
    assert "wagtail-userbar" not in as_visitor.content.decode()
    # And a visitor's cached page is not what a signed-in editor gets.
    client.force_login(admin)
    assert "wagtail-userbar" in get(client, match).content.decode()


def test_the_contact_form_is_not_cached_each_visitor_needs_their_own_csrf_token(client, sites):
    host = sites["meissen"].hostname
    first = client.get("/de/kontakt/", HTTP_HOST=host)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    client.cookies.clear()
    second = client.get("/de/kontakt/", HTTP_HOST=host)
    assert "X-Cache" not in second
    assert second.cookies.get("csrftoken")


def test_the_admin_and_previews_are_never_cached(client, sites):
    response = client.get("/admin/login/", HTTP_HOST=sites["platform"].hostname)
    assert "X-Cache" not in response


# --- purge, in every direction ---------------------------------------------------------------


# Every purge below is checked in another "process": the pages are warmed and the change is
# made through one cache client (process A: the editor's worker), and the next anonymous
# request is answered through a second, separately constructed client on the same Redis
# (process B: another worker or node), which shares nothing with A but the store.


def warm(client, *pages_or_urls, host=None):
    """Process A renders and stores the pages; the change that follows is made there too."""
    for item in pages_or_urls:
        get(client, item, host=host)
        assert get(client, item, host=host)["X-Cache"] == "hit"


def test_publishing_a_page_purges_it_its_listing_and_the_gallery(client, sites, processes):
    match = a_match()
    index = match.get_parent().specific
    platform = sites["platform"].hostname
    warm(client, match, index)
    warm(client, "/de/prototypen/", host=platform)
    match.title = "Frisch veröffentlichter Titel"
    publish(match)
    processes("process_b")
    assert "Frisch veröffentlichter Titel" in text(get(client, match))
    assert "Frisch veröffentlichter Titel" in text(get(client, index))
    assert "Frisch veröffentlichter Titel" in text(client.get("/de/prototypen/", HTTP_HOST=platform))


def test_unpublishing_a_page_purges_it_and_its_listing(client, processes):
    match = a_match()
    index = match.get_parent().specific
    url, host = match.get_url(current_site=match.get_site()), match.get_site().hostname
    warm(client, match, index)
    match.unpublish()
    processes("process_b")
    assert client.get(url, HTTP_HOST=host).status_code == 404
    assert url not in get(client, index).content.decode()


def test_deleting_a_page_purges_it_and_its_listing(client, processes):
    news = NewsPage.objects.live().filter(locale__language_code="de").order_by("pk").first()
    index = news.get_parent().specific
    url, host = news.get_url(current_site=news.get_site()), news.get_site().hostname
    warm(client, news, index)
    news.delete()
    processes("process_b")
    assert client.get(url, HTTP_HOST=host).status_code == 404
    assert url not in get(client, index).content.decode()


def test_moving_a_page_purges_the_old_and_the_new_place(client, processes):
    match = a_match()
    old_index = match.get_parent().specific
    new_index = (
        MatchIndexPage.objects.live()
        .filter(locale=match.locale)
        .exclude(pk=old_index.pk)
        .order_by("pk")
        .first()
    )
    # A slug no match under the new index has.
    match.slug = f"{match.slug}-umgezogen"
    publish(match)
    match.refresh_from_db()
    old_url, old_host = match.get_url(current_site=match.get_site()), match.get_site().hostname
    warm(client, match, old_index, new_index)
    match.move(new_index, pos="last-child")
    match.refresh_from_db()
    processes("process_b")
    assert client.get(old_url, HTTP_HOST=old_host).status_code == 404
    assert old_url not in get(client, old_index).content.decode()
    assert get(client, match).status_code == 200
    assert match.title in text(get(client, new_index))


def test_a_change_of_the_translation_purges_both_languages(client, processes):
    german = a_match("de")
    english = german.get_translation(_english()).specific
    warm(client, german, english)
    english.title = "A freshly translated title"
    english.slug = "freshly-translated"
    publish(english)
    english.refresh_from_db()
    processes("process_b")
    assert "A freshly translated title" in text(get(client, english))
    # The German page links its English version (language switcher, hreflang).
    assert "freshly-translated" in get(client, german).content.decode()


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_a_library_item_change_purges_the_pages_that_show_it(client, sites, processes):
    platform = sites["platform"].hostname
    card = MethodCard.objects.filter(locale__language_code="de").order_by("pk").first()
    warm(client, "/de/methoden/", host=platform)
    assert html.unescape(card.title) in text(client.get("/de/methoden/", HTTP_HOST=platform))
    card.title = "Eine ganz neue Methode"
    card.save()
    processes("process_b")
    assert "Eine ganz neue Methode" in text(client.get("/de/methoden/", HTTP_HOST=platform))


def test_site_settings_purge_their_site(client, sites, processes):
    host = sites["meissen"].hostname
    warm(client, "/de/", host=host)
    settings_row = SiteSettings.objects.get(site=sites["meissen"])
    settings_row.display_name = "Hub Meißen mit neuem Namen"
    settings_row.save()
    processes("process_b")
    assert "Hub Meißen mit neuem Namen" in text(client.get("/de/", HTTP_HOST=host))


def test_an_image_change_purges_the_pages_that_use_it(client, sites, processes):
    page = next(
        page.specific
        for page in MatchPage.objects.live().filter(locale__language_code="de").order_by("pk")
        if getattr(page.specific, "hero_image_id", None)
    )
    warm(client, page)
    image = CMSImage.objects.get(pk=page.hero_image_id)
    image.credit = "© Neue Bildrechte 2026"
    image.save()
    processes("process_b")
    assert "© Neue Bildrechte 2026" in text(get(client, page))


def test_scheduled_publishing_purges_the_page_and_its_listing(client, processes):
    match = a_match()
    index = match.get_parent().specific
    warm(client, match, index)
    match.title = "Zur geplanten Zeit veröffentlicht"
    match.go_live_at = timezone.now() + timedelta(hours=1)
    revision = match.save_revision()
    revision.publish()  # scheduled: the live page is unchanged until the time comes
    processes("process_b")
    assert "Zur geplanten Zeit veröffentlicht" not in text(get(client, match))
    processes("process_a")
    # The time comes: the revision (and the go-live date it carries) are due.
    due = timezone.now() - timedelta(minutes=1)
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = due.isoformat()
    revision.approved_go_live_at = due
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    match.refresh_from_db()
    assert match.title == "Zur geplanten Zeit veröffentlicht" and match.live_revision_id == revision.pk
    processes("process_b")
    assert "Zur geplanten Zeit veröffentlicht" in text(get(client, match))
    assert "Zur geplanten Zeit veröffentlicht" in text(get(client, index))


def test_a_hub_page_change_leaves_another_hubs_pages_cached(client, sites, processes):
    """Exactness: a change on one hub purges that hub, the platform (its gallery shows every
    hub's matches) and the API, not the other hubs."""
    match = MatchPage.objects.live().filter(locale__language_code="de").order_by("pk").first().specific
    own_site = match.get_site()
    other = next(site for key, site in sites.items() if key != "platform" and site.pk != own_site.pk)
    warm(client, "/de/", host=other.hostname)
    warm(client, match)
    match.title = "Nur dieser Hub ändert sich"
    publish(match)
    processes("process_b")
    assert get(client, "/de/", host=other.hostname)["X-Cache"] == "hit"
    fresh = get(client, match)
    assert fresh["X-Cache"] == "miss" and "Nur dieser Hub ändert sich" in text(fresh)


# --- another process: a second cache client on the same Redis --------------------------------


def test_a_purge_reaches_another_process_on_the_same_redis(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "process_a": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS},
        "process_b": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS},
    }
    caches["process_a"].clear()
    try:
        match = a_match()
        settings.PAGE_CACHE_ALIAS = "process_a"
        assert get(client, match)["X-Cache"] == "miss"
        settings.PAGE_CACHE_ALIAS = "process_b"
        assert get(client, match)["X-Cache"] == "hit"  # stored by the other client
        settings.PAGE_CACHE_ALIAS = "process_a"
        match.title = "In einem Prozess geändert"
        publish(match)
        settings.PAGE_CACHE_ALIAS = "process_b"
        fresh = get(client, match)
        assert fresh["X-Cache"] == "miss"
        assert "In einem Prozess geändert" in text(fresh)
    finally:
        caches["process_a"].clear()


# --- the API ------------------------------------------------------------------------------


def test_the_api_answers_anonymous_gets_from_the_cache_with_etag_and_purge(client, sites):
    host = sites["meissen"].hostname
    url = "/api/v2/pages/?type=hubs.MatchPage&locale=de&fields=title&limit=50"
    first = client.get(url, HTTP_HOST=host)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    second = client.get(url, HTTP_HOST=host)
    assert second["X-Cache"] == "hit" and second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"].startswith("public")
    assert client.get(url, HTTP_HOST=host, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    match = a_match()
    match.title = "Über die API frisch"
    publish(match)
    fresh = client.get(url, HTTP_HOST=host)
    assert fresh["X-Cache"] == "miss"
    assert "Über die API frisch" in fresh.content.decode()
    assert fresh["ETag"] != first["ETag"]
