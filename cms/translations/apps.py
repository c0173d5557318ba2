from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation workflow around wagtail-localize: tree sync for moves and deletes, the
    translation status report, and DeepL when a key is configured."""

    name = "cms.translations"
    label = "cimis_translations"
    verbose_name = _("Translations")
