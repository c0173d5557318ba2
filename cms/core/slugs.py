"""Slugs that keep German words readable: "Meißen" becomes "meissen", not "meien" or
"meißen", in the admin's browser-side slug (the ``w-slug`` controller, through its
``formatters``) and on the server (a page form's ``clean_slug``).

Wagtail's own transliteration (its ``urlify`` map) has no German entry and maps "ä" to
"a" and drops nothing only with ``WAGTAIL_ALLOW_UNICODE_SLUGS`` off; Django's ``slugify``
drops "ß" outright. German readers expect "ae", "oe", "ue" and "ss"."""

from django.utils.text import slugify

from wagtail.admin.widgets import SlugInput
from wagtail.coreutils import find_available_slug

GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}


def transliterate(text: str) -> str:
    return "".join(GERMAN.get(char, char) for char in text)


def german_slugify(text: str) -> str:
    """An ASCII slug, German letters spelt out ("Straße am Fluss" → "strasse-am-fluss")."""
    return slugify(transliterate(text or ""))


def german_slug_input(locale=None) -> SlugInput:
    """The admin's slug input, transliterating German letters before Wagtail's own clean-up."""
    return SlugInput(formatters=list(GERMAN.items()), locale=locale)


class GermanSlugFormMixin:
    """For a page form: the slug input transliterates German in the browser; on the server a
    slug with non-ASCII letters is transliterated, and an empty one follows the title
    (unique among the page's siblings)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].widget = german_slug_input(getattr(self.instance, "locale", None))
            self.fields["slug"].required = False

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if slug and slug.isascii():
            return slug
        wanted = german_slugify(slug or self.cleaned_data.get("title") or "")
        if not wanted:
            return slug
        parent = getattr(self, "parent_page", None)
        if not slug and parent is not None:
            return find_available_slug(parent, wanted, ignore_page_id=self.instance.pk)
        return wanted
