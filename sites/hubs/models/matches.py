from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import ImageBlock
from cms.core.blocks.content import RICH_TEXT_FEATURES
from cms.core.models import BasePage
from cms.core.sites import site_pages_q
from cms.library.usage import UsesLibraryItems

MATCHES_PER_PAGE = 12


class MatchCategory(models.TextChoices):
    ONLINE_SHOP = "online_shop", _("Online shop")
    DIGITISED_PROCESS = "digitised_process", _("Digitised process")
    WEBSITE = "website", _("Website")
    SOCIAL_MEDIA = "social_media", _("Social media")
    OTHER = "other", _("Other")


class MatchQuerySet(PageQuerySet):
    def in_category(self, category):
        return self.filter(category=category) if category else self

    def in_region(self, site):
        """Matches of one hub, in every language tree of that hub."""
        if site is None:
            return self
        return self.filter(site_pages_q(site))

    def for_listing(self):
        return self.select_related("hero_image", "organisation", "creative", "locale")


MatchManager = PageManager.from_queryset(MatchQuerySet)


class MatchIndexPage(BasePage):
    """A hub's matches (tandems), filterable by category."""

    parent_page_types = ["hubs.HubHomePage"]
    subpage_types = ["hubs.MatchPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("match index")
        verbose_name_plural = _("match indexes")

    def matches(self):
        return MatchPage.objects.child_of(self).live().public().for_listing().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category = request.GET.get("category", "")
        if category not in MatchCategory.values:
            category = ""
        context["categories"] = MatchCategory.choices
        context["category"] = category
        context["matches_page"] = Paginator(self.matches().in_category(category), MATCHES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context


class MatchPage(UsesLibraryItems, BasePage):
    """A tandem of an organisation and a creative, and the prototype they built together."""

    organisation = models.ForeignKey(
        "library.Partner",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matches",
    )
    creative = models.ForeignKey(
        "library.Person",
        verbose_name=_("creative partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matches",
    )
    category = models.CharField(_("category"), max_length=20, choices=MatchCategory.choices)
    challenge = RichTextField(_("challenge"), features=RICH_TEXT_FEATURES)
    prototype = RichTextField(_("prototype"), features=RICH_TEXT_FEATURES)
    prototype_url = models.URLField(_("link to the prototype"), blank=True)
    gallery = StreamField([("image", ImageBlock())], blank=True, verbose_name=_("gallery"))
    testimonial = models.ForeignKey(
        "library.Testimonial",
        verbose_name=_("testimonial"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matches",
        help_text=_("A quote by the creative partner or by someone of the organisation."),
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_(
            "Invented for the demo, not one of the project's real matches: shown with an “Example” badge."
        ),
    )

    objects = MatchManager()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("creative"), FieldPanel("category")],
            heading=_("The tandem"),
        ),
        FieldPanel("challenge"),
        FieldPanel("prototype"),
        FieldPanel("prototype_url"),
        InlinePanel("method_links", label=_("Methods used")),
        InlinePanel("tool_links", label=_("AI tools used")),
        FieldPanel("gallery"),
        FieldPanel("testimonial"),
        FieldPanel("is_example"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("challenge"),
        index.SearchField("prototype"),
        index.FilterField("category"),
        index.FilterField("is_example"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("challenge"),
        TranslatableField("prototype"),
        TranslatableField("gallery"),
        TranslatableField("organisation"),
        TranslatableField("creative"),
        TranslatableField("testimonial"),
        TranslatableField("method_links"),
        TranslatableField("tool_links"),
        SynchronizedField("category"),
        SynchronizedField("prototype_url"),
        SynchronizedField("is_example"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("organisation"),
        APIField("creative"),
        APIField("category"),
        APIField("challenge"),
        APIField("prototype"),
        APIField("prototype_url"),
        APIField("method_links"),
        APIField("tool_links"),
        APIField("gallery"),
        APIField("testimonial"),
        APIField("is_example"),
    ]
    parent_page_types = ["hubs.MatchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")

    def get_context(self, request, *args, **kwargs):
        # The organisation and the creative partner with one query, not one each.
        descriptor = type(self)
        if (
            self.pk
            and self.organisation_id
            and self.creative_id
            and not descriptor.organisation.is_cached(self)
            and not descriptor.creative.is_cached(self)
        ):
            stored = (
                MatchPage.objects.defer_streamfields()
                .select_related("organisation", "creative")
                .filter(pk=self.pk, organisation_id=self.organisation_id, creative_id=self.creative_id)
                .first()
            )
            if stored is not None:
                self.organisation, self.creative = stored.organisation, stored.creative
        return super().get_context(request, *args, **kwargs)

    def tandem_people(self):
        """The people of the tandem: the creative partner and the organisation's people."""
        from cms.library.models import Person

        condition = models.Q(pk=self.creative_id) if self.creative_id else models.Q(pk__in=[])
        if self.organisation_id:
            condition |= models.Q(organisation_id=self.organisation_id)
        return Person.objects.filter(condition)

    def testimonial_belongs(self, testimonial) -> bool:
        """Whether ``testimonial`` was said by someone of this match's tandem."""
        return bool(
            testimonial
            and testimonial.person_id
            and self.tandem_people().filter(pk=testimonial.person_id).exists()
        )

    @property
    def own_testimonial(self):
        """The testimonial to show: live, in the page's language, and by the match's own people
        (one chosen before this was checked, or one whose person changed since, is not shown)."""
        from cms.core import request_memo
        from cms.library.models import Testimonial

        if not self.testimonial_id:
            return None
        chosen = (
            Testimonial.objects.select_related("person", "person__portrait", "image")
            .filter(pk=self.testimonial_id)
            .first()
        )
        if chosen is None or not self._said_by_tandem(chosen):
            return None
        testimonial = request_memo.localized(chosen)
        if not testimonial.live:
            return None
        return testimonial

    def _said_by_tandem(self, testimonial) -> bool:
        """``testimonial_belongs`` for a testimonial read with its person: no query."""
        person = testimonial.person if testimonial.person_id else None
        if person is None:
            return False
        return person.pk == self.creative_id or bool(
            self.organisation_id and person.organisation_id == self.organisation_id
        )

    def clean(self):
        super().clean()
        if self.testimonial_id and not self.testimonial_belongs(self.testimonial):
            raise ValidationError(
                {
                    "testimonial": _(
                        "Choose a testimonial by this match's creative partner or by a person of its "
                        "organisation (their organisation in the people library)."
                    )
                }
            )

    @property
    def region_settings(self):
        """The per-site settings of the hub this match belongs to (its region)."""
        from cms.core import request_memo

        return request_memo.site_settings_of(request_memo.site_id_of(self))


class MatchMethod(TranslatableMixin, Orderable):
    """A method card a match used."""

    match = ParentalKey(MatchPage, on_delete=models.CASCADE, related_name="method_links")
    method = models.ForeignKey(
        "library.MethodCard", verbose_name=_("method"), on_delete=models.CASCADE, related_name="match_links"
    )

    panels = [FieldPanel("method")]
    api_fields = [APIField("method")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("method used")


class MatchTool(TranslatableMixin, Orderable):
    """An AI tool a match used."""

    match = ParentalKey(MatchPage, on_delete=models.CASCADE, related_name="tool_links")
    tool = models.ForeignKey(
        "library.AITool", verbose_name=_("AI tool"), on_delete=models.CASCADE, related_name="match_links"
    )

    panels = [FieldPanel("tool")]
    api_fields = [APIField("tool")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("AI tool used")
