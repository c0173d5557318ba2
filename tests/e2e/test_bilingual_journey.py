"""The editors' bilingual loop, in the browser, as the Meißen hub works every day:

1. ``meissen-editor`` creates a news item with a newly uploaded image (alt text and credit),
   translates it into English (DeepL, here a local stand-in, pre-fills; the English address
   follows the English title) and submits both languages for review;
2. ``meissen`` approves both from the dashboard;
3. a visitor reads both languages, each at its own translated address.

Every click and every field the editor fills is counted, and the count is printed: the
target is 20 or fewer (it took about 37, without ever finishing the English, before the hub
dashboard, the review of translations and the one-click translation existed)."""

import re

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from sites.hubs.models import NewsPage
from tests.standins import deepl_standin

from .conftest import screenshot
from .test_editor import refuse_outside_requests

TITLE_DE = "Neue Tandems im Landkreis Meißen gesucht"
TITLE_EN = "New tandems wanted in the district of Meissen"
INTRO_DE = "Kreative und Unternehmen aus dem Landkreis Meißen finden im Hub zueinander."
INTRO_EN = "Creatives and companies from the district of Meissen find each other in the hub."
ALT_DE = "Zwei Menschen planen an einer Werkbank ihr Tandem"
CREDIT = "© CIMIS Hub Meißen // Lea Hoffmann"
TARGET = 20


class Counted:
    """The editor's hands: every click and every field filled goes through here and is counted
    (keyboard-free: what a mouse user does)."""

    def __init__(self, page):
        self.page = page
        self.steps: list[str] = []

    def click(self, locator, what: str):
        locator.click()
        self.steps.append(f"click {what}")

    def fill(self, locator, value: str, what: str):
        locator.fill(value)
        self.steps.append(f"fill {what}")

    def choose_file(self, locator, path, what: str):
        locator.set_input_files(path)
        self.steps.append(f"choose file {what}")

    def __len__(self):
        return len(self.steps)


def sign_in(hands: Counted, url: str, username: str):
    page = hands.page
    page.goto(url)
    hands.fill(page.locator("#id_username"), username, "user name")
    hands.fill(page.locator("#id_password"), username, "password")
    hands.click(page.get_by_role("button", name="Anmelden"), "sign in")
    expect(page).to_have_url(url)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "tandem-werkbank.jpg"
    image = Image.new("RGB", (1200, 800), (34, 85, 150))
    ImageDraw.Draw(image).ellipse((300, 200, 900, 600), fill=(240, 180, 40))
    image.save(path, quality=85)
    return path


