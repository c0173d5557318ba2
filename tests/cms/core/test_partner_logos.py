"""Partner logos are images whose alt text is the organisation's name, not typed names; card
grids grow their cards to fill each row."""

import re
from pathlib import Path

from django.conf import settings

import pytest
from bs4 import BeautifulSoup

from cms.library.models import Partner

pytestmark = pytest.mark.django_db


def soup_of(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(("language", "path"), [("de", "/de/"), ("en", "/en/")])
def test_the_hub_home_shows_partner_logos_as_images_named_by_their_alt_text(client, sites, language, path):
    site = sites["meissen"]
    soup = soup_of(client, site.hostname, path)
    items = soup.select("ul.partners > li")
    with_logo = set(
        Partner.objects.live()
        .filter(locale__language_code=language)
        .exclude(logo=None)
        .values_list("name", flat=True)
    )
    alts = []
    for item in items:
        image = item.select_one("img")
        if image is None:
            assert item.get_text(" ", strip=True) not in with_logo, "a typed name instead of its logo"
            continue
        assert image["alt"] in with_logo, "the logo's alt text is the organisation's name"
        assert item.select_one("a img") or not item.select_one("a"), "the link wraps the logo"
        alts.append(image["alt"])
    assert "Kreativ Kreis Meißen e.V." in alts
    assert "WIR GESTALTEN DRESDEN" in alts


def test_a_partner_without_a_logo_keeps_its_name_as_text(client, sites):
    partner = Partner.objects.get(locale__language_code="de", name="Kreativ Kreis Meißen e.V.")
    partner.logo = None
    partner.save_revision().publish()
    soup = soup_of(client, sites["meissen"].hostname, "/de/")
    texts = [
        li.get_text(" ", strip=True) for li in soup.select("ul.partners > li") if not li.select_one("img")
    ]
    assert any("Kreativ Kreis Meißen e.V." in text for text in texts)


def test_the_footer_logos_are_images_with_the_organisations_name_as_alt(client, sites):
    soup = soup_of(client, sites["platform"].hostname, "/de/")
    logos = soup.select(".site-footer__logos img")
    assert logos
    assert all(image.get("alt", "").strip() for image in logos)
    assert "WIR GESTALTEN DRESDEN" in [image["alt"] for image in logos]


def css_rule(selector: str) -> str:
    css = (Path(settings.BASE_DIR) / "cms/core/static/core/css/main.css").read_text()
    match = re.search(rf"(?m)^{re.escape(selector)}\s*\{{([^}}]*)\}}", css)
    assert match, selector
    return match.group(1)


@pytest.mark.parametrize("grid", [".cards", ".gallery"])
def test_card_grids_grow_their_items_to_fill_the_row(grid):
    """auto-fill tracks leave a short last row as narrow columns beside empty space; wrapping
    items that grow (flex: 1 1 <basis>) fill every row at every width, and the basis never
    exceeds the container (min(…, 100%)), so nothing overflows on a narrow screen."""
    container = css_rule(grid)
    assert "auto-fill" not in container
    assert "flex-wrap: wrap" in container
    items = css_rule(f"{grid} > *")
    assert re.search(r"flex:\s*1 1 min\(\d+(\.\d+)?rem, 100%\)", items)
