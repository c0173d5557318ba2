"""Blocks used by the per-site settings (footer logos, social links)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

SOCIAL_NETWORKS = [
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
    ("website", _("Website")),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(label=_("Network"), choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Social link")


class LogoBlock(blocks.StructBlock):
    """A partner's or funder's logo in the footer."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    image = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "image"
        label = _("Logo")
