"""The legal pages: the imprint is made from the site settings and shows a placeholder for every
missing required detail (and the admin warns); no name ending in a dot gets a second one; the
privacy policy covers what the software really does, in German and English."""

from urllib.parse import urlparse

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from cms.core.imprint import LABELS, PLACEHOLDERS, missing_details
from cms.core.models import SiteSettings
from cms.core.roles import group_name

pytestmark = pytest.mark.django_db


def fetch(client, page):
    _site_id, root_url, path = page.get_url_parts()
    return client.get(path, HTTP_HOST=urlparse(root_url).hostname)


def legal_page(site, kind, language="de"):
    page = getattr(SiteSettings.for_site(site), f"{kind}_page")
    return page if language == "de" else page.get_translation(Locale.objects.get(language_code=language))


def text_of(response) -> str:
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ").split())


def in_german(message) -> str:
    with translation.override("de"):
        return str(message)


def test_the_demo_imprint_shows_a_placeholder_for_each_missing_detail(client, sites):
    """The demo has no address, representative or register entry of the real partners (they
    are not published in FACTS.md), so the placeholders show, never a silent gap."""
    site_settings = SiteSettings.for_site(sites["meissen"])
    assert site_settings.partner_name == "Kreativ Kreis Meißen e.V."
    assert set(missing_details(site_settings)) >= {"contact_address", "representative", "register"}

    german = fetch(client, legal_page(sites["meissen"], "imprint"))
    soup = BeautifulSoup(german.content, "html.parser")
    shown = [" ".join(span.get_text().split()) for span in soup.select(".legal-missing")]
    assert in_german(PLACEHOLDERS["contact_address"]) in shown
    assert in_german(PLACEHOLDERS["representative"]) in shown
    assert in_german(PLACEHOLDERS["register"]) in shown
    assert len(shown) == len(missing_details(site_settings))

    english = text_of(fetch(client, legal_page(sites["meissen"], "imprint", "en")))
    assert "[Address missing – please add it in the site settings]" in english
    assert "[Register entry missing – please add it in the site settings]" in english


def test_a_complete_imprint_shows_every_detail_and_no_placeholder(client, sites):
    site_settings = SiteSettings.for_site(sites["lausitz"])
    site_settings.partner_name = "Beispielverein Lausitz e.V."
    site_settings.contact_address = "Beispielstraße 1\n02625 Bautzen"
    site_settings.representative = "Erika Beispiel (Vorsitzende)"
    site_settings.register_kind = "association"
    site_settings.register_court = "Amtsgericht Dresden"
    site_settings.register_number = "VR 9999"
    site_settings.contact_email = "kontakt@beispiel.example"
    site_settings.contact_phone = "+49 3591 000000"
    site_settings.content_responsible = "Erika Beispiel, Beispielstraße 1, 02625 Bautzen"
    site_settings.save()
    assert missing_details(site_settings) == []

    response = fetch(client, legal_page(sites["lausitz"], "imprint"))
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.select(".legal-missing")
    text = text_of(response)
    for value in (
        "Beispielverein Lausitz e.V.",
        "Beispielstraße 1",
        "02625 Bautzen",
        "Erika Beispiel (Vorsitzende)",
        "Amtsgericht Dresden",
        "VR 9999",
        "kontakt@beispiel.example",
        "+49 3591 000000",
    ):
        assert value in text
    assert soup.select_one('a[href="mailto:kontakt@beispiel.example"]')
    assert "e.V.." not in text


def test_a_registered_association_needs_its_register_entry():
    settings = SiteSettings(
        partner_name="Kreativ Kreis Meißen e. V.",
        contact_address="x",
        representative="x",
        contact_email="a@b.example",
        content_responsible="x",
    )
    assert missing_details(settings) == ["register"]
    settings.register_kind, settings.register_court = "association", "Amtsgericht Dresden"
    assert missing_details(settings) == ["register"], "the number is missing"
    settings.register_number = "VR 1"
    assert missing_details(settings) == []
    settings.partner_name = "Kreative Lausitz"
    settings.register_kind = settings.register_court = settings.register_number = ""
    assert missing_details(settings) == [], "not an e.V.: no register entry needed"


@pytest.mark.parametrize("kind", ["imprint", "privacy", "accessibility"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_legal_page_ends_a_name_with_two_dots(client, sites, kind, language):
    for site in sites.values():
        text = text_of(fetch(client, legal_page(site, kind, language)))
        assert "e.V.." not in text and "e. V.." not in text


@pytest.mark.parametrize(
    ("language", "sections"),
    [
        (
            "de",
            [
                "Kontaktformular:",
                "Name",
                "E-Mail-Adresse",
                "sobald Ihr Anliegen erledigt ist",
                "per E-Mail",
                "Hashwert",
                "HMAC",
                "OpenStreetMap",
                "erst, wenn Sie dem ausdrücklich zustimmen",
                "Videos:",
                "Server-Protokolle:",
                "Cookies:",
                "Sitzungs-Cookie",
                "CSRF",
            ],
        ),
        (
            "en",
            [
                "Contact form:",
                "your e-mail address",
                "once your request has been dealt with",
                "by e-mail",
                "hash",
                "HMAC",
                "OpenStreetMap",
                "only once you expressly agree",
                "Videos:",
                "Server logs:",
                "Cookies:",
                "session cookie",
                "CSRF",
            ],
        ),
    ],
)
def test_the_privacy_policy_covers_the_contact_form_map_video_logs_and_cookies(
    client, sites, language, sections
):
    text = text_of(fetch(client, legal_page(sites["meissen"], "privacy", language)))
    for section in sections:
        assert section in text, section
    assert "Kreativ Kreis Meißen e.V." in text


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("juristin", "j@example.org", "x"))
    return client


def test_the_site_settings_imprint_tab_lists_the_missing_details(superuser_client, sites):
    site = sites["meissen"]
    response = superuser_client.get(reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    warning = soup.select_one("[data-imprint-missing]")
    assert warning is not None
    items = [li.get_text(strip=True) for li in warning.select("li")]
    assert len(items) == len(missing_details(SiteSettings.for_site(site)))
    with translation.override(response.get("Content-Language") or "de"):
        assert str(LABELS["contact_address"]) in items


def test_the_dashboard_warns_the_sites_moderators_of_an_incomplete_imprint(client, sites):
    user = get_user_model().objects.create_user("moderatorin", "m@example.org", "x")
    user.groups.add(Group.objects.get(name=group_name("meissen", "moderators")))
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("#cimis-incomplete-imprints-section")
    assert panel is not None
    links = [a["href"] for a in panel.select("a[href]")]
    own = reverse("wagtailsettings:edit", args=["core", "sitesettings", sites["meissen"].pk])
    other = reverse("wagtailsettings:edit", args=["core", "sitesettings", sites["lausitz"].pk])
    assert own in links
    assert other not in links, "only the sites whose settings the user may change"


def test_no_dashboard_warning_once_every_imprint_is_complete(superuser_client):
    SiteSettings.objects.update(
        partner_name="Beispiel",
        contact_address="Beispielstraße 1, 01067 Dresden",
        representative="Erika Beispiel",
        contact_email="a@beispiel.example",
        content_responsible="Erika Beispiel",
        register_kind="",
    )
    response = superuser_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert b"cimis-incomplete-imprints" not in response.content
