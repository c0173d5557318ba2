from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import LibraryQuerySet, LibrarySnippet, hub_sites
from .people import example_field


class SpaceKind(models.TextChoices):
    MAKERSPACE = "makerspace", _("Makerspace")
    COWORKING = "coworking", _("Co-working space")
    DIGITAL_LAB = "digital_lab", _("Digital lab")


class InnovationSpaceQuerySet(LibraryQuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)


class InnovationSpace(LibrarySnippet):
    """A makerspace, co-working space or digital lab in a hub region, with its place on the map."""

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=SpaceKind.choices)
    region = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=hub_sites,
        help_text=_("The hub whose region the space is in."),
    )
    street = models.CharField(_("street and number"), max_length=255)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("town"), max_length=120)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=_("In decimal degrees, e.g. 51.163375 for Meißen."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text=_("In decimal degrees, e.g. 13.473753 for Meißen."),
    )
    url = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = example_field()

    objects = InnovationSpaceQuerySet.as_manager()

    preview_template = "library/innovation_space.html"
    context_object_name = "space"

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and map position"),
        ),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("is_example"),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("city", boost=2),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("region"),
        index.FilterField("city"),
        index.FilterField("is_example"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("region"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("url"),
        SynchronizedField("image"),
        SynchronizedField("is_example"),
    ]
    api_fields = [
        APIField("name"),
        APIField("kind"),
        APIField("region"),
        APIField("street"),
        APIField("postcode"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("url"),
        APIField("description"),
        APIField("image"),
        APIField("is_example"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("innovation space")
        verbose_name_plural = _("innovation spaces")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__range=(-90, 90), longitude__range=(-180, 180)),
                name="library_innovationspace_coordinates",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.city})"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"

    def geojson_feature(self) -> dict:
        """The space as a GeoJSON Feature (RFC 7946: a Point, longitude first)."""
        return {
            "type": "Feature",
            "id": self.pk,
            "geometry": {"type": "Point", "coordinates": [float(self.longitude), float(self.latitude)]},
            "properties": {
                "name": self.name,
                "kind": self.kind,
                "kind_label": str(self.get_kind_display()),
                "address": self.address,
                "url": self.url,
                "region": self.region.site_name or self.region.hostname,
                "locale": self.locale.language_code,
            },
        }


def feature_collection(spaces) -> dict:
    """A GeoJSON FeatureCollection of innovation spaces (select_related region and locale)."""
    return {"type": "FeatureCollection", "features": [space.geojson_feature() for space in spaces]}
