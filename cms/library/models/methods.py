from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.library.blocks import StepBlock

from .base import LibraryQuerySet, LibrarySnippet


class Phase(models.TextChoices):
    """The design-thinking phases, in the order a process runs through them."""

    UNDERSTAND = "understand", _("Understand")
    OBSERVE = "observe", _("Observe")
    POINT_OF_VIEW = "point_of_view", _("Point of view")
    IDEATE = "ideate", _("Ideate")
    PROTOTYPE = "prototype", _("Prototype")
    TEST = "test", _("Test")


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class MethodCardQuerySet(LibraryQuerySet):
    def in_phase(self, phase):
        return self.filter(phase=phase)

    def in_phase_order(self):
        """Ordered as a process runs: understand first, test last; by title within a phase."""
        order = Case(
            *(When(phase=value, then=Value(position)) for position, value in enumerate(Phase.values)),
            default=Value(len(Phase.values)),
        )
        return self.annotate(phase_order=order).order_by("phase_order", "title")


class MethodCard(LibrarySnippet):
    """A design-thinking method: what it is for, how long it takes, what you need, the steps."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=255, help_text=_("The last part of the method's web address.")
    )
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    summary = models.TextField(_("summary"), help_text=_("What the method is for, in one or two sentences."))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        validators=[MinValueValidator(5), MaxValueValidator(8 * 60)],
        help_text=_("Typical time needed, in minutes."),
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("smallest group"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("largest group"), default=8, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices)
    materials = models.TextField(_("materials"), blank=True, help_text=_("One item per line."))
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"))
    image = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = MethodCardQuerySet.as_manager()

    preview_template = "library/method_card.html"
    context_object_name = "method"

    panels = [
        TitleFieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("phase"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("duration_minutes"),
                FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")]),
                FieldPanel("difficulty"),
            ],
            heading=_("At a glance"),
        ),
        FieldPanel("materials"),
        FieldPanel("steps"),
        FieldPanel("image"),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("materials"),
        index.SearchField("steps"),
        index.FilterField("slug"),
        index.FilterField("phase"),
        index.FilterField("difficulty"),
        index.FilterField("duration_minutes"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("materials"),
        TranslatableField("steps"),
        SynchronizedField("phase"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("group_size_min"),
        SynchronizedField("group_size_max"),
        SynchronizedField("difficulty"),
        SynchronizedField("image"),
    ]
    api_fields = [
        APIField("title"),
        APIField("slug"),
        APIField("phase"),
        APIField("summary"),
        APIField("duration_minutes"),
        APIField("group_size_min"),
        APIField("group_size_max"),
        APIField("difficulty"),
        APIField("materials"),
        APIField("steps"),
        APIField("image"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("method card")
        verbose_name_plural = _("method cards")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="library_methodcard_unique_slug"),
            models.CheckConstraint(
                condition=Q(group_size_min__lte=F("group_size_max")),
                name="library_methodcard_group_size_range",
                violation_error_message=_("The largest group cannot be smaller than the smallest."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def materials_list(self) -> list[str]:
        """The materials, one per line, without blank lines."""
        return [line.strip() for line in self.materials.splitlines() if line.strip()]
