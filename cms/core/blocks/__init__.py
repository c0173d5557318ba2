"""The one block library. Page types take their StreamField blocks by preset name, so every
site offers the same blocks: ``StreamField(blocks_for("body"))``."""

from .content import CallToActionBlock, ImageBlock, QuoteBlock, RichTextBlock
from .media import VideoBlock
from .references import MethodReferenceBlock, ToolReferenceBlock
from .site import LogoBlock, SocialLinkBlock
from .structure import AccordionBlock, TimelineBlock

_PRESETS = {
    "body": lambda: [
        ("text", RichTextBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("video", VideoBlock()),
        ("call_to_action", CallToActionBlock()),
        ("method", MethodReferenceBlock()),
        ("tool", ToolReferenceBlock()),
        ("accordion", AccordionBlock()),
        ("timeline", TimelineBlock()),
    ],
    "social_links": lambda: [("link", SocialLinkBlock())],
    "logos": lambda: [("logo", LogoBlock())],
}


def blocks_for(preset: str) -> list:
    """A fresh list of (name, block) pairs for the named preset."""
    return _PRESETS[preset]()


__all__ = [
    "AccordionBlock",
    "CallToActionBlock",
    "ImageBlock",
    "LogoBlock",
    "MethodReferenceBlock",
    "QuoteBlock",
    "RichTextBlock",
    "SocialLinkBlock",
    "TimelineBlock",
    "ToolReferenceBlock",
    "VideoBlock",
    "blocks_for",
]
