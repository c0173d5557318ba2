"""The method cards as one printable PDF, in one language: a cover (what it is, who made it,
the contents with page numbers, the funding notice), then every live card on its own A4 page
with title, phase, duration, group size, difficulty, materials and steps.

Built from the library on request (:func:`cards_pdf`), so the file is always what the library
shows; :func:`cards_etag` names the version so that an unchanged set is neither rebuilt nor
downloaded again. The font is DejaVu Sans, shipped in ``fonts/`` with its licence, because the
PDF core fonts have no glyphs beyond Latin-1."""

import datetime
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"
#: Part of every ETag and cache key: raise it when the layout changes, so that browsers and
#: the cache do not keep a PDF in the old layout.
LAYOUT_VERSION = "1"
CACHE_SECONDS = 24 * 60 * 60

#: The accent of each design-thinking phase (the card's top band); dark enough for white text.
PHASE_COLOURS = {
    "understand": (31, 78, 121),
    "observe": (29, 94, 74),
    "point_of_view": (91, 58, 140),
    "ideate": (160, 70, 31),
    "prototype": (138, 28, 59),
    "test": (36, 98, 127),
}
DEFAULT_COLOUR = (52, 73, 94)
TEXT = (33, 33, 33)
MUTED = (90, 90, 90)
#: Contents lines that fit on the cover beside its other text, and on each further page.
CONTENTS_ON_COVER = 22
CONTENTS_PER_PAGE = 45


@dataclass
class CardSetInfo:
    """What the cover says besides the cards: the publisher, the partners, where the cards
    live online, the funding notice, and the date of the latest change."""

    language: str
    publisher: str = ""
    partners: list[str] = field(default_factory=list)
    source_url: str = ""
    funding_notice: str = ""
    updated: datetime.datetime | None = None


def cards_etag(cards, info: CardSetInfo) -> str:
    """A strong validator of the PDF: changes when a card is published, unpublished, added or
    deleted, when the cover's text changes, and when the layout does."""
    digest = hashlib.sha256()
    for part in (
        LAYOUT_VERSION,
        info.language,
        info.publisher,
        "|".join(info.partners),
        info.source_url,
        info.funding_notice,
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    for card in cards:
        published = card.last_published_at.isoformat() if card.last_published_at else ""
        digest.update(f"{card.pk}:{published}\0".encode())
    return digest.hexdigest()[:32]


def cards_pdf(cards, info: CardSetInfo) -> tuple[bytes, str]:
    """The PDF of ``cards`` (in the order given) and its ETag; built once per version and
    kept in the cache."""
    cards = list(cards)
    etag = cards_etag(cards, info)
    key = f"library:method-cards-pdf:{etag}"
    data = cache.get(key)
    if data is None:
        data = render_cards_pdf(cards, info)
        cache.set(key, data, CACHE_SECONDS)
    return data, etag


class CardsDocument(FPDF):
    """A4 portrait; every page ends with the funding notice and the page number."""

    funding_notice = ""

    def footer(self):
        self.set_y(-16)
        self.set_font(FONT, size=7)
        self.set_text_color(*MUTED)
        self.multi_cell(0, 3.2, self.funding_notice, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, _("Page %(number)s") % {"number": self.page_no()}, align="C")


def render_cards_pdf(cards, info: CardSetInfo) -> bytes:
    with translation.override(info.language):
        pdf = CardsDocument(orientation="portrait", unit="mm", format="A4")
        pdf.funding_notice = info.funding_notice
        pdf.add_font(FONT, "", FONT_DIR / "DejaVuSans.ttf")
        pdf.add_font(FONT, "B", FONT_DIR / "DejaVuSans-Bold.ttf")
        pdf.set_margins(18, 18, 18)
        pdf.set_auto_page_break(auto=True, margin=22)
        title = _("Method cards")
        pdf.set_title(f"{title} – Cross Innovation Made in Saxony")
        pdf.set_author(info.publisher)
        pdf.set_creator("CIMIS")
        pdf.set_lang(info.language)
        # The same cards give the same bytes: the date is the latest change, not "now".
        pdf.set_creation_date(info.updated or datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))

        pdf.add_page()
        extra = max(0, math.ceil((len(cards) - CONTENTS_ON_COVER) / CONTENTS_PER_PAGE))
        # Reserves the cover and moves on to a fresh page: the first card goes there.
        pdf.insert_toc_placeholder(
            lambda pdf, outline: _render_cover(pdf, outline, info, cards), pages=1 + extra
        )
        for number, card in enumerate(cards):
            if number:
                pdf.add_page()
            _render_card(pdf, card)
        return bytes(pdf.output())


