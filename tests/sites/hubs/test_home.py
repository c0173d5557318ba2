"""The hub home page: featured matches, next events, news and partners of its region."""

import pytest
from bs4 import BeautifulSoup

from sites.hubs.models import FeaturedMatch, MatchPage

pytestmark = pytest.mark.django_db


def home_soup(client, host, language="de"):
    return BeautifulSoup(client.get(f"/{language}/", HTTP_HOST=host).content, "html.parser")


def test_home_shows_its_own_matches_events_and_news(client, sites):
    soup = home_soup(client, "lausitz.localhost")
    matches = [a.get_text(strip=True) for a in soup.select("#home-matches ~ .cards .card__title a")]
    own = set(MatchPage.objects.descendant_of(sites["lausitz"].root_page).values_list("title", flat=True))
    assert matches and set(matches) <= own
    # The project is finished: the demo announces no event to come.
    assert not soup.select("#home-events ~ .cards .card__title a")
    assert soup.select_one("#home-events + p")
    assert soup.select("#home-news ~ .cards .card__title a")


def test_editors_choose_the_featured_matches(client, sites):
    home = sites["erzgebirge"].root_page.specific
    chosen = MatchPage.objects.descendant_of(home).get(slug="match-3")
    home.featured_matches = [FeaturedMatch(match=chosen)]
    home.save_revision().publish()
    soup = home_soup(client, "erzgebirge.localhost")
    assert [a.get_text(strip=True) for a in soup.select("#home-matches ~ .cards .card__title a")] == [
        chosen.title
    ]


def test_home_lists_partners_of_its_region_and_of_the_whole_project(client, sites):
    soup = home_soup(client, "meissen.localhost")
    items = {}
    for li in soup.select(".partners li"):
        badge = li.select_one(".example-badge")
        if badge:
            badge.extract()
        name = li.img["alt"] if li.img else li.get_text(strip=True)  # a logo is named by its alt text
        items[name] = badge
    partners = set(items)
    assert "Weingut Hausmann" in partners
    assert items["Weingut Hausmann"] is not None  # invented for the demo: marked as an example
    assert items["WIR GESTALTEN DRESDEN"] is None
    assert "Bäckerei Krautz" not in partners
    assert "WIR GESTALTEN DRESDEN" in partners
