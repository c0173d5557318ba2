from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.models import BasePage

from .library import choice


class MaterialKind(models.TextChoices):
    TEMPLATE = "template", _("Template")
    WORKSHEET = "worksheet", _("Worksheet")
    METHOD_CARD = "method_card", _("Method card")
    GUIDE = "guide", _("Guide")
    PRESENTATION = "presentation", _("Presentation")


class MaterialsPage(BasePage):
    """A downloads library: templates, worksheets and method-card PDFs to start one's own
    cross-innovation process, filterable by type and language."""

    content_panels = [*BasePage.content_panels, InlinePanel("materials", label=_("Materials"))]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("materials")]
    api_fields = [*BasePage.api_fields, APIField("materials")]
    parent_page_types = ["platform.PlatformHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials library")
        verbose_name_plural = _("materials libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        languages = [code for code, _name in settings.LANGUAGES]
        kind = choice(request, "kind", MaterialKind.values)
        language = choice(request, "language", languages)
        materials = self.materials.select_related("document")
        if kind:
            materials = materials.filter(kind=kind)
        if language:
            materials = materials.filter(document__language=language)
        context.update(
            {
                "material_list": list(materials),
                "kinds": MaterialKind.choices,
                "kind": kind,
                "languages": settings.LANGUAGES,
                "language": language,
            }
        )
        return context


class Material(TranslatableMixin, Orderable):
    """A document in the materials library, with its type and a short description."""

    page = ParentalKey(MaterialsPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("type"), max_length=20, choices=MaterialKind.choices)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("document"),
        SynchronizedField("kind"),
    ]
    api_fields = [APIField("document"), APIField("kind"), APIField("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
