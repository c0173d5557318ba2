import os

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import string_to_ascii
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

#: German letters as German readers spell them without umlauts (string_to_ascii would make
#: "a" of "ä").
GERMAN_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
READABLE_NAME_MAX = 80


def readable_file_stem(title: str) -> str:
    """A file name (without extension) from a title: "Übersicht: Maße" -> "uebersicht-masse"."""
    ascii_title = string_to_ascii(title.translate(GERMAN_TRANSLITERATION))
    return slugify(ascii_title)[:READABLE_NAME_MAX].strip("-")


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

    @property
    def filename(self):
        """The name the document is served and saved under: its title as a file name, with the
        stored file's extension ("Vorlage: Challenge-Steckbrief" ->
        "vorlage-challenge-steckbrief.pdf"), not the storage name with its random suffix.

        Wagtail builds the serve URL, checks it and names the download
        (Content-Disposition) from this property; the extension, and so the content type and
        whether the file is shown inline, stays the stored file's."""
        stored = os.path.basename(self.file.name)
        stem, extension = os.path.splitext(stored)
        return f"{readable_file_stem(self.title) or stem}{extension}"
