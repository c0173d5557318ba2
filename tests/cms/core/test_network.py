"""The CIMIS network: every site links to the other three in the visitor's language, the
platform home presents all three hubs, the English pages carry the English site names, and
the language switcher and filters behave on lists and search."""

from django.db import connection, reset_queries
from django.utils import translation

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from cms.core.models import SiteSettings
from cms.core.sites import configured_sites
from sites.hubs.models import MatchPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("de", "en")
#: Queries of the platform home, measured (2026-11-29) with the page cache off: the chrome
#: (site, menus, switcher, legal links: more lookups in English), the network (2), the hubs'
#: matches (1 per hub) and their images (1), the top tools.
HOME_QUERIES = {"de": 39, "en": 44}


@pytest.fixture
def uncached(settings):
    """Every request rendered: the page cache (cms.core.page_cache) would answer the second."""
    settings.PAGE_CACHE_SECONDS = 0
    return settings


def soup_of(client, url, host):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def home_url(site, language):
    root = Page.objects.get(translation_key=site.root_page.translation_key, locale__language_code=language)
    return root.get_full_url()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_site_links_to_the_other_three_homes_in_the_same_language(client, sites, language):
    for key, site in sites.items():
        soup = soup_of(client, f"/{language}/", site.hostname)
        links = soup.select(".site-network a")
        expected = {home_url(other, language) for other_key, other in sites.items() if other_key != key}
        assert {a["href"] for a in links} == expected, key
        with translation.override(language):
            names = {
                SiteSettings.for_site(other).localized_display_name for k, other in sites.items() if k != key
            }
        assert {a.get_text(strip=True) for a in links} == names
        for link in links:
            host = link["href"].split("/")[2]
            path = "/" + link["href"].split("/", 3)[3]
            target = soup_of(client, path, host)
            assert target.html["lang"] == language


def test_network_links_also_on_inner_pages_and_follow_the_site_records(client, sites):
    """Sites differ by data: a renamed site shows its new name in the others' footers."""
    settings_row = SiteSettings.for_site(sites["lausitz"])
    settings_row.display_name = "Hub Oberlausitz"
    settings_row.display_name_en = "Upper Lusatia hub"
    settings_row.save()
    soup = soup_of(client, "/de/impressum/", "meissen.localhost")
    assert "Hub Oberlausitz" in [a.get_text(strip=True) for a in soup.select(".site-network a")]
    soup = soup_of(client, "/en/imprint/", "meissen.localhost")
    assert "Upper Lusatia hub" in [a.get_text(strip=True) for a in soup.select(".site-network a")]


def test_english_pages_carry_the_english_site_name(client):
    soup = soup_of(client, "/en/", "lernplattform.localhost")
    assert soup.select_one(".site-header__brand").get_text(strip=True) == "CIMIS Learning Platform"
    assert "Lernplattform" not in soup.title.get_text()
    assert "Lernplattform" not in soup.select_one("header.site-header").get_text()
    assert "Lernplattform" not in soup.select_one("footer.site-footer").get_text()
    soup = soup_of(client, "/en/imprint/", "lernplattform.localhost")
    assert soup.title.get_text().endswith("CIMIS Learning Platform")
    german = soup_of(client, "/de/", "lernplattform.localhost")
    assert german.select_one(".site-header__brand").get_text(strip=True) == "CIMIS Lernplattform"


def test_configured_english_names_reach_the_site_settings(sites):
    for config in configured_sites():
        row = SiteSettings.objects.get(key=config.key)
        assert row.display_name_en == config.name_en


@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_home_presents_all_three_hubs_with_their_latest_matches(
    client, sites, language, django_assert_max_num_queries, uncached
):
    client.get(f"/{language}/", HTTP_HOST="lernplattform.localhost")  # renditions made once
    # The demo filled the connection's query log; Django clears it when a request starts,
    # which would leave pytest-django's count at zero unless it starts empty.
    reset_queries()
    with django_assert_max_num_queries(HOME_QUERIES[language]):
        response = client.get(f"/{language}/", HTTP_HOST="lernplattform.localhost")
    soup = BeautifulSoup(response.content, "html.parser")
    hubs = soup.select(".hub-overview")
    assert len(hubs) == 3
    for key in ("meissen", "lausitz", "erzgebirge"):
        site = sites[key]
        section = soup.select_one(f'.hub-overview[data-site="{key}"]')
        assert section is not None, key
        assert section.select_one("h3 a")["href"] == home_url(site, language)
        roots = site.root_page.get_translations(inclusive=True)
        matches = MatchPage.objects.live().filter(locale__language_code=language).in_region(site)
        assert roots and matches.exists()
        hrefs = [a["href"] for a in section.select(".hub-overview__matches a")]
        assert hrefs, key
        expected = {m.get_full_url() for m in matches}
        assert set(hrefs) <= expected
        assert all(href.startswith(f"http://{site.hostname}/{language}/") for href in hrefs)


