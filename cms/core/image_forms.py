"""The image form of the admin (``WAGTAILIMAGES_IMAGE_FORM_BASE``): clear labels and help
for the alt texts, credit and licence in both languages. Labels are set on the form, not the
model, so the model's fields (and migrations) stay as they are; Wagtail's own field is only
"description" ("Beschreibung"), which does not say it is the German alt text."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

LABELS = {
    "description": (
        _("Alt text (German)"),
        _(
            "What the image shows, in German, for people who cannot see it. Leave it empty only "
            "for a purely decorative image."
        ),
    ),
    "description_en": (
        _("Alt text (English)"),
        _("What the image shows, in English. If empty, English pages use the German alt text."),
    ),
    "credit": (
        _("Credit (copyright line)"),
        _(
            'Shown with the image wherever it appears, e.g. "© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl".'
        ),
    ),
    "licence": (
        _("Licence"),
        _('The terms of use, e.g. "CC BY 4.0". Leave it empty if all rights are reserved.'),
    ),
}


class CMSImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (label, help_text) in LABELS.items():
            if name in self.fields:
                self.fields[name].label = label
                self.fields[name].help_text = help_text
