from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import LibraryQuerySet, LibrarySnippet, hub_sites

REGION_HELP = _("The hub region it belongs to; empty for the whole project.")
EXAMPLE_HELP = _("Invented for the demo, not part of the real project: shown with an “Example” badge.")


def example_field():
    """Marks an item invented for the demo (FACTS.md: anything invented is marked)."""
    return models.BooleanField(_("example"), default=False, help_text=EXAMPLE_HELP)


def region_field():
    return models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=hub_sites,
        help_text=REGION_HELP,
    )


class PartnerKind(models.TextChoices):
    COMPANY = "company", _("Company")
    MUNICIPALITY = "municipality", _("Municipality")
    ASSOCIATION = "association", _("Association")
    CREATIVE_STUDIO = "creative_studio", _("Creative studio")
    NETWORK_PARTNER = "network_partner", _("Network partner")
    FUNDER = "funder", _("Funder")


class PersonRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    CREATIVE = "creative", _("Creative")
    INTERVIEWEE = "interviewee", _("Interviewee")
    EXPERT = "expert", _("Expert")


class PartnerQuerySet(LibraryQuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)


class Partner(LibrarySnippet):
    """An organisation in the project: a firm, a municipality, an association, a studio, a
    network partner or a funder."""

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    region = region_field()
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    is_example = example_field()

    objects = PartnerQuerySet.as_manager()

    preview_template = "library/partner.html"
    context_object_name = "partner"

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("is_example"),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("region"),
        index.FilterField("is_example"),
    ]
    translatable_fields = [
        # Official names can have an English form ("Freistaat Sachsen", "Free State of Saxony").
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("region"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("is_example"),
    ]
    api_fields = [
        APIField("name"),
        APIField("kind"),
        APIField("region"),
        APIField("website"),
        APIField("logo"),
        APIField("description"),
        APIField("is_example"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonQuerySet(LibraryQuerySet):
    def with_role(self, role):
        return self.filter(role=role)


class Person(LibrarySnippet):
    """Someone in the project: a coordinator, a creative, an interviewee or an expert."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=20, choices=PersonRole.choices)
    job_title = models.CharField(
        _("job title"),
        max_length=255,
        blank=True,
        help_text=_('E.g. "Graphic designer" or "Managing director".'),
    )
    organisation = models.ForeignKey(
        Partner,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    bio = models.TextField(_("biography"), blank=True)
    portrait = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = region_field()
    is_example = example_field()

    objects = PersonQuerySet.as_manager()

    preview_template = "library/person.html"
    context_object_name = "person"

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldPanel("region"),
        FieldPanel("bio"),
        FieldPanel("portrait"),
        FieldPanel("is_example"),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
        index.SearchField("bio"),
        index.FilterField("role"),
        index.FilterField("region"),
        index.FilterField("organisation"),
        index.FilterField("is_example"),
    ]
    translatable_fields = [
        TranslatableField("job_title"),
        TranslatableField("bio"),
        # A link to the organisation's translation in the same language, not to the source.
        TranslatableField("organisation"),
        SynchronizedField("name"),
        SynchronizedField("role"),
        SynchronizedField("portrait"),
        SynchronizedField("region"),
        SynchronizedField("is_example"),
    ]
    api_fields = [
        APIField("name"),
        APIField("role"),
        APIField("job_title"),
        APIField("organisation"),
        APIField("bio"),
        APIField("portrait"),
        APIField("region"),
        APIField("is_example"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.organisation_id and self.organisation.locale_id != self.locale_id:
            raise ValidationError(
                {"organisation": _("Choose the organisation in the same language as this person.")}
            )
