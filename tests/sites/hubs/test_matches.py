"""Match pages and the match index of a hub."""

import pytest
from bs4 import BeautifulSoup

from sites.hubs.models import MatchCategory, MatchIndexPage, MatchPage

pytestmark = pytest.mark.django_db


def index_of(sites, key):
    return MatchIndexPage.objects.descendant_of(sites[key].root_page).get(locale__language_code="de")


def test_each_hub_has_three_live_matches_in_both_languages(sites, locale_en):
    for key in ("meissen", "lausitz", "erzgebirge"):
        matches = MatchPage.objects.child_of(index_of(sites, key)).live()
        assert matches.count() == 3
        for match in matches:
            english = match.get_translation(locale_en)
            assert english.live and english.alias_of_id is None
            assert english.title != match.title


def test_match_page_shows_the_tandem_region_methods_tools_and_gallery(client, sites):
    match = MatchPage.objects.child_of(index_of(sites, "meissen")).get(slug="match-1")
    response = client.get(match.get_url(), HTTP_HOST="meissen.localhost")
    soup = BeautifulSoup(response.content, "html.parser")
    facts = [dd.get_text(strip=True) for dd in soup.select(".facts dd")]
    assert facts == [
        "Weingut Hausmann",
        "Lena Richter",
        "CIMIS Hub Meißen",
        str(match.get_category_display()),
    ]
    methods = [li.get_text(strip=True) for li in soup.select("#methods-used + .tags li")]
    assert methods == [m.title for m in match.methods()]
    assert len(methods) == 3
    assert soup.select("#tools-used + .tags li")
    assert soup.select_one(".gallery figcaption .credited-image__credit")


def test_english_match_names_the_english_library_items(client, sites, locale_en):
    match = (
        MatchPage.objects.child_of(index_of(sites, "lausitz")).get(slug="match-1").get_translation(locale_en)
    )
    soup = BeautifulSoup(client.get(match.get_url(), HTTP_HOST="lausitz.localhost").content, "html.parser")
    methods = [li.get_text(strip=True) for li in soup.select("#methods-used + .tags li")]
    assert "User interview" in methods
    assert all(method.locale == locale_en for method in match.specific.methods())


def test_a_method_drafted_back_to_unpublished_disappears_from_the_match(client, sites):
    match = MatchPage.objects.child_of(index_of(sites, "erzgebirge")).get(slug="match-1")
    method = match.methods()[0]
    method.unpublish()
    html = client.get(match.get_url(), HTTP_HOST="erzgebirge.localhost").content.decode()
    assert method.title not in html.split('id="methods-used"')[1].split("</section>")[0]


def test_match_index_filters_by_category(client, sites):
    index = index_of(sites, "meissen")
    response = client.get(index.get_url() + "?category=online_shop", HTTP_HOST="meissen.localhost")
    matches = list(response.context["matches_page"])
    assert [m.category for m in matches] == [MatchCategory.ONLINE_SHOP]
    everything = client.get(index.get_url(), HTTP_HOST="meissen.localhost")
    assert len(everything.context["matches_page"]) == 3


def test_unknown_category_shows_all_matches_not_an_error(client, sites):
    index = index_of(sites, "meissen")
    response = client.get(index.get_url() + "?category=%00<script>", HTTP_HOST="meissen.localhost")
    assert response.status_code == 200
    assert len(response.context["matches_page"]) == 3
