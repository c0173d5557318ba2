"""Where a library item can be read on the learning platform.

The platform's method library and tool catalogue give each item a URL of its own
(``<index page URL><item slug>/``). Which page type lists which model is configuration
(settings.CIMIS_LIBRARY_PAGES), so the library never imports the sites."""

from django.apps import apps
from django.conf import settings


def library_index_page(model, locale):
    """The live index page that lists ``model`` in ``locale``, or None."""
    label = settings.CIMIS_LIBRARY_PAGES.get(model._meta.label)
    if not label:
        return None
    try:
        page_model = apps.get_model(label)
    except LookupError:
        return None
    from cms.core import request_memo

    return request_memo.first_live_page(page_model, locale)


def library_url(item, request=None) -> str | None:
    """The item's own URL on the platform, in the item's language, or None."""
    slug = getattr(item, "slug", None)
    from cms.core import request_memo

    locale = request_memo.locale_by_id(item.locale_id) or item.locale
    index = library_index_page(type(item), locale) if slug else None
    if index is None:
        return None
    return f"{index.get_url(request)}{slug}/"
