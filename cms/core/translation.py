"""Translating content through wagtail-localize's own records.

Demo content and the bootstrap write German source content and give the English text as a
mapping from German string to English string. ``translate`` feeds those strings into
wagtail-localize (TranslationSource → StringTranslation → Translation.save_target), so
editors see the result as a translation in the wagtail-localize editor, not a separate page.
"""

from collections.abc import Mapping

from django.db import transaction

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


class Bilingual(dict):
    """Collects German → English pairs while content is written:

    >>> s = Bilingual()
    >>> page = StandardPage(title=s("Über uns", "About us"))
    """

    def __call__(self, german: str, english: str) -> str:
        self[german] = english
        return german


def _translated_text(raw: str, strings: Mapping[str, str]) -> str | None:
    if raw in strings:
        return strings[raw]
    plain = StringValue(raw).render_text()
    if plain in strings:
        return StringValue.from_plaintext(strings[plain]).data
    return None


@transaction.atomic
def translate(instance, locale: Locale, strings: Mapping[str, str] | None = None, *, user=None, force=False):
    """Create or refresh the ``locale`` translation of a page or snippet and publish it.

    Strings missing from ``strings`` keep the source text (wagtail-localize's fallback).
    Without ``force``, an existing real translation (not an alias) is left untouched, which
    keeps demo loading idempotent.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    existing = instance.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None) and not force:
        return existing

    source, _ = TranslationSource.update_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = _translated_text(segment.string.data, strings or {})
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation_record, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    # Saved as a draft and published here rather than through save_target(publish=True),
    # which publishes on transaction commit: inside a test's transaction that never comes.
    translation_record.save_target(user=user, publish=False)
    target = instance.get_translation(locale)
    if isinstance(target, Page):
        target = target.specific
    if isinstance(target, DraftStateMixin):
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
