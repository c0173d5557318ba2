"""The block library: every block renders; the video loads nothing before consent."""

import datetime

from wagtail.blocks import StructBlockValidationError

import pytest
from bs4 import BeautifulSoup

from cms.core.blocks import VideoBlock, blocks_for
from cms.core.blocks.media import parse_video_url
from cms.core.factories import CMSImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url, provider, video_id",
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?t=10", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
    ],
)
def test_video_addresses_are_understood_without_the_network(url, provider, video_id):
    video = parse_video_url(url)
    assert (video.provider, video.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/video.mp4",
        "https://www.youtube.com/watch?v=<script>",
        "https://vimeo.com/channels/abc",
        "",
    ],
)
def test_other_addresses_are_not_videos(url):
    assert parse_video_url(url) is None


def test_video_block_rejects_a_non_video_link():
    block = VideoBlock()
    value = block.to_python(
        {"url": "https://example.org/", "title": "Film", "poster": None, "transcript": ""}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "url" in error.value.block_errors


def render_page(client, sites, body):
    page = StandardPageFactory(parent=sites["meissen"].root_page, body=body)
    response = client.get(page.get_url(), HTTP_HOST="meissen.localhost")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("main")


def test_video_shows_a_consent_button_and_no_third_party_frame(client, sites):
    main = render_page(
        client,
        sites,
        [("video", {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Abschlussveranstaltung", "poster": None,
                    "transcript": "<p>Zusammenfassung</p>"})],
    )  # fmt: skip
    figure = main.select_one("[data-video-consent]")
    assert figure["data-embed-url"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert main.select("iframe") == []
    assert "YouTube" in figure.select_one("[data-video-consent-button]").get_text()
    assert figure.select_one("a")["href"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert "Zusammenfassung" in figure.select_one("details").get_text()


def test_accordion_timeline_quote_and_call_to_action_render(client, sites):
    main = render_page(
        client,
        sites,
        [
            ("accordion", {"heading": "Fragen", "items": [{"heading": "Wer?", "body": "<p>Tandems.</p>"}]}),
            ("timeline", {"heading": "Phasen", "entries": [
                {"period": "16. April 2025", "date": datetime.date(2025, 4, 16), "title": "Abschlussveranstaltung",
                 "text": "Die Matches stellen vor."}]}),
            ("quote", {"quote": "Ein Satz.", "author": "Anna", "role": "Kreative"}),
            ("call_to_action", {"heading": "Mitmachen", "text": "", "link_text": "Kontakt", "page": None,
                                "url": "https://example.org/"}),
        ],
    )  # fmt: skip
    assert main.select_one(".block-accordion details summary").get_text() == "Wer?"
    assert main.select_one(".block-timeline time")["datetime"] == "2025-04-16"
    assert main.select_one(".block-quote blockquote").get_text(strip=True) == "Ein Satz."
    assert main.select_one(".block-cta a")["href"] == "https://example.org/"


def test_call_to_action_needs_exactly_one_target():
    block = dict(blocks_for("body"))["call_to_action"]
    value = block.to_python({"heading": "X", "text": "", "link_text": "Y", "page": None, "url": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_every_body_block_has_a_template(client, sites):
    image = CMSImageFactory()
    names = {name for name, _ in blocks_for("body")}
    assert {"text", "image", "quote", "video", "call_to_action", "accordion", "timeline"} <= names
    for _name, block in blocks_for("body"):
        assert block.meta.template, block
    main = render_page(client, sites, [("image", {"image": image, "caption": ""}), ("text", "<p>Hallo</p>")])
    assert main.select_one(".block-text").get_text(strip=True) == "Hallo"


def test_method_and_tool_references_link_to_the_platform_in_the_readers_language(client, sites, locale_en):
    from cms.library.models import AITool, MethodCard

    method = MethodCard.objects.get(locale__language_code="de", slug="persona")
    tool = AITool.objects.filter(locale__language_code="de").order_by("name").first()
    main = render_page(client, sites, [("method", {"item": method, "note": "Hilft beim Fokussieren."}),
                                       ("tool", {"item": tool, "note": ""})])  # fmt: skip
    cards = main.select(".block-reference")
    assert cards[0].a["href"] == "http://lernplattform.localhost/de/methoden/persona/"
    assert cards[0].a.get_text() == method.title
    assert "Hilft beim Fokussieren." in cards[0].get_text()
    assert tool.name in cards[1].get_text()
    method.unpublish()
    main = render_page(client, sites, [("method", {"item": method, "note": ""})])
    assert main.select(".block-reference") == []
