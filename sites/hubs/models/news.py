import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import blocks_for
from cms.core.models import BasePage

NEWS_PER_PAGE = 10


class NewsIndexPage(BasePage):
    """A hub's news, newest first, paginated."""

    parent_page_types = ["hubs.HubHomePage"]
    subpage_types = ["hubs.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        return NewsPage.objects.child_of(self).live().public().specific().order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_page"] = Paginator(self.news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class NewsPage(BasePage):
    """A news item of a hub."""

    date = models.DateField(_("date"), default=datetime.date.today)
    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("date"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        SynchronizedField("date"),
    ]
    api_fields = [*BasePage.api_fields, APIField("date"), APIField("body")]
    parent_page_types = ["hubs.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
