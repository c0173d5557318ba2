"""The blocks of the library snippets. Page bodies take theirs from ``cms.core.blocks``; a
method card's steps are a structure of their own, used nowhere else."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class StepBlock(blocks.StructBlock):
    """One step of a method: a short title and what to do."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("What to do"))

    class Meta:
        icon = "list-ol"
        label = _("Step")
