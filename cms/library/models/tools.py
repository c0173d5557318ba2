from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import LibraryQuerySet, LibrarySnippet

#: The four evaluation criteria, each rated from 1 to 5.
RATING_FIELDS = ("usefulness", "ease_of_use", "data_protection", "cost")


class ToolCategory(models.TextChoices):
    TEXT = "text", _("Text")
    IMAGE = "image", _("Images")
    AUDIO_VIDEO = "audio_video", _("Audio & video")
    RESEARCH = "research", _("Research")
    PRODUCTIVITY = "productivity", _("Productivity")
    DESIGN = "design", _("Design")
    CODE = "code", _("Code")


class Pricing(models.TextChoices):
    FREE = "free", _("Free")
    FREEMIUM = "freemium", _("Freemium")
    PAID = "paid", _("Paid")


class DataLocation(models.TextChoices):
    EU = "eu", _("EU / Germany")
    USA = "usa", _("USA")
    OTHER = "other", _("Other / unknown")


class GDPRCompliance(models.TextChoices):
    YES = "yes", _("Yes")
    CONDITIONAL = "conditional", _("With conditions (e.g. a business plan with a data processing agreement)")
    NO = "no", _("No")
    UNCLEAR = "unclear", _("Unclear")


class AIToolQuerySet(LibraryQuerySet):
    def with_overall_score(self):
        """Annotate ``overall_score``, the mean of the four ratings, so a list can be sorted by
        it in the database: ``.with_overall_score().order_by("-overall_score")``."""
        total = sum((F(name) for name in RATING_FIELDS[1:]), F(RATING_FIELDS[0]))
        return self.annotate(
            overall_score=Cast(total, FloatField()) / Value(float(len(RATING_FIELDS)), FloatField())
        )


def rating_field(verbose_name, help_text):
    return models.PositiveSmallIntegerField(
        verbose_name,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=help_text,
    )


class AITool(LibrarySnippet):
    """An AI tool used in the projects, with where it processes data and a rated evaluation."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=255, help_text=_("The last part of the tool's web address.")
    )
    vendor = models.CharField(_("vendor"), max_length=255)
    url = models.URLField(_("website"))
    category = models.CharField(_("category"), max_length=20, choices=ToolCategory.choices)
    pricing = models.CharField(_("pricing"), max_length=10, choices=Pricing.choices)
    summary = models.TextField(_("summary"), help_text=_("What the tool does, in one or two sentences."))

    data_location = models.CharField(
        _("where data is processed"), max_length=10, choices=DataLocation.choices, default=DataLocation.OTHER
    )
    gdpr_compliant = models.CharField(
        _("GDPR-compliant use"), max_length=20, choices=GDPRCompliance.choices, default=GDPRCompliance.UNCLEAR
    )
    data_protection_notes = models.TextField(
        _("data protection notes"),
        blank=True,
        help_text=_("Hosting, use of inputs for training, data processing agreement, settings to check."),
    )

    usefulness = rating_field(_("usefulness"), _("1 = hardly helped the projects, 5 = helped a lot."))
    ease_of_use = rating_field(_("ease of use"), _("1 = needs a lot of practice, 5 = usable straight away."))
    data_protection = rating_field(
        _("data protection"), _("1 = critical, 5 = exemplary (EU hosting, no training on inputs).")
    )
    cost = rating_field(_("cost"), _("1 = expensive, 5 = free or cheap enough for small organisations."))
    verdict = models.TextField(
        _("verdict"), help_text=_("Our assessment: for what, for whom, with what caution.")
    )
    evaluated_on = models.DateField(
        _("evaluated on"),
        null=True,
        blank=True,
        help_text=_("AI tools change quickly: when was this tested?"),
    )
    logo = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AIToolQuerySet.as_manager()

    preview_template = "library/ai_tool.html"
    context_object_name = "tool"

    panels = [
        TitleFieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("vendor"),
        FieldPanel("url"),
        FieldPanel("category"),
        FieldPanel("pricing"),
        FieldPanel("summary"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("data_location"), FieldPanel("gdpr_compliant"), FieldPanel("data_protection_notes")],
            heading=_("Data protection"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("usefulness"),
                FieldPanel("ease_of_use"),
                FieldPanel("data_protection"),
                FieldPanel("cost"),
                FieldPanel("verdict"),
                FieldPanel("evaluated_on"),
            ],
            heading=_("Evaluation"),
        ),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("vendor", boost=2),
        index.SearchField("summary"),
        index.SearchField("verdict"),
        index.SearchField("data_protection_notes"),
        index.FilterField("slug"),
        index.FilterField("category"),
        index.FilterField("pricing"),
        index.FilterField("data_location"),
        index.FilterField("gdpr_compliant"),
        *(index.FilterField(name) for name in RATING_FIELDS),
    ]
    translatable_fields = [
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("data_protection_notes"),
        TranslatableField("verdict"),
        SynchronizedField("name"),
        SynchronizedField("vendor"),
        SynchronizedField("url"),
        SynchronizedField("category"),
        SynchronizedField("pricing"),
        SynchronizedField("data_location"),
        SynchronizedField("gdpr_compliant"),
        *(SynchronizedField(name) for name in RATING_FIELDS),
        SynchronizedField("evaluated_on"),
        SynchronizedField("logo"),
    ]
    api_fields = [
        APIField("name"),
        APIField("slug"),
        APIField("vendor"),
        APIField("url"),
        APIField("category"),
        APIField("pricing"),
        APIField("summary"),
        APIField("data_location"),
        APIField("gdpr_compliant"),
        APIField("data_protection_notes"),
        *(APIField(name) for name in RATING_FIELDS),
        APIField("overall_score"),
        APIField("verdict"),
        APIField("evaluated_on"),
        APIField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("AI tool")
        verbose_name_plural = _("AI tools")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="library_aitool_unique_slug"),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{name}__range": (1, 5)}), name=f"library_aitool_{name}_1_to_5"
                )
                for name in RATING_FIELDS
            ),
        ]

    def __str__(self):
        return self.name

    # A cached_property rather than a property so that with_overall_score() can set it from
    # the database; without the annotation it is computed here, the same way.
    @cached_property
    def overall_score(self) -> float | None:
        """The mean of the four ratings, from 1 to 5."""
        ratings = [getattr(self, name) for name in RATING_FIELDS]
        if None in ratings:
            return None
        return sum(ratings) / len(ratings)

    @property
    def ratings(self) -> list[dict]:
        """The criteria with their label, help text and rating, in evaluation order."""
        return [
            {
                "name": name,
                "label": self._meta.get_field(name).verbose_name,
                "help_text": self._meta.get_field(name).help_text,
                "value": getattr(self, name),
            }
            for name in RATING_FIELDS
        ]
