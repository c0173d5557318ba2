from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

CREDIT_HELP = _(
    'Shown with the image wherever it appears, e.g. "© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl".'
)


class CMSImage(AbstractImage):
    """An image with alt text (Wagtail's ``description``) and a credit line."""

    description_en = models.CharField(
        _("alt text (English)"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, in English. The German alt text is the description."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=CREDIT_HELP)
    licence = models.CharField(
        _("licence"), max_length=255, blank=True, help_text=_("Terms of use, if not all rights reserved.")
    )

    admin_form_fields = (*Image.admin_form_fields, "description_en", "credit", "licence")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt_text(self) -> str:
        """Alt text in the active language, falling back to the German description."""
        if translation.get_language() == "en" and self.description_en:
            return self.description_en
        return self.default_alt_text


class CMSRendition(AbstractRendition):
    image = models.ForeignKey(CMSImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CMSDocument(AbstractDocument):
    """A downloadable document with a description and the language it is written in."""

    description = models.TextField(_("description"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True, choices=settings.LANGUAGES)

    admin_form_fields = (*Document.admin_form_fields, "description", "language")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
