"""Which language versions of a page exist for visitors.

English trees are kept in step with the German ones by wagtail-localize's synchronisation:
a German page made in the admin gets an English *alias* at once, which shows the German
content under /en/ until someone translates it. Such a page is marked honestly: its content
says lang="de", visitors see a notice, search engines are asked not to index it, and it is
neither an hreflang alternate nor a sitemap entry.
"""

from django.conf import settings


def is_untranslated_alias(page) -> bool:
    """An alias standing in for a translation: it shows another language's content."""
    if page is None or not getattr(page, "alias_of_id", None):
        return False
    from cms.core import request_memo

    source = next((v for v in request_memo.page_versions(page) if v.pk == page.alias_of_id), None)
    if source is None:
        source = page.alias_of
    return source.locale_id != page.locale_id


def content_language(page) -> str:
    """The language the page's content is really written in."""
    from cms.core import request_memo

    if is_untranslated_alias(page):
        source = next((v for v in request_memo.page_versions(page) if v.pk == page.alias_of_id), None)
        locale_id = source.locale_id if source is not None else page.alias_of.locale_id
    else:
        locale_id = page.locale_id
    locale = request_memo.locale_by_id(locale_id)
    return locale.language_code if locale else page.locale.language_code


def real_translations(page):
    """The live, public, really translated versions of a page (itself included), by language
    (read once per request: the sharing tags, hreflang links and switcher all ask)."""
    from cms.core import request_memo

    return {
        version.locale.language_code: version
        for version in request_memo.page_versions(page)
        if version.live and version.alias_of_id is None and request_memo.is_public(version)
    }


def hreflang_alternates(page, request) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) pairs for the <head>, with x-default on the source language."""
    if page is None or not hasattr(page, "translation_key") or is_untranslated_alias(page):
        return []
    versions = real_translations(page)
    if len(versions) < 1:
        return []
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    alternates = [(code, versions[code].get_full_url(request)) for code in order if code in versions]
    if settings.LANGUAGE_CODE in versions:
        alternates.append(("x-default", versions[settings.LANGUAGE_CODE].get_full_url(request)))
    return alternates
