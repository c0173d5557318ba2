"""References to library items from a page body: a method card or an AI tool, shown as a
card in the reader's language and linked to its page on the learning platform."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.library.links import library_url


class LibraryReferenceBlock(blocks.StructBlock):
    note = blocks.CharBlock(
        label=_("Note"), required=False, max_length=255, help_text=_("Why it is mentioned here.")
    )

    class Meta:
        template = "core/blocks/library_reference.html"

    def describe(self, item) -> str:
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        from cms.core import request_memo

        item = request_memo.localized(value["item"]) if value.get("item") else None
        if item is None or not item.live:
            context["item"] = None
            return context
        request = (parent_context or {}).get("request")
        context.update({"item": item, "url": library_url(item, request), "description": self.describe(item)})
        return context


class MethodReferenceBlock(LibraryReferenceBlock):
    item = SnippetChooserBlock("library.MethodCard", label=_("Method"))

    class Meta:
        icon = "tasks"
        label = _("Method reference")

    def describe(self, item) -> str:
        return f"{_('Method')} · {item.get_phase_display()}"


class ToolReferenceBlock(LibraryReferenceBlock):
    item = SnippetChooserBlock("library.AITool", label=_("AI tool"))

    class Meta:
        icon = "cogs"
        label = _("AI tool reference")

    def describe(self, item) -> str:
        return f"{_('AI tool')} · {item.get_category_display()}"