@pytest.mark.mutates_content
@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_editor_creates_translates_and_submits_moderator_approves_visitor_reads_both(
    settings, new_page, site_url, viewport, photo
):
    settings.DEBUG = True  # the demo accounts sign in only with DEBUG on
    glossary = {TITLE_DE: TITLE_EN, INTRO_DE: INTRO_EN}
    with deepl_standin(settings, glossary) as deepl:
        editor = Counted(new_page())
        page = editor.page
        outside = refuse_outside_requests(page)
        sign_in(editor, site_url("meissen", "/admin/"), "meissen-editor")

        # 1. A news item with a newly uploaded image, straight from the dashboard.
        editor.click(page.get_by_role("link", name=re.compile(r"Meldung anlegen")), "create a news item")
        editor.fill(page.get_by_role("textbox", name="Titel*"), TITLE_DE, "title")
        editor.fill(page.get_by_role("textbox", name="Einleitung"), INTRO_DE, "intro")
        editor.click(page.get_by_role("button", name="Bild auswählen"), "choose an image")
        chooser = page.locator(".modal")
        editor.click(chooser.get_by_role("tab", name="Hochladen"), "upload tab")
        editor.choose_file(chooser.get_by_label("Datei*"), photo, "the photo")
        # Wagtail names the image after its file, a moment after the file is chosen.
        expect(chooser.get_by_label("Titel*")).to_have_value("tandem-werkbank")
        editor.fill(chooser.get_by_label("Alternativtext (Deutsch)"), ALT_DE, "alt text")
        editor.fill(chooser.get_by_label("Bildnachweis (Urheberangabe)"), CREDIT, "credit")
        editor.click(chooser.get_by_role("button", name="Hochladen"), "upload")
        expect(page.get_by_text("tandem-werkbank")).to_be_visible(timeout=20_000)
        editor.click(
            page.get_by_role("navigation", name="Aktionen (Fußzeile)").get_by_role(
                "button", name="Mehr Aktionen"
            ),
            "more actions",
        )
        expect(page.get_by_role("button", name="Veröffentlichen")).to_have_count(0)  # editors may not
        editor.click(page.locator("button[name='action-submit']"), "submit for review")
        expect(page.locator(".messages")).to_contain_text("zur Moderation eingereicht")

        # 2. The English version: the dashboard says it is missing and makes it in one click.
        editor.click(page.get_by_role("link", name="Dashboard"), "dashboard")
        backlog = page.locator("section", has_text="Englisch fehlt oder ist veraltet")
        row = backlog.get_by_role("row", name=re.compile(TITLE_DE))
        expect(row).to_contain_text("Englisch")
        screenshot(page, viewport, "admin-dashboard-editor")
        editor.click(row.get_by_role("button", name="Übersetzen"), "translate")
        expect(
            page.get_by_text("Deutsch → Englisch").or_(page.get_by_text("Deutsch ➔ Englisch"))
        ).not_to_have_count(0)
        editor.click(page.get_by_role("button", name="Übersetzen mit DeepL"), "translate with DeepL")
        expect(page.get_by_text(TITLE_EN).first).to_be_visible()
        # Publishing, deleting, stopping the sync: not for an editor. Review is the way.
        expect(page.get_by_role("button", name="Löschen")).to_have_count(0)
        expect(page.get_by_role("button", name=re.compile("Veröffentlichen"))).to_have_count(0)
        screenshot(page, viewport, "admin-translation-editor")
        editor.click(
            page.get_by_role("button", name="Zur Prüfung einreichen"), "submit the English for review"
        )
        expect(page.locator(".messages")).to_contain_text("zur Prüfung eingereicht")
        assert len(deepl.requests) == 1

    german = NewsPage.objects.get(title=TITLE_DE, locale__language_code="de")
    english = NewsPage.objects.get(translation_key=german.translation_key, locale__language_code="en")
    assert not german.live and not english.live, "nothing goes live before the review"
    print(f"\nEditor interactions (clicks + fields filled): {len(editor)} (target {TARGET})")
    for number, step in enumerate(editor.steps, 1):
        print(f"  {number:2}. {step}")
    assert len(editor) <= TARGET, editor.steps

    # 3. The moderator approves both languages from the dashboard.
    moderator = Counted(new_page())
    moderator_outside = refuse_outside_requests(moderator.page)
    sign_in(moderator, site_url("meissen", "/admin/"), "meissen")
    awaiting = moderator.page.locator("section", has_text="Ihre Überprüfung steht aus")
    screenshot(moderator.page, viewport, "admin-dashboard-moderator")
    for title, language in ((TITLE_DE, "Deutsch"), (TITLE_EN, "Englisch")):
        row = awaiting.get_by_role("row").filter(has_text=title)
        expect(row).to_contain_text(language)
        moderator.click(row.get_by_role("button", name="Aktionen"), f"actions of the {language} version")
        moderator.click(
            row.get_by_role("button", name="Freigeben", exact=True), f"approve the {language} version"
        )
        expect(awaiting.get_by_role("row").filter(has_text=title)).to_have_count(0)
    print(f"Moderator interactions: {len(moderator)}")

    german.refresh_from_db()
    english.refresh_from_db()
    assert german.live and english.live

    # 4. A visitor reads both, each at its own address.
    german_path, english_path = (version.get_url_parts()[2] for version in (german, english))
    assert german_path.endswith("/neue-tandems-im-landkreis-meissen-gesucht/"), german_path
    assert english_path.startswith("/en/"), english_path
    assert english_path.endswith("/new-tandems-wanted-in-the-district-of-meissen/"), english_path
    visitor = new_page()
    for version, path, title, intro in (
        (german, german_path, TITLE_DE, INTRO_DE),
        (english, english_path, TITLE_EN, INTRO_EN),
    ):
        visitor.goto(site_url("meissen", path))
        expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
        expect(visitor.get_by_text(intro)).to_be_visible()
        image = visitor.locator(f'img[alt="{ALT_DE}"]')
        expect(image.first).to_be_visible()
        expect(visitor.get_by_text(CREDIT).first).to_be_visible()
        screenshot(visitor, viewport, f"news-item-{version.locale.language_code}")

    assert outside == [] and moderator_outside == [], [*outside, *moderator_outside]
