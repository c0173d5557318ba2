from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms.core import request_memo
from cms.core.blocks import blocks_for
from cms.core.models import BasePage
from cms.library.models import Partner

from .events import EventPage
from .matches import MatchPage
from .news import NewsPage

FEATURED_MATCHES = 3
NEXT_EVENTS = 3
LATEST_NEWS = 3


class HubHomePage(BasePage):
    """The home page of a regional hub; each hub's tree starts here."""

    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        InlinePanel(
            "featured_matches",
            label=_("Featured matches"),
            help_text=_("Empty: the hub's first matches are shown."),
            max_num=6,
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("featured_matches"),
    ]
    api_fields = [*BasePage.api_fields, APIField("featured_matches"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "core.LegalPage",
        "hubs.MatchIndexPage",
        "hubs.EventIndexPage",
        "hubs.NewsIndexPage",
        "hubs.InnovationSpacePage",
        "hubs.ContactPage",
    ]

    class Meta:
        verbose_name = _("hub home page")
        verbose_name_plural = _("hub home pages")

    def featured(self):
        ids = list(self.featured_matches.order_by("sort_order").values_list("match_id", flat=True))
        if ids:
            found = {page.pk: page for page in MatchPage.objects.filter(pk__in=ids).live().for_listing()}
            chosen = [found[pk] for pk in ids if pk in found]
            if chosen:
                return chosen
        return list(
            request_memo.public(MatchPage.objects.descendant_of(self).live()).for_listing()[:FEATURED_MATCHES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured()
        events = request_memo.public(EventPage.objects.descendant_of(self).live())
        context["next_events"] = events.upcoming()[:NEXT_EVENTS]
        news = request_memo.public(NewsPage.objects.descendant_of(self).live())
        context["latest_news"] = news.order_by("-date")[:LATEST_NEWS]
        context["partners"] = (
            Partner.objects.live()
            .localized(self.locale)
            .filter(models.Q(region_id=request_memo.site_id_of(self)) | models.Q(region__isnull=True))
            .select_related("logo")
            .order_by("name")
        )
        return context


class FeaturedMatch(TranslatableMixin, Orderable):
    """A match shown on a hub's home page."""

    page = ParentalKey(HubHomePage, on_delete=models.CASCADE, related_name="featured_matches")
    match = models.ForeignKey(
        "hubs.MatchPage", verbose_name=_("match"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("match")]
    api_fields = [APIField("match")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("featured match")
