"""Blocks that structure longer content: accordion and timeline."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .content import RICH_TEXT_FEATURES


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers or other sections that open on demand (native <details>)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "core/blocks/accordion.html"


class TimelineEntryBlock(blocks.StructBlock):
    period = blocks.CharBlock(
        label=_("When"), max_length=60, help_text=_('e.g. "Autumn 2024" or "16 April 2025"')
    )
    date = blocks.DateBlock(
        label=_("Date"), required=False, help_text=_("For sorting and machine-readable dates.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)


class TimelineBlock(blocks.StructBlock):
    """The phases of the project (kick-off, matching, work phase, closing event …) in order."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    entries = blocks.ListBlock(TimelineEntryBlock(), label=_("Entries"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Timeline")
        template = "core/blocks/timeline.html"
