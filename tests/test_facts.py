"""The demo agrees with the project's published facts (/work/shared/FACTS.md, issue 11).

Most checks render the sites through the test client and search the HTML a visitor gets, in
German and English, not only the database."""

import datetime
import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from cms.core.models import CMSImage, DemoRecord
from cms.core.sites import site_for_key
from cms.library.models import InnovationSpace, Partner, PartnerKind, Person
from cms.library.models import Testimonial as Quote
from sites.hubs.models import EventKind, EventPage, MatchPage
from sites.platform.models import HowToGuidePage, InterviewKind, InterviewPage

pytestmark = pytest.mark.django_db

SITE_KEYS = ("platform", "meissen", "lausitz", "erzgebirge")
HUBS = ("meissen", "lausitz", "erzgebirge")

LEAD_QUOTES = [
    "CIMIS II hat eindrucksvoll gezeigt, was möglich ist, wenn Kreativschaffende und mittelständische "
    "Unternehmen sich auf Augenhöhe begegnen und gemeinsam an realen Herausforderungen tüfteln.",
    "Wenn kreative Ideen auf reale Herausforderungen treffen und Menschen aus unterschiedlichen Welten "
    "miteinander ins Arbeiten kommen, entsteht nicht nur Innovation – sondern gegenseitiges Verständnis "
    "und Zukunft.",
]
PARTNERS = ["WIR GESTALTEN DRESDEN", "Kreativ Kreis Meißen e.V.", "Kreative Lausitz", "Kreatives Erzgebirge"]
PHOTOGRAPHER = "David Ohl"
VIDEO_TITLE = {
    "de": "Zwei Minuten Cross Innovation – Das war CIMIS II",
    "en": "Two minutes of cross innovation – that was CIMIS II",
}

# Places in Brandenburg's (Lower) Lusatia: the Lausitz hub is the Saxon Lausitz.
BRANDENBURG = re.compile(
    r"Cottbus|\bBurg\b|Spreewald|Senftenberg|Brandenburg|Lübbenau|Lübben|Guben|Spremberg|"
    r"Finsterwalde|Forst \(Lausitz\)|Calau|Luckau|Elbe-Elster|Welzow|Großräschen|Lauchhammer"
)
NUMBER = (
    r"\d{1,3}|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
# "<number> [word] Matches/Tandems": a count of matches stated in the text.
MATCH_COUNT = re.compile(
    rf"\b({NUMBER})\s+(?:(?!the\b|die\b|der\b|den\b)[\w-]+\s+)?(?:matches|tandems)\b", re.IGNORECASE
)


def text_of(soup) -> str:
    return " ".join(soup.get_text(" ").split())


def live_pages(key):
    site = site_for_key(key)
    pages = Page.objects.none()
    for root in site.root_page.get_translations(inclusive=True):
        pages |= Page.objects.descendant_of(root, inclusive=True)
    return site, pages.live().public().specific().order_by("path")


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker):
    """Every live public page of the four sites, in both languages: {(site key, url): soup}."""
    from django.test import Client

    client = Client()
    result = {}
    with django_db_blocker.unblock():
        for key in SITE_KEYS:
            site, pages = live_pages(key)
            for page in pages:
                _, _, path = page.get_url_parts()
                response = client.get(path, HTTP_HOST=site.hostname)
                assert response.status_code == 200, path
                result[(key, path)] = BeautifulSoup(response.content, "html.parser")
    return result


