"""Every site's accessibility statement says what is tested and how to report a barrier, in
German and in English."""

import pytest
from bs4 import BeautifulSoup

from cms.core.models import SiteSettings

pytestmark = pytest.mark.django_db

STATEMENT = {
    "de": (
        "/de/barrierefreiheit/",
        [
            "BITV 2.0",
            "WCAG 2.1 (Stufe AA)",
            "axe-core",
            "auf Deutsch und auf Englisch",
            "Smartphone",
            "Tastatur",
        ],
        ["Barriere melden", "Kontaktangaben", "Durchsetzungsstelle"],
    ),
    "en": (
        "/en/accessibility/",
        ["BITV 2.0", "WCAG 2.1 (level AA)", "axe-core", "in German and in English", "phone size", "keyboard"],
        ["Report a barrier", "contact details", "Durchsetzungsstelle"],
    ),
}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("key", ["platform", "meissen", "lausitz", "erzgebirge"])
def test_accessibility_statement_says_what_is_tested_and_how_to_report_a_barrier(
    client, sites, key, language
):
    path, tested, reporting = STATEMENT[language]
    response = client.get(path, HTTP_HOST=sites[key].hostname)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ", strip=True)
    for phrase in (*tested, *reporting):
        assert phrase in text
    assert SiteSettings.objects.get(key=key).partner_name in text  # whom to write to


@pytest.mark.parametrize("language, path", [("de", "/de/barrierefreiheit/"), ("en", "/en/accessibility/")])
def test_the_statement_names_an_address_to_report_a_barrier(client, sites, language, path):
    """The hub's own contact address; a hub without one falls back to the platform's."""

    def reported_to(key):
        response = client.get(path, HTTP_HOST=sites[key].hostname)
        assert response.status_code == 200
        link = BeautifulSoup(response.content, "html.parser").select_one("main .barrier-contact a")
        return link["href"] if link else None

    meissen = SiteSettings.objects.get(key="meissen")
    platform = SiteSettings.objects.get(key="platform")
    assert meissen.contact_email and platform.contact_email != meissen.contact_email
    assert reported_to("meissen") == f"mailto:{meissen.contact_email}"

    meissen.contact_email = ""
    meissen.save()
    assert reported_to("meissen") == f"mailto:{platform.contact_email}"

    platform.contact_email = ""
    platform.save()
    assert reported_to("meissen") is None
