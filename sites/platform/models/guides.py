import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import blocks_for
from cms.core.blocks.content import RICH_TEXT_FEATURES
from cms.core.models import BasePage
from cms.library.usage import UsesLibraryItems


class GuideStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)
    image = ImageChooserBlock(label=_("Image"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class HowToGuidePage(UsesLibraryItems, BasePage):
    """A step-by-step guide for starting one's own cross-innovation process."""

    duration = models.CharField(
        _("time needed"), max_length=80, blank=True, help_text=_('e.g. "2 half days"')
    )
    steps = StreamField([("step", GuideStepBlock())], verbose_name=_("steps"))
    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("further text"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("duration"),
        FieldPanel("steps"),
        InlinePanel("method_links", label=_("Methods used")),
        InlinePanel("tool_links", label=_("AI tools used")),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("steps"), index.SearchField("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("duration"),
        TranslatableField("steps"),
        TranslatableField("body"),
        TranslatableField("method_links"),
        TranslatableField("tool_links"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("duration"),
        APIField("steps"),
        APIField("method_links"),
        APIField("tool_links"),
        APIField("body"),
    ]
    parent_page_types = ["platform.PlatformHomePage", "platform.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("how-to guide")
        verbose_name_plural = _("how-to guides")


class GuideMethod(TranslatableMixin, Orderable):
    page = ParentalKey(HowToGuidePage, on_delete=models.CASCADE, related_name="method_links")
    method = models.ForeignKey(
        "library.MethodCard", verbose_name=_("method"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("method")]
    api_fields = [APIField("method")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("method used")


class GuideTool(TranslatableMixin, Orderable):
    page = ParentalKey(HowToGuidePage, on_delete=models.CASCADE, related_name="tool_links")
    tool = models.ForeignKey(
        "library.AITool", verbose_name=_("AI tool"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("tool")]
    api_fields = [APIField("tool")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("AI tool used")


class InterviewKind(models.TextChoices):
    INTERVIEW = "interview", _("Interview")
    EXPERIENCE_REPORT = "experience_report", _("Experience report")


class InterviewPage(BasePage):
    """An interview or experience report from the project."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=InterviewKind.choices, default=InterviewKind.INTERVIEW
    )
    person = models.ForeignKey(
        "library.Person",
        verbose_name=_("interviewee or author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # To Page, not MatchPage: wagtail-localize resolves translated page references to plain
    # Page instances.
    match = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("match"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The match this report is about, if any."),
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    body = StreamField(blocks_for("body"), verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("person"),
                PageChooserPanel("match", "hubs.MatchPage"),
                FieldPanel("date"),
            ]
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("kind")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("person"),
        TranslatableField("match"),
        SynchronizedField("kind"),
        SynchronizedField("date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("person"),
        APIField("match"),
        APIField("date"),
        APIField("body"),
    ]
    parent_page_types = ["platform.PlatformHomePage", "platform.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("interview or experience report")
        verbose_name_plural = _("interviews and experience reports")

    def clean(self):
        super().clean()
        match = self.match.specific if self.match_id and self.match else None
        tandem_people = getattr(match, "tandem_people", None)
        if self.person_id and tandem_people and not tandem_people().filter(pk=self.person_id).exists():
            raise ValidationError(
                {
                    "person": _(
                        "A report about a match is by someone of that match: its creative partner or "
                        "a person of its organisation."
                    )
                }
            )


class GuideIndexPage(BasePage):
    """Lists the how-to guides and interviews below it."""

    parent_page_types = ["platform.PlatformHomePage"]
    subpage_types = ["platform.HowToGuidePage", "platform.InterviewPage"]

    class Meta:
        verbose_name = _("guide and story index")
        verbose_name_plural = _("guide and story indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public().specific()
        context["guides"] = [child for child in children if isinstance(child, HowToGuidePage)]
        context["stories"] = sorted(
            (child for child in children if isinstance(child, InterviewPage)),
            key=lambda p: p.date,
            reverse=True,
        )
        return context
