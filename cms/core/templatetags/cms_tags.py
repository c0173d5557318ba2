"""Template tags of the site chrome: header, footer, language links and credited images."""

from django import template
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

from cms.core import request_memo
from cms.core.i18n import content_language, hreflang_alternates, is_untranslated_alias
from cms.core.network import network
from cms.core.sharing import build_sharing, json_ld_script

register = template.Library()


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def _localized_root(site):
    return request_memo.localized(site.root_page) if site is not None else None


@register.filter
def language_code(obj) -> str:
    """The language code of a page's or item's locale, without a query per object:
    ``{{ item|language_code }}`` for ``{{ item.locale.language_code }}``."""
    locale = request_memo.locale_by_id(getattr(obj, "locale_id", None))
    if locale is None:
        return obj.locale.language_code if getattr(obj, "locale_id", None) else ""
    return locale.language_code


@register.filter
def localized(obj):
    """``obj.localized`` (its live translation into the active language, else itself), read
    once per request: ``{{ match.organisation|localized }}``."""
    return request_memo.localized(obj)


@register.inclusion_tag("core/includes/header.html", takes_context=True)
def site_header(context):
    request = context.get("request")
    site = _site(request)
    # The home in the visitor's language, as the network (footer, sharing tags) found it.
    here = next((entry for entry in network(request) if entry.current), None) if request else None
    root = here.home if here is not None else _localized_root(site)
    menu = []
    if root is not None:
        menu = request_memo.remember(
            ("menu", root.pk),
            lambda: list(request_memo.public(root.get_children().live().in_menu().order_by("path"))),
            across_requests=True,
        )
    return {
        "request": request,
        "page": context.get("page"),
        "site_settings": request_memo.site_settings_for_request(request) if site else None,
        "home": root,
        "menu": menu,
        "languages": language_links(context),
    }


@register.inclusion_tag("core/includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    site = _site(request)
    return {
        "request": request,
        "site_settings": request_memo.site_settings_for_request(request) if site else None,
        "network": [entry for entry in network(request) if not entry.current] if request else [],
    }


@register.inclusion_tag("core/includes/sharing.html", takes_context=True)
def sharing_meta(context):
    """Meta description, canonical URL, favicon, OpenGraph and Twitter cards, JSON-LD."""
    from cms.core.views import favicon_version

    request = context.get("request")
    sharing = build_sharing(context)
    site_settings = request_memo.site_settings_for_request(request)
    return {
        "sharing": sharing,
        "json_ld": [json_ld_script(data) for data in sharing.json_ld] if sharing else [],
        "favicon_url": (
            f"{reverse('favicon')}?v={favicon_version(site_settings)}"
            if site_settings
            else reverse("favicon")
        ),
    }


@register.simple_tag(takes_context=True)
def live_page_of_type(context, model_label: str):
    """The first live, public page of a type ("app.Model") in the active language, on any
    site: e.g. the platform's prototype gallery, linked from a hub."""
    try:
        model = apps.get_model(model_label)
    except (LookupError, ValueError):
        return None
    locale = request_memo.active_locale()
    return request_memo.first_live_page(model, locale) if locale is not None else None


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    overrides = context.get("alternate_urls")
    if overrides is not None:
        request = context.get("request")
        alternates = [(code, request.build_absolute_uri(url)) for code, url in sorted(overrides.items())]
        if settings.LANGUAGE_CODE in overrides:
            alternates.append(("x-default", request.build_absolute_uri(overrides[settings.LANGUAGE_CODE])))
        return {"alternates": alternates}
    return {"alternates": hreflang_alternates(context.get("page"), context.get("request"))}


@register.simple_tag(takes_context=True)
def page_language(context) -> dict:
    """What the templates need to mark a page whose content is in another language."""
    page = context.get("page")
    untranslated = is_untranslated_alias(page)
    return {
        "untranslated": untranslated,
        "content_language": content_language(page)
        if page is not None and hasattr(page, "locale_id")
        else None,
    }


def language_links(context) -> list[dict]:
    """One link per content language: to this page in that language (a translation, or an
    alias awaiting translation, which is marked as such), else to that language's home page
    with a notice that the page is not available."""
    request = context.get("request")
    page = context.get("page")
    site = _site(request)
    current = translation.get_language()
    translations = {}
    if page is not None and hasattr(page, "translation_key") and isinstance(page, Page):
        for item in request_memo.page_versions(page):
            if item.live:
                translations[item.locale.language_code] = item
    elif page is not None and hasattr(page, "get_translations"):
        for item in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[item.locale.language_code] = item
    overrides = context.get("alternate_urls") or {}
    links = []
    locales = request_memo.locales()
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code in overrides:
            url = overrides[code]
            if "?" not in url and (query := _carried_query(request)):
                url += f"?{query}"
            links.append(_language_link(code, url, current, fallback=False))
            continue
        target = translations.get(code)
        fallback = False
        if target is None and site is not None and code in locales:
            target = site.root_page.get_translation_or_none(locales[code])
            fallback = page is not None
        if target is None:
            continue
        url = target.get_url(request)
        if fallback:
            url += "?notice=untranslated"
        elif query := _carried_query(request):
            url += f"?{query}"
        links.append(_language_link(code, url, current, fallback))
    return links


def _carried_query(request) -> str:
    """The visitor's filters, search and page number go along to the other language (their
    values are codes, not words); the one-off notice of a fallback does not."""
    if request is None or not request.GET:
        return ""
    query = request.GET.copy()
    query.pop("notice", None)
    return query.urlencode()


def _language_link(code, url, current, fallback) -> dict:
    return {
        "code": code,
        "name": translation.get_language_info(code)["name_local"],
        "url": url,
        "current": code == current,
        "fallback": fallback,
    }


@register.inclusion_tag("core/includes/credited_image.html")
def credited_image(image, spec="width-1200", css_class="", caption=""):
    """An image with its alt text in the active language and its credit line."""
    if not image:
        return {"image": None}
    return {
        "image": image,
        "rendition": image.get_rendition(spec),
        "css_class": css_class,
        "caption": caption,
    }