def _heading(pdf, text, size, colour=TEXT):
    pdf.set_font(FONT, "B", size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _paragraph(pdf, text, size=10, colour=TEXT, height=5):
    pdf.set_font(FONT, size=size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _render_cover(pdf, outline, info: CardSetInfo, cards):
    pdf.set_fill_color(*DEFAULT_COLOUR)
    pdf.rect(0, 0, pdf.w, 8, style="F")
    pdf.set_y(26)
    _paragraph(pdf, "Cross Innovation Made in Saxony – CIMIS II", size=11, colour=MUTED)
    pdf.ln(2)
    _heading(pdf, _("Method cards"), 28)
    pdf.ln(3)
    _paragraph(
        pdf,
        ngettext(
            "%(count)s design-thinking method from the CIMIS learning platform, one per page.",
            "%(count)s design-thinking methods from the CIMIS learning platform, one per page.",
            len(cards),
        )
        % {"count": len(cards)},
        size=11,
    )
    if info.updated:
        _paragraph(
            pdf,
            _("As of %(date)s") % {"date": info.updated.date().strftime("%d.%m.%Y")},
            size=9,
            colour=MUTED,
        )
    pdf.ln(5)

    _heading(pdf, _("Contents"), 13)
    pdf.ln(1)
    pdf.set_font(FONT, size=10)
    pdf.set_text_color(*TEXT)
    for section in outline:
        if section.level != 0:
            continue
        link = pdf.add_link(page=section.page_number)
        pdf.cell(pdf.epw - 14, 6, section.name, link=link)
        pdf.cell(14, 6, str(section.page_number), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    _heading(pdf, _("Credits"), 11)
    pdf.ln(1)
    if info.publisher:
        partners = ", ".join(info.partners)
        text = (
            _("Published by %(publisher)s with %(partners)s.")
            % {"publisher": info.publisher, "partners": partners}
            if partners
            else _("Published by %(publisher)s.") % {"publisher": info.publisher}
        )
        _paragraph(pdf, text, size=9)
    _paragraph(
        pdf,
        _(
            "The methods were collected and tried out by the matches of CIMIS II, in which creative "
            "professionals and small organisations in rural Saxony worked together."
        ),
        size=9,
    )
    if info.source_url:
        _paragraph(pdf, _("Every card online, always up to date: %(url)s") % {"url": info.source_url}, size=9)
    pdf.ln(4)
    _paragraph(pdf, info.funding_notice, size=9)


def _fact(pdf, label, value, width):
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font(FONT, size=8)
    pdf.set_text_color(*MUTED)
    # Not upper-cased: "Gruppengröße" would become "GRUPPENGRÖSSE".
    pdf.cell(width, 4, label, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(*TEXT)
    pdf.multi_cell(width, 5.5, value, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.set_xy(x + width, y)


def _group_size(card) -> str:
    if card.group_size_min == card.group_size_max:
        return ngettext("%(people)s person", "%(people)s people", card.group_size_min) % {
            "people": card.group_size_min
        }
    return _("%(smallest)s to %(largest)s people") % {
        "smallest": card.group_size_min,
        "largest": card.group_size_max,
    }


def _render_card(pdf, card):
    pdf.start_section(card.title)
    colour = PHASE_COLOURS.get(card.phase, DEFAULT_COLOUR)
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_xy(pdf.l_margin, 9)
    pdf.set_font(FONT, "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 5, f"{_('Phase')}: {card.get_phase_display()}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(36)
    _heading(pdf, card.title, 22)
    pdf.ln(2)
    if card.summary:
        _paragraph(pdf, card.summary, size=11, height=5.5)
    pdf.ln(4)

    width = pdf.epw / 4
    top = pdf.get_y()
    pdf.set_draw_color(*colour)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, top, pdf.l_margin + pdf.epw, top)
    pdf.set_xy(pdf.l_margin, top + 3)
    facts = [
        (_("Phase"), card.get_phase_display()),
        (
            _("Duration"),
            ngettext("%(minutes)s minute", "%(minutes)s minutes", card.duration_minutes)
            % {"minutes": card.duration_minutes},
        ),
        (_("Group size"), _group_size(card)),
        (_("Difficulty"), card.get_difficulty_display()),
    ]
    for label, value in facts:
        _fact(pdf, label, value, width)
    pdf.set_xy(pdf.l_margin, top + 18)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(6)

    materials = card.materials_list
    if materials:
        _heading(pdf, _("Materials"), 13, colour)
        pdf.ln(1)
        for item in materials:
            _paragraph(pdf, f"•  {item}", size=10)
        pdf.ln(4)

    steps = [block.value for block in card.steps if block.block_type == "step"]
    if steps:
        _heading(pdf, _("Steps"), 13, colour)
        pdf.ln(1)
        for number, step in enumerate(steps, start=1):
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_text_color(*TEXT)
            pdf.multi_cell(
                0, 5.5, f"{number}. {step['title']}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            _paragraph(pdf, step["text"], size=10)
            pdf.ln(2)