def page_soup(client, page):
    site = page.get_site()
    _, _, path = page.get_url_parts()
    response = client.get(path, HTTP_HOST=site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# --- matches ------------------------------------------------------------------------------


def test_no_page_states_a_match_count_other_than_28(rendered):
    assert len(rendered) > 40
    for (key, path), soup in rendered.items():
        soup = BeautifulSoup(str(soup), "html.parser")
        for status in soup.select('[role="status"]'):  # "3 matches" found by a listing's filter
            status.decompose()
        text = text_of(soup)
        assert "Zehn Matches" not in text and "Ten matches" not in text, (key, path)
        for found in MATCH_COUNT.finditer(text):
            assert found.group(1) == "28", (key, path, text[found.start() - 60 : found.end()])


def test_the_platform_states_28_matches_in_three_regions(rendered):
    platform = " ".join(text_of(soup) for (key, _), soup in rendered.items() if key == "platform")
    assert "28 Tandems" in platform or "28 Matches" in platform
    assert "28 tandems" in platform or "28 matches" in platform


def test_at_most_28_matches_and_the_demos_are_marked_as_examples(client):
    matches = MatchPage.objects.filter(locale__language_code="de")
    assert 0 < matches.count() <= 28
    if matches.count() < 28:
        assert all(match.is_example for match in matches)
    for match in MatchPage.objects.live():
        soup = page_soup(client, match)
        assert soup.select_one("article .example-badge"), match.url_path


def test_match_cards_carry_the_example_badge(rendered):
    for (key, path), soup in rendered.items():
        for card in soup.select(".cards .card"):
            link = card.select_one(".card__title a")
            if link and "/match-" in link.get("href", ""):
                assert card.select_one(".example-badge"), (key, path, link["href"])


# --- events ---------------------------------------------------------------------------------


def test_events_by_kind_and_date_and_none_to_come():
    events = EventPage.objects.live().filter(locale__language_code="de")
    by_kind = {}
    for event in events:
        by_kind.setdefault(event.kind, set()).add(
            event.start.astimezone(timezone.get_default_timezone()).date()
        )
    kick_offs = list(events.filter(kind=EventKind.KICK_OFF))
    assert len(kick_offs) == 3
    assert {event.get_site().sitesettings.key for event in kick_offs} == set(HUBS)
    assert all(
        datetime.date(2024, 10, 1) <= day <= datetime.date(2024, 11, 30) for day in by_kind["kick_off"]
    )
    assert len(by_kind[EventKind.PEER_LEARNING]) == 4
    assert len(by_kind[EventKind.EXPERT_EVENT]) == 2
    assert by_kind[EventKind.CLOSING_EVENT] == {datetime.date(2025, 4, 16)}
    assert set(by_kind) == {EventKind.KICK_OFF, EventKind.PEER_LEARNING, EventKind.EXPERT_EVENT,
                            EventKind.CLOSING_EVENT}  # fmt: skip
    first = min(day for days in by_kind.values() for day in days)
    assert first >= datetime.date(2024, 10, 1)
    now = timezone.now()
    assert not EventPage.objects.live().upcoming(now).exists()
    assert not EventPage.objects.live().exclude(registration_url="").exists()


def test_event_pages_announce_nothing_to_come(client, rendered):
    for (key, path), soup in rendered.items():
        assert "2027" not in text_of(soup), (key, path)
        assert "/anmeldung" not in str(soup), (key, path)


# --- people, partners, quotes -----------------------------------------------------------------


def test_the_project_lead_and_her_quotes_are_on_the_platform(rendered):
    platform_de = " ".join(
        text_of(soup)
        for (key, path), soup in rendered.items()
        if key == "platform" and path.startswith("/de/")
    )
    assert "Juliane Waidhas" in platform_de
    for quote in LEAD_QUOTES:
        assert quote in platform_de
    lead = Person.objects.get(name="Juliane Waidhas", locale__language_code="de")
    assert lead.organisation.name == "WIR GESTALTEN DRESDEN"
    assert not lead.is_example
    assert set(Quote.objects.filter(person=lead).values_list("quote", flat=True)) == set(LEAD_QUOTES)
    everything = " ".join(text_of(soup) for soup in rendered.values())
    assert "Martin Seidel" not in everything
    assert not Person.objects.filter(name="Martin Seidel").exists()


def test_the_partners_history_and_phases_are_stated(rendered):
    for language in ("de", "en"):
        text = " ".join(
            text_of(soup)
            for (key, path), soup in rendered.items()
            if key == "platform" and path.startswith(f"/{language}/")
        )
        for partner in PARTNERS:
            assert partner in text, (language, partner)
        assert "CIMIS I" in text and "2024" in text
        assert "16. April 2025" in text if language == "de" else "16 April 2025" in text
        assert VIDEO_TITLE[language] in text
    for key in HUBS:
        assert Partner.objects.filter(kind=PartnerKind.NETWORK_PARTNER, region=site_for_key(key)).exists()


def test_the_video_section_invents_no_address(rendered):
    for (key, path), soup in rendered.items():
        assert not soup.select("[data-embed-url], iframe"), (key, path)
        for link in soup.select("a[href]"):
            assert not re.search(r"youtu|vimeo", link["href"]), (key, path, link["href"])


# --- places -----------------------------------------------------------------------------------


def test_no_brandenburg_places_in_the_lausitz(rendered):
    lausitz = site_for_key("lausitz")
    for (key, path), soup in rendered.items():
        if key == "lausitz":
            assert not BRANDENBURG.search(text_of(soup)), (path, BRANDENBURG.search(text_of(soup)))
    for model, fields in (
        (Partner, ("name", "description")),
        (Person, ("name", "job_title", "bio")),
        (InnovationSpace, ("name", "street", "city", "description")),
    ):
        for item in model.objects.filter(region=lausitz):
            for name in fields:
                assert not BRANDENBURG.search(getattr(item, name)), (item, name)
    for testimonial in Quote.objects.all():
        if testimonial.person and testimonial.person.region_id == lausitz.pk:
            assert not BRANDENBURG.search(testimonial.quote + testimonial.author_role)


def test_invented_places_have_no_real_street_address():
    for space in InnovationSpace.objects.all():
        assert space.is_example
        assert space.street.startswith(("Musterstraße", "Beispielweg")), space
    for event in EventPage.objects.all():
        assert not re.search(r"\d", event.address), event


# --- testimonials and reports belong to their own match -----------------------------------------


def tandem_people(match):
    people = set()
    if match.creative_id:
        people.add(match.creative_id)
    if match.organisation_id:
        people.update(
            Person.objects.filter(organisation_id=match.organisation_id).values_list("pk", flat=True)
        )
    return people


def test_every_testimonial_on_a_match_is_by_its_own_tandem(client):
    shown = 0
    for match in MatchPage.objects.live():
        soup = page_soup(client, match)
        figure = soup.select_one(".testimonial")
        if match.testimonial_id is None:
            assert figure is None
            continue
        assert match.testimonial.person_id in tandem_people(match), match.url_path
        author = figure.select_one(".testimonial__author cite").get_text(strip=True)
        assert author == match.testimonial.person.name
        shown += 1
    assert shown >= 6  # three matches with a testimonial, in two languages


def test_a_match_refuses_the_testimonial_of_another_tandem():
    match = MatchPage.objects.filter(locale__language_code="de", testimonial__isnull=False).first()
    other = Quote.objects.filter(locale=match.locale).exclude(person_id__in=tandem_people(match)).first()
    match.testimonial = other
    with pytest.raises(ValidationError) as error:
        match.full_clean()
    assert "testimonial" in error.value.message_dict


def test_a_match_does_not_show_a_foreign_testimonial_saved_earlier(client):
    match = MatchPage.objects.filter(locale__language_code="de", testimonial__isnull=False).first()
    other = Quote.objects.filter(locale=match.locale).exclude(person_id__in=tandem_people(match)).first()
    MatchPage.objects.filter(pk=match.pk).update(testimonial=other)  # as data from before the check
    match.refresh_from_db()
    cache.clear()  # the page cache (cms.core.page_cache) knows nothing of the update
    article = text_of(page_soup(client, match).select_one("article"))
    assert " ".join(other.quote.split()) not in article
    assert not page_soup(client, match).select(".testimonial")


def test_every_report_on_a_match_is_by_its_own_tandem(client):
    reports = InterviewPage.objects.live().filter(match__isnull=False)
    assert reports.exists()
    for report in reports:
        match = report.match.specific
        assert report.person_id in tandem_people(match), report.url_path
        assert report.person.name in text_of(page_soup(client, report).select_one("article"))


# --- example markers and credits ----------------------------------------------------------------


def test_invented_people_and_organisations_are_marked_as_examples(client):
    real_people = {"Juliane Waidhas"}
    for person in Person.objects.all():
        assert person.is_example == (person.name not in real_people), person
    for partner in Partner.objects.all():
        real = partner.kind in (PartnerKind.NETWORK_PARTNER, PartnerKind.FUNDER)
        assert partner.is_example == (not real), partner
    response = client.get("/api/v2/people/?fields=is_example&limit=50", HTTP_HOST="lernplattform.localhost")
    assert response.status_code == 200
    flags = {item["name"]: item["is_example"] for item in response.json()["items"]}
    assert flags["Juliane Waidhas"] is False
    assert flags and sum(flags.values()) == len(flags) - 1
    response = client.get("/api/v2/partners/?is_example=false&limit=50", HTTP_HOST="lernplattform.localhost")
    assert {item["name"] for item in response.json()["items"]} >= set(PARTNERS)


def test_generated_graphics_are_credited_as_demo_graphics(rendered):
    images = CMSImage.objects.filter(
        pk__in=[int(record.object_id) for record in DemoRecord.objects.filter(content_type__model="cmsimage")]
    )
    assert images.count() > 20
    for image in images:
        assert PHOTOGRAPHER not in image.credit
        assert image.credit.startswith("Demo-Grafik"), image.title
    for (key, path), soup in rendered.items():
        for credit in soup.select(".credited-image__credit"):
            assert PHOTOGRAPHER not in credit.get_text(), (key, path)


# --- guides and interviews ------------------------------------------------------------------------


def test_guides_and_interviews_have_structure_and_their_own_texts(client, locale_en):
    guides = list(HowToGuidePage.objects.live().filter(locale__language_code="de"))
    stories = list(InterviewPage.objects.live().filter(locale__language_code="de"))
    assert len(guides) >= 2 and len(stories) >= 2
    assert {story.kind for story in stories} == {InterviewKind.INTERVIEW, InterviewKind.EXPERIENCE_REPORT}
    intros = [page.intro for page in guides + stories]
    assert len(set(intros)) == len(intros)
    for page in guides + stories:
        english = page.get_translation(locale_en)
        assert english.live and english.intro != page.intro
        for version in (page, english):
            article = page_soup(client, version).select_one("article")
            headings = article.select("h2, h3")
            assert len(headings) >= 4, version.url_path
            assert len(text_of(article).split()) > 250, version.url_path
    for guide in guides:
        assert len(guide.steps) >= 3
    interview = next(story for story in stories if story.kind == InterviewKind.INTERVIEW)
    questions = [h.get_text() for h in page_soup(client, interview).select("article h2, article summary")]
    assert sum(q.strip().endswith("?") for q in questions) >= 4


def test_a_video_block_without_an_address_renders_a_note_not_a_broken_player():
    from cms.core.blocks import VideoBlock

    block = VideoBlock()
    html = block.render(
        block.to_python({"url": "", "title": "Zwei Minuten Cross Innovation", "transcript": ""})
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("figcaption").get_text() == "Zwei Minuten Cross Innovation"
    assert not soup.select("[data-embed-url], [data-video-consent-button], iframe")
    assert "None" not in html