def count_queries(client, url, host) -> int:
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert client.get(url, HTTP_HOST=host).status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_home_queries_do_not_grow_with_the_matches(client, sites, language, uncached):
    """Per hub one query for its matches: more matches do not mean more queries."""
    client.get(f"/{language}/", HTTP_HOST="lernplattform.localhost")
    before = count_queries(client, f"/{language}/", "lernplattform.localhost")
    for key in ("meissen", "lausitz", "erzgebirge"):
        for match in MatchPage.objects.live().filter(locale__language_code=language).in_region(sites[key]):
            match.copy(update_attrs={"slug": f"{match.slug}-2", "title": f"{match.title} II"}, keep_live=True)
    client.get(f"/{language}/", HTTP_HOST="lernplattform.localhost")  # new renditions made once
    assert count_queries(client, f"/{language}/", "lernplattform.localhost") == before


def test_match_pages_link_to_the_gallery_on_the_platform(client, sites):
    match = MatchPage.objects.live().filter(locale__language_code="en").in_region(sites["meissen"]).first()
    soup = soup_of(client, match.url, "meissen.localhost")
    link = soup.select_one("a.gallery-link")
    assert link is not None
    assert link["href"].startswith("http://lernplattform.localhost/en/")
    target = client.get("/" + link["href"].split("/", 3)[3], HTTP_HOST="lernplattform.localhost")
    assert target.status_code == 200
    assert b"prototype-gallery" in target.content or b'name="region"' in target.content


# --- Language switch keeps the search; empty filter results say how to reset -------------


def test_switching_language_on_search_results_keeps_the_query(client):
    soup = soup_of(client, "/de/suche/?q=Prototyp", "lernplattform.localhost")
    target = soup.select_one('.language-switcher a[hreflang="en"]')["href"]
    path, _sep, query = target.partition("?")
    assert path == "/en/search/"
    assert query == "q=Prototyp"
    english = soup_of(client, target, "lernplattform.localhost")
    assert english.html["lang"] == "en"
    assert english.select_one("#search-q")["value"] == "Prototyp"
    back = english.select_one('.language-switcher a[hreflang="de"]')["href"]
    assert back == "/de/suche/?q=Prototyp"


TOOL_FILTERS = "category=image&pricing=paid&data_location=eu&gdpr_compliant=no"
EMPTY_RESULTS = [
    ("/de/prototypen/?region=meissen&category=other", "/de/prototypen/", "Reset the filters"),
    ("/en/prototypes/?region=meissen&category=other", "/en/prototypes/", "Reset the filters"),
    (f"/de/ki-werkzeuge/?{TOOL_FILTERS}", "/de/ki-werkzeuge/", "Reset the filters"),
    (f"/en/ai-tools/?{TOOL_FILTERS}", "/en/ai-tools/", "Reset the filters"),
    ("/de/suche/?q=Zzyzxquorb", "/de/suche/", "New search"),
    ("/en/search/?q=Zzyzxquorb", "/en/search/", "New search"),
]


def translated(language, msgid):
    """The interface string in a language (German comes with the merged catalogue)."""
    with translation.override(language):
        return translation.gettext(msgid)


@pytest.mark.parametrize(("url", "reset", "label"), EMPTY_RESULTS)
def test_empty_results_say_how_to_reset(client, url, reset, label):
    soup = soup_of(client, url, "lernplattform.localhost")
    message = soup.select_one(".empty-results")
    assert message is not None, url
    link = message.select_one("a")
    assert link["href"] == reset
    assert link.get_text(strip=True) == translated(url[1:3], label)
    assert client.get(reset, HTTP_HOST="lernplattform.localhost").status_code == 200


@pytest.mark.parametrize("url", ["/de/prototypen/", "/en/ai-tools/", "/de/suche/?q=Prototyp", "/en/methods/"])
def test_results_have_no_reset_message(client, url):
    assert soup_of(client, url, "lernplattform.localhost").select(".empty-results") == []


@pytest.mark.parametrize(("language", "path"), [("de", "/de/methoden/"), ("en", "/en/methods/")])
def test_an_empty_phase_of_the_method_library_says_how_to_reset(client, language, path):
    from cms.library.models import MethodCard

    MethodCard.objects.filter(phase="test").update(live=False)
    soup = soup_of(client, f"{path}?phase=test", "lernplattform.localhost")
    link = soup.select_one(".empty-results a")
    assert link["href"] == path
    assert link.get_text(strip=True) == translated(language, "Show all phases")


def test_an_empty_category_of_a_hubs_matches_says_how_to_reset(client, sites):
    categories = set(MatchPage.objects.live().in_region(sites["lausitz"]).values_list("category", flat=True))
    empty = next(
        value
        for value in ("online_shop", "digitised_process", "website", "social_media", "other")
        if value not in categories
    )
    soup = soup_of(client, f"/en/matches/?category={empty}", "lausitz.localhost")
    link = soup.select_one(".empty-results a")
    assert link["href"] == "/en/matches/"
    assert link.get_text(strip=True) == "Reset the filters"
    assert soup_of(client, "/en/matches/", "lausitz.localhost").select(".empty-results") == []
