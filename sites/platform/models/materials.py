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
        card_pdfs = self.method_card_pdfs(request) if kind in ("", MaterialKind.METHOD_CARD) else []
        if language:
            card_pdfs = [pdf for pdf in card_pdfs if pdf["language"] == language]
        if kind:
            materials = materials.filter(kind=kind)
        if language:
            materials = materials.filter(document__language=language)
        context.update(
            {
                "card_pdfs": card_pdfs,
                "material_list": list(materials),
                "kinds": MaterialKind.choices,
                "kind": kind,
                "languages": settings.LANGUAGES,
                "language": language,
            }
        )
        return context

    def method_card_pdfs(self, request) -> list[dict]:
        """The method cards as one PDF per language, generated from the library (see
        ``MethodLibraryPage.cards_pdf``): one entry per live, public method library page beside
        this page, in any language, this page's language first."""
        from .library import MethodLibraryPage

        library = MethodLibraryPage.objects.child_of(self.get_parent()).first()
        if library is None:
            return []
        names = dict(settings.LANGUAGES)
        versions = library.get_translations(inclusive=True).live().public().select_related("locale")
        pdfs = []
        for version in versions.specific():
            url = version.cards_pdf_url(request)
            if url:
                code = version.locale.language_code
                pdfs.append({"url": url, "language": code, "language_name": names.get(code, code)})
        pdfs.sort(key=lambda pdf: pdf["language"] != self.locale.language_code)
        return pdfs


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
