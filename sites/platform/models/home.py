from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms.core import request_memo
from cms.core.blocks import blocks_for
from cms.core.models import BasePage
from cms.core.network import network
from cms.library.models import AITool
from sites.hubs.models import MatchPage

from .library import MethodLibraryPage, PrototypeGalleryPage, ToolCataloguePage

LATEST_MATCHES_PER_HUB = 3
TOP_TOOLS = 3


class PlatformHomePage(BasePage):
    """The home page of the learning platform."""

    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "core.LegalPage",
        "platform.MethodLibraryPage",
        "platform.ToolCataloguePage",
        "platform.PrototypeGalleryPage",
        "platform.GuideIndexPage",
        "platform.HowToGuidePage",
        "platform.InterviewPage",
        "platform.MaterialsPage",
    ]

    class Meta:
        verbose_name = _("platform home page")
        verbose_name_plural = _("platform home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the three sections the home links to.
        children = list(request_memo.public(self.get_children().live()))

        def first_of(model):
            content_type = ContentType.objects.get_for_model(model)
            return next((child for child in children if child.content_type_id == content_type.pk), None)

        context["gallery_page"] = first_of(PrototypeGalleryPage)
        context["methods_page"] = first_of(MethodLibraryPage)
        context["tools_page"] = first_of(ToolCataloguePage)
        context["hubs"] = self.hubs(request)
        context["top_tools"] = (
            AITool.objects.live()
            .localized(self.locale)
            .with_overall_score()
            .order_by("-overall_score", "name")[:TOP_TOOLS]
        )
        return context

    def hubs(self, request) -> list[dict]:
        """Every hub of the network with its latest matches in this page's language: one
        query per hub, however many matches it has, and one for all the cards' images."""
        published = request_memo.public(MatchPage.objects.live()).filter(locale_id=self.locale_id)
        hubs = []
        for entry in network(request):
            if not entry.is_hub:
                continue
            matches = list(
                published.descendant_of(entry.home)
                .select_related("hero_image", "organisation", "creative")
                .order_by("-first_published_at", "title")[:LATEST_MATCHES_PER_HUB]
            )
            hubs.append({"site": entry, "matches": matches})
        # The template shows the latest match's image of each hub.
        images = [
            hub["matches"][0].hero_image for hub in hubs if hub["matches"] and hub["matches"][0].hero_image
        ]
        prefetch_related_objects(images, "renditions")
        return hubs
